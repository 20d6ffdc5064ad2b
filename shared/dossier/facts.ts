import type { CaseFacts } from '../deadlines/engine';
import type { DossierRecord, RecordOf } from './records';

function ofKind<K extends DossierRecord['kind']>(records: readonly DossierRecord[], kind: K): RecordOf<K>[] {
  return records.filter((r): r is RecordOf<K> => r.kind === kind);
}

/**
 * The trigger dates of a dossier, in the shape the deadline engine reads. Only what still calls for action is
 * passed on: hearings already held set no filing deadline, and a grant starts no appeal clock for the client.
 */
export function caseFactsFromRecords(records: readonly DossierRecord[], today: string): CaseFacts {
  const immigration = ofKind(records, 'immigration')[0]?.data;
  const decisions = ofKind(records, 'decision').filter((d) => d.data.outcome !== 'granted');
  const custody = ofKind(records, 'custody');
  return {
    lastArrivalDate: immigration?.lastArrivalDate ?? immigration?.entryDate,
    asylumFiledDate: immigration?.i589FiledDate,
    ntaFiledDate: immigration?.ntaFiledDate,
    finalOrderDate: immigration?.finalOrderDate,
    hearings: ofKind(records, 'hearing')
      .filter((h) => h.data.date >= today)
      .map((h) => ({ id: h.id, date: h.data.date, kind: h.data.kind, detained: h.data.detained })),
    ijDecisions: decisions
      .filter((d) => d.data.body === 'immigration-judge')
      .map((d) => ({
        id: d.id,
        date: d.data.date,
        delivery: d.data.delivery,
        appealFiledDate: d.data.appealFiledDate,
      })),
    biaDecisions: decisions
      .filter((d) => d.data.body === 'bia')
      .map((d) => ({ id: d.id, date: d.data.date, petitionFiledDate: d.data.appealFiledDate })),
    custodyDeterminations: custody
      .filter((c) => c.data.custodyDeterminationDate !== undefined)
      .map((c) => ({
        id: c.id,
        date: c.data.custodyDeterminationDate as string,
        appealFiledDate: c.data.custodyAppealFiledDate,
      })),
    bondDecisions: custody
      .filter((c) => c.data.bondDecisionDate !== undefined && c.data.bondResult !== 'granted')
      .map((c) => ({
        id: c.id,
        date: c.data.bondDecisionDate as string,
        appealFiledDate: c.data.bondAppealFiledDate,
      })),
    ccfRequests: ofKind(records, 'ccf').map((c) => ({
      id: c.id,
      type: c.data.type,
      admissibilityDate: c.data.admissibilityDate,
      decisionDate: c.data.decisionDate,
      newFactDate: c.data.newFactDate,
      revisionFiledDate: c.data.revisionFiledDate,
    })),
    extraditions: ofKind(records, 'extradition').map((e) => ({
      id: e.id,
      provisionalArrestDate: e.data.provisionalArrestDate,
      formalRequestReceivedDate: e.data.formalRequestReceivedDate,
      treatyWindowDays: e.data.treatyWindowDays,
      commitmentDate: e.data.commitmentDate,
      surrenderDate: e.data.surrenderDate,
    })),
    wgadCommunications: [],
  };
}
