import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services';
import { noDialogs } from '../../../electron/services/dialogs';
import { DEFAULT_TEMPLATE_ID } from '../../../shared/evidence/default-template';
import { EVIDENCE_CHUNK_BYTES } from '../../../shared/evidence/evidence';
import { HarborError } from '../../../shared/ipc/errors';
import { attachBytes, randomFile, readAll, sha256, VOLKOV } from '../../support/evidence';
import { openTestServices } from '../../support/services';
import { PASSPHRASE } from '../../support/temp-vault';

describe('evidence service', () => {
  let services: Services;
  let dir: string;
  let close: () => void;
  let exportsDir: string;
  let clientId: string;

  beforeEach(async () => {
    exportsDir = mkdtempSync(join(tmpdir(), 'harbor-exports-'));
    ({ services, dir, close } = await openTestServices(undefined, {
      actor: 'test attorney',
      dialogs: {
        chooseSavePath: (name) => Promise.resolve(join(exportsDir, name)),
        chooseOpenPath: () => Promise.resolve(null),
      },
    }));
    clientId = services.dossiers.create(VOLKOV).id;
  });
  afterEach(() => {
    close();
    rmSync(exportsDir, { recursive: true, force: true });
  });

  it('takes a multi-chunk file in and gives the same bytes and hash back', async () => {
    const bytes = randomFile(2 * EVIDENCE_CHUNK_BYTES + 12_345);
    const item = await attachBytes(services, clientId, 'arrest-protocol.pdf', bytes);
    expect(item.sha256).toBe(sha256(bytes));
    expect(item.byteSize).toBe(bytes.byteLength);
    expect(item.mediaType).toBe('application/pdf');
    expect(item.title).toBe('arrest-protocol');
    const chunks = services.vault
      .current()
      .db.prepare('SELECT seq, length(data) AS size FROM evidence_chunks WHERE evidence_id = ? ORDER BY seq')
      .all(item.id);
    expect(chunks).toEqual([
      { seq: 0, size: EVIDENCE_CHUNK_BYTES },
      { seq: 1, size: EVIDENCE_CHUNK_BYTES },
      { seq: 2, size: 12_345 },
    ]);
    expect(readAll(services, item.id).equals(bytes)).toBe(true);
    // A range across a chunk boundary.
    const range = services.evidence.read(item.id, EVIDENCE_CHUNK_BYTES - 10, 20);
    expect(
      Buffer.from(range.bytes).equals(bytes.subarray(EVIDENCE_CHUNK_BYTES - 10, EVIDENCE_CHUNK_BYTES + 10)),
    ).toBe(true);
    const empty = await attachBytes(services, clientId, 'empty.txt', new Uint8Array(0));
    expect(empty.sha256).toBe(sha256(new Uint8Array(0)));
    expect(services.evidence.list(clientId).map((e) => e.fileName)).toEqual([
      'arrest-protocol.pdf',
      'empty.txt',
    ]);
  });

  it('keeps a file’s contents out of the vault’s bytes on disk', async () => {
    const marker = 'DISTINCTIVE-WITNESS-STATEMENT-Zhukovsky-7741';
    const text = Buffer.from(`Statement of the witness.\n${marker}\n`.repeat(50), 'utf8');
    await attachBytes(services, clientId, 'witness.txt', text, { mediaType: 'text/plain' });
    const db = services.vault.current().db;
    expect(readdirSync(dir)).toContain('harbor.db-wal');
    for (const file of ['harbor.db', 'harbor.db-wal']) {
      const raw = readFileSync(join(dir, file));
      expect(raw.includes(Buffer.from(marker, 'utf8')), file).toBe(false);
      expect(raw.includes(Buffer.from('Zhukovsky', 'utf8')), file).toBe(false);
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(join(dir, 'harbor.db')).includes(Buffer.from(marker))).toBe(false);
    // Nothing else was written beside the vault (no temp files).
    expect(readdirSync(dir).sort()).toEqual(['harbor.db', 'harbor.db-shm', 'harbor.db-wal', 'keys.json']);
  });

  it('detects a changed chunk when the hash is re-verified', async () => {
    const bytes = randomFile(EVIDENCE_CHUNK_BYTES + 100);
    const item = await attachBytes(services, clientId, 'threat.m4a', bytes);
    expect(await services.evidence.verify(item.id)).toMatchObject({ ok: true, actual: item.sha256 });
    const db = services.vault.current().db;
    const stored = db
      .prepare('SELECT data FROM evidence_chunks WHERE evidence_id = ? AND seq = 1')
      .pluck()
      .get(item.id) as Buffer;
    const tampered = Buffer.from(stored);
    tampered[10] = (tampered[10] as number) ^ 0xff;
    db.prepare('UPDATE evidence_chunks SET data = ? WHERE evidence_id = ? AND seq = 1').run(
      tampered,
      item.id,
    );
    const result = await services.evidence.verify(item.id);
    expect(result.ok).toBe(false);
    expect(result.expected).toBe(item.sha256);
    expect(result.actual).not.toBe(item.sha256);
    const detail = services.evidence.get(item.id);
    expect(detail.lastVerification).toMatchObject({ ok: false });
    expect(detail.custody.map((c) => c.action)).toEqual(['intake', 'verify', 'verify']);
    expect(detail.custody.at(-1)?.detail).toMatch(/DOES NOT MATCH/);
    expect(detail.custody.every((c) => c.actor === 'test attorney')).toBe(true);
  });

  it('never lists an intake still receiving, and removes it at the next unlock', async () => {
    const bytes = randomFile(3 * EVIDENCE_CHUNK_BYTES);
    const { uploadId } = services.evidence.beginUpload({
      clientId,
      fileName: 'half.pdf',
      byteSize: bytes.byteLength,
    });
    services.evidence.appendChunk(uploadId, bytes.subarray(0, 2 * EVIDENCE_CHUNK_BYTES + 5));
    const db = services.vault.current().db;
    expect(db.prepare('SELECT state FROM evidence WHERE id = ?').pluck().get(uploadId)).toBe('receiving');
    expect(
      db.prepare('SELECT count(*) FROM evidence_chunks WHERE evidence_id = ?').pluck().get(uploadId),
    ).toBe(2);
    expect(services.evidence.list(clientId)).toEqual([]);
    expect(() => services.evidence.get(uploadId)).toThrow(HarborError);

    // The lock (or a crash) interrupts it: the upload is gone from memory, the staged rows stay until unlock.
    services.vault.lock('manual');
    await services.vault.unlock(PASSPHRASE);
    const reopened = services.vault.current().db;
    expect(reopened.prepare('SELECT count(*) FROM evidence').pluck().get()).toBe(0);
    expect(reopened.prepare('SELECT count(*) FROM evidence_chunks').pluck().get()).toBe(0);
    expect(() => services.evidence.appendChunk(uploadId, new Uint8Array(4))).toThrow(/no longer open/);
  });

  it('refuses a file that does not arrive whole', async () => {
    const { uploadId } = services.evidence.beginUpload({ clientId, fileName: 'short.pdf', byteSize: 100 });
    services.evidence.appendChunk(uploadId, new Uint8Array(60));
    expect(() => services.evidence.finishUpload(uploadId)).toThrow(/did not arrive whole/);
    expect(services.vault.current().db.prepare('SELECT count(*) FROM evidence').pluck().get()).toBe(0);
  });

  it('links to a checklist item, pairs a translation and its certificate, saves a copy, all in custody and audit', async () => {
    const [checklist] = services.checklists.create(clientId, DEFAULT_TEMPLATE_ID);
    const declaration = checklist?.items.find((i) => i.key === 'declaration-personal-declaration');
    if (!declaration) throw new Error('template item missing');
    const original = await attachBytes(services, clientId, 'declaration-ru.pdf', Buffer.from('%PDF-1.4 ru'), {
      itemId: declaration.id,
    });
    expect(original.itemIds).toEqual([declaration.id]);
    expect(original.category).toBe('declaration');
    expect(services.checklists.item(declaration.id)).toMatchObject({
      evidenceIds: [original.id],
      status: 'received',
    });

    const translation = await attachBytes(
      services,
      clientId,
      'declaration-en.pdf',
      Buffer.from('%PDF-1.4 en'),
      {
        translationOf: original.id,
      },
    );
    const certificate = await attachBytes(
      services,
      clientId,
      'certificate.pdf',
      Buffer.from('%PDF-1.4 cert'),
    );
    const certDetail = services.evidence.get(certificate.id);
    services.evidence.update(certificate.id, certDetail.revision, {
      title: 'Translator’s certificate',
      category: 'declaration',
      scope: 'court',
      translationOf: null,
      certificateFor: translation.id,
      exhibitNumber: 'B',
      exhibitTab: '2',
    });
    expect(() =>
      services.evidence.update(translation.id, services.evidence.get(translation.id).revision, {
        title: 'x',
        certificateFor: original.id,
      }),
    ).toThrow(/certificate goes with a translation/);

    const originalDetail = services.evidence.get(original.id);
    expect(originalDetail.translations.map((t) => t.id)).toEqual([translation.id]);
    expect(services.evidence.get(translation.id)).toMatchObject({
      pairedWith: { id: original.id },
      certificates: [{ id: certificate.id, title: 'Translator’s certificate' }],
    });

    const saved = await services.evidence.saveCopy(original.id);
    expect(saved).toEqual({ saved: true, fileName: 'declaration-ru.pdf', hashMatches: true });
    expect(readFileSync(join(exportsDir, 'declaration-ru.pdf'), 'utf8')).toBe('%PDF-1.4 ru');
    services.evidence.read(original.id, 0, 100);
    expect(services.evidence.get(original.id).custody.map((c) => c.action)).toEqual([
      'intake',
      'link',
      'export',
      'view',
    ]);
    const actions = services.dossiers.history(clientId, 100).map((h) => h.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'evidence.taken-in',
        'evidence.linked',
        'evidence.updated',
        'evidence.exported',
      ]),
    );
  });

  it('does not save when the attorney cancels the dialog', async () => {
    const cancelled = await openTestServices(undefined, {
      dialogs: noDialogs,
    });
    try {
      const id = cancelled.services.dossiers.create(VOLKOV).id;
      const item = await attachBytes(cancelled.services, id, 'a.pdf', Buffer.from('x'));
      expect(await cancelled.services.evidence.saveCopy(item.id)).toEqual({
        saved: false,
        fileName: null,
        hashMatches: null,
      });
      expect(cancelled.services.evidence.get(item.id).custody.map((c) => c.action)).toEqual(['intake']);
    } finally {
      cancelled.close();
    }
  });
});
