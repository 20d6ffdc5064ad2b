import { z } from 'zod';
import { type Client } from '../dossier/client';
import { type SharingScope, idSchema, scopeAllows } from '../dossier/common';
import { type ExportedDossier, exportedDossierSchema } from '../dossier/export-format';
import { RECORD_KIND_LABELS, type RecordKind, recordKindSchema } from '../dossier/records';
import { visitExportSchema } from '../visit/visit';

/**
 * A co-counsel case bundle: one client's dossier, filtered by the audience it is meant for, sealed under a bundle
 * passphrase (the same container as a backup). Only records whose sharing scope reaches the audience are in it.
 */
export const BUNDLE_AUDIENCES = ['counsel-team', 'court', 'ccf', 'public'] as const;
export const bundleAudienceSchema = z.enum(BUNDLE_AUDIENCES);
export type BundleAudience = z.infer<typeof bundleAudienceSchema>;

export const bundleContentSchema = z.object({
  format: z.literal('safe-harbor-bundle'),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  audience: bundleAudienceSchema,
  dossier: exportedDossierSchema,
  /** Visits filed as notes that are in the bundle, with their structured statements. */
  visits: z.array(visitExportSchema).max(10_000).default([]),
});
export type BundleContent = z.output<typeof bundleContentSchema>;

/**
 * What goes into a bundle for an audience. The client's own profile must reach the audience too, or nothing is
 * exported; deadline overrides and tracking are the team's own reasoning and travel only to the counsel team. Custom
 * deadlines go where their own sharing scope reaches.
 */
export function filterForAudience(
  dossier: ExportedDossier,
  audience: BundleAudience,
): { dossier: ExportedDossier; excluded: number } {
  const records = dossier.records.filter((r) => scopeAllows(r.scope, audience));
  const customDeadlines = dossier.customDeadlines.filter((c) => scopeAllows(c.scope, audience));
  return {
    dossier: {
      ...dossier,
      records,
      deadlineOverrides: audience === 'counsel-team' ? dossier.deadlineOverrides : [],
      customDeadlines,
      // Who owns what and what was set aside is the team's own tracking, like the overrides.
      deadlineTracking:
        audience === 'counsel-team'
          ? dossier.deadlineTracking.filter(
              (t) => !t.key.startsWith('custom:') || customDeadlines.some((c) => `custom:${c.id}` === t.key),
            )
          : [],
    },
    excluded: dossier.records.length - records.length,
  };
}

export function profileReaches(client: Pick<Client, 'scope'>, audience: SharingScope): boolean {
  return scopeAllows(client.scope, audience);
}

export const bundleExportPreviewSchema = z.object({
  allowed: z.boolean(),
  /** Why not, when not allowed (the profile's own scope does not reach the audience). */
  reason: z.string().optional(),
  included: z.number().int().nonnegative(),
  excluded: z.number().int().nonnegative(),
  byKind: z.array(
    z.object({ kind: recordKindSchema, included: z.number().int(), excluded: z.number().int() }),
  ),
});
export type BundleExportPreview = z.infer<typeof bundleExportPreviewSchema>;

export function exportPreview(dossier: ExportedDossier, audience: BundleAudience): BundleExportPreview {
  const allowed = profileReaches(dossier.client, audience);
  const counts = new Map<RecordKind, { included: number; excluded: number }>();
  for (const r of dossier.records) {
    const entry = counts.get(r.kind) ?? { included: 0, excluded: 0 };
    if (allowed && scopeAllows(r.scope, audience)) entry.included++;
    else entry.excluded++;
    counts.set(r.kind, entry);
  }
  const byKind = [...counts.entries()].map(([kind, c]) => ({ kind, ...c }));
  const included = byKind.reduce((sum, k) => sum + k.included, 0);
  return {
    allowed,
    ...(allowed
      ? {}
      : {
          reason: `The client’s profile is shared with “${audienceLabel(dossier.client.scope)}” only, so it cannot go to ${audienceLabel(audience).toLowerCase()}. Change the profile’s sharing scope first.`,
        }),
    included,
    excluded: dossier.records.length - included,
    byKind,
  };
}

function audienceLabel(scope: SharingScope): string {
  return {
    'client-only': 'Client only',
    'counsel-team': 'Counsel team',
    court: 'Court',
    ccf: 'CCF',
    public: 'Public',
  }[scope];
}

// ---------------------------------------------------------------------------------------------------------------
// The change preview shown before a bundle is applied
// ---------------------------------------------------------------------------------------------------------------

export const recordChangeSchema = z.object({
  id: idSchema,
  kind: recordKindSchema,
  label: z.string(),
  /** Top-level fields that differ (`scope` included when the sharing scope changed). */
  fields: z.array(z.string()),
});
export type RecordChange = z.infer<typeof recordChangeSchema>;

export const bundleDiffSchema = z.object({
  clientId: idSchema,
  /** A new client for this vault, or an update of one it already holds. */
  action: z.enum(['new-client', 'update']),
  audience: bundleAudienceSchema,
  exportedAt: z.string(),
  familyName: z.string(),
  givenNames: z.string(),
  /** Profile fields that differ (empty for a new client). */
  clientFields: z.array(z.string()),
  added: z.array(recordChangeSchema),
  changed: z.array(recordChangeSchema),
  /** In this vault, of a scope the bundle's audience would carry, but not in the bundle. Kept unless asked. */
  missing: z.array(recordChangeSchema),
  unchanged: z.number().int().nonnegative(),
  overrides: z.number().int().nonnegative(),
  visits: z.number().int().nonnegative(),
});
export type BundleDiff = z.infer<typeof bundleDiffSchema>;

function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}

function recordLabel(r: ExportedDossier['records'][number]): string {
  const data = r.data as Record<string, unknown>;
  const hint = [
    'title',
    'name',
    'description',
    'requestingCountry',
    'country',
    'agency',
    'date',
    'arrestDate',
  ]
    .map((k) => data[k])
    .find((v): v is string => typeof v === 'string' && v.length > 0);
  return hint ? `${RECORD_KIND_LABELS[r.kind]}: ${hint}` : RECORD_KIND_LABELS[r.kind];
}

function change(r: ExportedDossier['records'][number], fields: string[] = []): RecordChange {
  return { id: r.id, kind: r.kind, label: recordLabel(r), fields };
}

/** Compares the bundle's dossier with what this vault holds for the same client id (or nothing). */
export function diffBundle(bundle: BundleContent, local: ExportedDossier | null): BundleDiff {
  const incoming = bundle.dossier;
  const base = {
    clientId: incoming.id,
    audience: bundle.audience,
    exportedAt: bundle.exportedAt,
    familyName: incoming.client.familyName,
    givenNames: incoming.client.givenNames,
    overrides: incoming.deadlineOverrides.length,
    visits: bundle.visits.length,
  };
  if (!local) {
    return {
      ...base,
      action: 'new-client',
      clientFields: [],
      added: incoming.records.map((r) => change(r)),
      changed: [],
      missing: [],
      unchanged: 0,
    };
  }
  const localById = new Map(local.records.map((r) => [r.id, r]));
  const incomingIds = new Set(incoming.records.map((r) => r.id));
  const added: RecordChange[] = [];
  const changed: RecordChange[] = [];
  let unchanged = 0;
  for (const r of incoming.records) {
    const mine = localById.get(r.id);
    if (!mine) {
      added.push(change(r));
      continue;
    }
    const fields = changedKeys(mine.data as Record<string, unknown>, r.data as Record<string, unknown>);
    if (mine.scope !== r.scope) fields.unshift('scope');
    if (mine.kind !== r.kind) fields.unshift('kind');
    if (fields.length > 0) changed.push(change(r, fields));
    else unchanged++;
  }
  const missing = local.records
    .filter((r) => !incomingIds.has(r.id) && scopeAllows(r.scope, bundle.audience))
    .map((r) => change(r));
  return {
    ...base,
    action: 'update',
    clientFields: changedKeys(
      local.client as unknown as Record<string, unknown>,
      incoming.client as unknown as Record<string, unknown>,
    ),
    added,
    changed,
    missing,
    unchanged,
  };
}
