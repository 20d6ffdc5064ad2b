import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { recordAudit } from '../../db/audit';
import { getClientRow, getRecordRow } from '../../db/dossiers';
import { readSealedHeader } from '../../db/sealed-file';
import type { ExportedDossier } from '../../shared/dossier/export-format';
import { HarborError } from '../../shared/ipc/errors';
import { BUNDLE_FILE_EXTENSION } from '../../shared/safety/backup';
import {
  type BundleAudience,
  type BundleContent,
  type BundleDiff,
  type BundleExportPreview,
  bundleContentSchema,
  diffBundle,
  exportPreview,
  filterForAudience,
} from '../../shared/safety/bundle';
import { passphraseProblem } from '../../shared/vault/passphrase';
import type { BackupService } from './backup-service';
import type { Clock } from './clock';
import type { Dialogs } from './dialogs';
import type { DossierService } from './dossier-service';
import type { VaultService } from './vault-service';
import type { VisitService } from './visit-service';

const BUNDLE_FILTERS = [{ name: 'Safe Harbor case bundle', extensions: [BUNDLE_FILE_EXTENSION] }];

export interface BundleApplyResult {
  clientId: string;
  action: BundleDiff['action'];
  added: number;
  changed: number;
  removed: number;
  visits: number;
}

/**
 * Co-counsel case bundles: one client's dossier filtered by audience, sealed under a bundle passphrase; and, in the
 * receiving vault, the change preview and the import (a new client, or an update of the one with the same id), in
 * one transaction. Sealing and opening (Argon2id) run through the backup service's job runner, off the main thread.
 */
export class BundleService {
  #opened = new Map<string, { path: string; content: BundleContent | null }>();

  constructor(
    private readonly vaults: VaultService,
    private readonly dossiers: DossierService,
    private readonly visits: VisitService,
    private readonly jobs: BackupService,
    private readonly dialogs: Dialogs,
    private readonly clock: Clock,
  ) {
    vaults.onLocked(() => this.#opened.clear());
  }

  preview(clientId: string, audience: BundleAudience): BundleExportPreview {
    return exportPreview(this.#dossier(clientId), audience);
  }

  /** What the bundle will hold; refuses when the client's profile itself may not reach the audience. */
  build(clientId: string, audience: BundleAudience): BundleContent {
    const full = this.#dossier(clientId);
    const check = exportPreview(full, audience);
    if (!check.allowed) throw new HarborError('BAD_INPUT', check.reason ?? 'This dossier cannot be shared.');
    const { dossier } = filterForAudience(full, audience);
    const noteIds = new Set(dossier.records.filter((r) => r.kind === 'note').map((r) => r.id));
    return bundleContentSchema.parse({
      format: 'safe-harbor-bundle',
      version: 1,
      exportedAt: this.clock.now(),
      audience,
      dossier,
      visits: this.visits.exportForClient(clientId, noteIds),
    });
  }

  async export(
    clientId: string,
    audience: BundleAudience,
    passphrase: string,
  ): Promise<{ cancelled: true } | { cancelled: false; fileName: string; records: number; bytes: number }> {
    this.build(clientId, audience);
    assertBundlePassphrase(passphrase);
    const path = await this.dialogs.chooseSavePath(
      `Case bundle ${this.clock.today()}.${BUNDLE_FILE_EXTENSION}`,
      {
        title: 'Save the case bundle',
        filters: BUNDLE_FILTERS,
      },
    );
    if (!path) return { cancelled: true };
    const { records, bytes } = await this.exportTo(path, clientId, audience, passphrase);
    return { cancelled: false, fileName: basename(path), records, bytes };
  }

  async exportTo(
    path: string,
    clientId: string,
    audience: BundleAudience,
    passphrase: string,
  ): Promise<{ records: number; bytes: number }> {
    assertBundlePassphrase(passphrase);
    const content = this.build(clientId, audience);
    const { bytes } = await this.jobs.seal(
      path,
      Buffer.from(JSON.stringify(content), 'utf8'),
      passphrase,
      audience,
    );
    recordAudit(this.vaults.current().db, {
      action: 'export',
      entityType: 'client',
      entityId: clientId,
      clientId,
      detail: `case bundle for ${audience}: ${content.dossier.records.length} record(s)`,
    });
    return { records: content.dossier.records.length, bytes };
  }

  async chooseFile(): Promise<
    | { cancelled: true }
    | {
        cancelled: false;
        token: string;
        fileName: string;
        audience: BundleAudience | null;
        createdAt: string;
      }
  > {
    this.vaults.current();
    const path = await this.dialogs.chooseOpenPath({
      title: 'Choose a case bundle',
      filters: BUNDLE_FILTERS,
    });
    if (!path) return { cancelled: true };
    const { header } = readSealedHeader(path, 'case-bundle');
    const token = randomUUID();
    this.#opened.set(token, { path, content: null });
    return {
      cancelled: false,
      token,
      fileName: basename(path),
      audience: header.content.audience ?? null,
      createdAt: header.createdAt,
    };
  }

  /** Opens the chosen bundle with its passphrase and says what importing it would change. Nothing is written. */
  async open(token: string, passphrase: string): Promise<BundleDiff> {
    const entry = this.#opened.get(token);
    if (!entry) throw new HarborError('NOT_FOUND', 'Choose the bundle file again.');
    entry.content = await this.read(entry.path, passphrase);
    return this.diff(entry.content);
  }

  async read(path: string, passphrase: string): Promise<BundleContent> {
    const payload = await this.jobs.unseal(path, passphrase);
    try {
      return bundleContentSchema.parse(JSON.parse(payload.toString('utf8')));
    } catch {
      // Authentic (it decrypted), but not a bundle this version understands.
      throw new HarborError('FILE_DAMAGED', 'The bundle opened but its contents are not a Safe Harbor case.');
    } finally {
      payload.fill(0);
    }
  }

  diff(content: BundleContent): BundleDiff {
    const id = content.dossier.id;
    return diffBundle(content, getClientRow(this.#db(), id) ? this.#dossier(id) : null);
  }

  apply(token: string, options: { removeMissing: boolean }): BundleApplyResult {
    const entry = this.#opened.get(token);
    if (!entry?.content) throw new HarborError('NOT_FOUND', 'Open the bundle with its passphrase first.');
    const result = this.applyContent(entry.content, options);
    this.#opened.delete(token);
    return result;
  }

  /** Imports the bundle in one transaction: the diff computed inside it is exactly what is applied. */
  applyContent(content: BundleContent, { removeMissing }: { removeMissing: boolean }): BundleApplyResult {
    const db = this.#db();
    const incoming = content.dossier;
    const clientId = incoming.id;
    let result: BundleApplyResult | null = null;
    db.transaction(() => {
      const diff = this.diff(content);
      for (const r of incoming.records) {
        const existing = getRecordRow(db, r.id);
        if (existing && existing.client_id !== clientId) {
          throw new HarborError(
            'CONFLICT',
            'A record in the bundle belongs to another dossier in this vault.',
          );
        }
      }
      if (diff.action === 'new-client') {
        this.dossiers.insertDossiers([incoming]);
      } else {
        if (diff.clientFields.length > 0) {
          const revision = this.dossiers.get(clientId).revision;
          this.dossiers.update(clientId, revision, incoming.client);
        }
        const byId = new Map(incoming.records.map((r) => [r.id, r]));
        for (const change of [...diff.added, ...diff.changed]) {
          const r = byId.get(change.id);
          if (r) this.dossiers.saveRecord(clientId, r);
        }
        if (removeMissing) for (const r of diff.missing) this.dossiers.deleteRecord(clientId, r.id);
        this.#applyOverrides(clientId, incoming);
        this.dossiers.mergeDocket(clientId, incoming.customDeadlines, incoming.deadlineTracking);
      }
      const visits = this.visits.importVisits(clientId, content.visits);
      const removed = removeMissing ? diff.missing.length : 0;
      recordAudit(db, {
        action: 'bundle.imported',
        entityType: 'client',
        entityId: clientId,
        clientId,
        detail: `${diff.action} from a ${content.audience} bundle of ${content.exportedAt}: ${diff.added.length} added, ${diff.changed.length} changed, ${removed} removed`,
      });
      result = {
        clientId,
        action: diff.action,
        added: diff.added.length,
        changed: diff.changed.length,
        removed,
        visits,
      };
    })();
    if (!result) throw new Error('bundle import did not run');
    return result;
  }

  /** The sender's deadline overrides that differ from ours; one whose deadline this vault does not compute is skipped. */
  #applyOverrides(clientId: string, incoming: ExportedDossier): void {
    const mine = new Map(
      [...this.dossiers.exportDossiers(clientId)][0]?.deadlineOverrides.map((o) => [o.key, o]) ?? [],
    );
    for (const o of incoming.deadlineOverrides) {
      const current = mine.get(o.key);
      if (current && current.dueDate === o.dueDate && current.reason === o.reason) continue;
      try {
        this.dossiers.overrideDeadline(clientId, o.key, o.dueDate, o.reason);
      } catch (error) {
        if (!(error instanceof HarborError && error.code === 'NOT_FOUND')) throw error;
      }
    }
  }

  #dossier(clientId: string): ExportedDossier {
    const dossier = [...this.dossiers.exportDossiers(clientId)][0];
    if (!dossier)
      throw new HarborError('NOT_FOUND', 'That dossier does not exist (it may have been deleted).');
    return dossier;
  }

  #db() {
    return this.vaults.current().db;
  }
}

function assertBundlePassphrase(passphrase: string): void {
  const problem = passphraseProblem(passphrase);
  if (problem) throw new HarborError('WEAK_PASSPHRASE', problem, 'passphrase');
}
