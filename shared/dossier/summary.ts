import type { Client } from './client';
import { FRONTS, type DossierRecord, type Front, RECORD_FRONT } from './records';
import { foldForSearch } from './search-text';

export interface ClientSummary {
  sortName: string;
  searchText: string;
  detained: boolean;
  fronts: Front[];
  frontsMask: number;
}

export function frontsToMask(fronts: readonly Front[]): number {
  return fronts.reduce((mask, front) => mask | (1 << FRONTS.indexOf(front)), 0);
}

export function maskToFronts(mask: number): Front[] {
  return FRONTS.filter((_, index) => (mask & (1 << index)) !== 0);
}

/** A client is detained while a custody episode has no release date. */
export function isDetained(records: readonly DossierRecord[]): boolean {
  return records.some((r) => r.kind === 'custody' && !r.data.releaseDate);
}

/** The columns the dossier list filters and sorts on, derived from the client and its records. */
export function summarize(client: Client, records: readonly DossierRecord[]): ClientSummary {
  const fronts = FRONTS.filter((front) => records.some((r) => RECORD_FRONT[r.kind] === front));
  const aNumber = records.find((r) => r.kind === 'immigration')?.data.aNumber ?? '';
  const searchable = [
    client.familyName,
    client.givenNames,
    ...client.aliases.map((a) => a.name),
    aNumber,
    aNumber.replace(/\D/g, ''),
  ];
  return {
    sortName: foldForSearch(`${client.familyName} ${client.givenNames}`),
    searchText: foldForSearch(searchable.join(' ')),
    detained: isDetained(records),
    fronts,
    frontsMask: frontsToMask(fronts),
  };
}
