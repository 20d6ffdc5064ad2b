import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { HarborError } from '../../../shared/ipc/errors';
import { EVIDENCE_CHUNK_BYTES, formatBytes } from '../../../shared/evidence/evidence';
import { ITEM_STATUS_LABELS } from '../../../shared/evidence/checklist';
import { type CliCommand, type CliContext, emit } from '../command';
import { openServices } from '../open-services';
import { UsageError } from '../usage-error';

function requiredFlag(ctx: CliContext, name: string): string {
  const value = ctx.flags[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required.`);
  return value;
}

/** The file in chunk-sized pieces, opened only once the intake has begun: memory stays flat whatever its size. */
async function* readPieces(path: string): AsyncGenerator<Uint8Array> {
  const stream = createReadStream(path, { highWaterMark: EVIDENCE_CHUNK_BYTES });
  try {
    for await (const piece of stream) yield piece as Buffer;
  } finally {
    stream.destroy();
  }
}

export const attachCommand: CliCommand = {
  name: 'attach',
  summary:
    'Take a file into the vault as evidence (--client ID --file PATH [--item CHECKLIST_ITEM_ID]); prints its SHA-256.',
  options: { client: { type: 'string' }, file: { type: 'string' }, item: { type: 'string' } },
  async run(ctx) {
    const clientId = requiredFlag(ctx, 'client');
    const path = requiredFlag(ctx, 'file');
    const item = ctx.flags.item;
    let size: number;
    try {
      const stat = statSync(path);
      if (!stat.isFile()) throw new Error('not a file');
      size = stat.size;
    } catch {
      throw new HarborError('BAD_INPUT', `Cannot read ${path}.`);
    }
    await openServices(ctx, async (services) => {
      const evidence = await services.evidence.attachStream(
        {
          clientId,
          fileName: basename(path),
          byteSize: size,
          itemId: typeof item === 'string' ? item : undefined,
        },
        readPieces(path),
      );
      emit(
        ctx,
        {
          id: evidence.id,
          sha256: evidence.sha256,
          byteSize: evidence.byteSize,
          fileName: evidence.fileName,
        },
        `Attached ${evidence.fileName} (${formatBytes(evidence.byteSize)})\nid      ${evidence.id}\nsha256  ${evidence.sha256}`,
      );
    });
  },
};

export const evidenceCommand: CliCommand = {
  name: 'evidence',
  summary: 'List a client’s evidence with its SHA-256 and checklist status (--client ID).',
  options: { client: { type: 'string' } },
  async run(ctx) {
    const clientId = requiredFlag(ctx, 'client');
    await openServices(ctx, async (services) => {
      const items = new Map(
        services.checklists.forClient(clientId).flatMap((c) => c.items.map((i) => [i.id, i] as const)),
      );
      const rows = services.evidence.list(clientId).map((e) => ({
        id: e.id,
        title: e.title,
        fileName: e.fileName,
        byteSize: e.byteSize,
        sha256: e.sha256,
        category: e.category,
        exhibit: e.exhibitNumber,
        lastVerification: e.lastVerification,
        checklist: e.itemIds.map((id) => ({
          itemId: id,
          title: items.get(id)?.title ?? null,
          status: items.get(id)?.status ?? null,
        })),
      }));
      emit(
        ctx,
        rows,
        rows.length === 0
          ? 'No evidence for this client.'
          : rows
              .map((r) => {
                const status = r.checklist
                  .map((c) => `${c.title ?? c.itemId}: ${c.status ? ITEM_STATUS_LABELS[c.status] : '?'}`)
                  .join('; ');
                return `${r.sha256}  ${formatBytes(r.byteSize).padStart(8)}  ${r.fileName}${status ? `  [${status}]` : ''}`;
              })
              .join('\n'),
      );
    });
  },
};

export const searchCommand: CliCommand = {
  name: 'search',
  summary: 'Search names, records and evidence, grouped by client (--query TEXT).',
  options: { query: { type: 'string' } },
  async run(ctx) {
    const query = requiredFlag(ctx, 'query');
    await openServices(ctx, async (services) => {
      const { groups } = services.search.search({ text: query, limit: 50 });
      emit(
        ctx,
        groups,
        groups.length === 0
          ? 'Nothing found.'
          : groups
              .map((g) =>
                [
                  `${g.familyName.toUpperCase()}, ${g.givenNames}  (${g.clientId})`,
                  ...g.hits.map((h) => `    ${h.label}${h.match === 'fuzzy' ? ' (similar spelling)' : ''}`),
                ].join('\n'),
              )
              .join('\n'),
      );
    });
  },
};
