import type { CaseFacts } from '../deadlines/engine';
import type { DossierRecord, RecordOf } from './records';

function ofKind<K extends DossierRecord['kind']>(records: readonly DossierRecord[], kind: K): RecordOf<K>[] {
  return records.filter((r): r is RecordOf<K> => r.kind === kind);
}

/** True while some custody episode has no release date. */
export function detainedNow(records: readonly DossierRecord[]): boolean {
  return ofKind(records, 'custody').some((c) => c.data.releaseDate === undefined);
}

/**
 * The trigger dates of a dossier, in the shape the deadline engine reads. Only what still calls for action is
 * passed on: hearings already held set no filing deadline, a grant starts no appeal clock for the client, a remand
 * starts no petition for review, and DHS's initial custody decision starts no deadline at all (the route is a bond
 * redetermination by the judge, which the checks prompt for).
 */
export function caseFactsFromRecords(records: readonly DossierRecord[], today: string): CaseFacts {
  const immigrationRecord = ofKind(records, 'immigration')[0];
  const immigration = immigrationRecord?.data;
  const decisions = ofKind(records, 'decision');
  const contested = decisions.filter((d) => d.data.outcome !== 'granted');
  const custody = ofKind(records, 'custody');
  const detained = detainedNow(records);
  const judge = decisions.filter((d) => d.data.body === 'immigration-judge');
  const finalOrderDate = immigration?.finalOrderDate;
  const inProceedings =
    immigration?.ntaFiledDate !== undefined || ofKind(records, 'hearing').length > 0 || judge.length > 0;
  return {
    lastArrivalDate: immigration?.lastArrivalDate ?? immigration?.entryDate,
    asylumFiledDate: immigration?.i589FiledDate,
    unaccompaniedChild: immigration?.unaccompaniedChild,
    ntaFiledDate: immigration?.ntaFiledDate,
    finalOrderDate,
    finalOrderInAbsentia: judge.some((d) => d.data.inAbsentia && d.data.date === finalOrderDate),
    detainedAfterFinalOrder: finalOrderDate !== undefined && detained,
    hearings: ofKind(records, 'hearing')
      .filter((h) => h.data.date >= today)
      .map((h) => ({ id: h.id, date: h.data.date, kind: h.data.kind, detained: h.data.detained })),
    ijDecisions: contested
      .filter((d) => d.data.body === 'immigration-judge')
      .map((d) => ({
        id: d.id,
        date: d.data.date,
        delivery: d.data.delivery,
        appealFiledDate: d.data.appealFiledDate,
        inAbsentia: d.data.inAbsentia,
        motionToReopenFiledDate: d.data.motionToReopenFiledDate,
      })),
    voluntaryDepartures: judge.flatMap((d) =>
      d.data.voluntaryDepartureDays !== undefined && d.data.voluntaryDepartureStage !== undefined
        ? [
            {
              id: d.id,
              date: d.data.date,
              days: d.data.voluntaryDepartureDays,
              stage: d.data.voluntaryDepartureStage,
              departedDate: d.data.departedDate,
              bondPostedDate: d.data.voluntaryDepartureBondPostedDate,
            },
          ]
        : [],
    ),
    briefingSchedules: decisions.flatMap((d) =>
      d.data.briefingScheduleDate !== undefined
        ? [
            {
              id: d.id,
              date: d.data.briefingScheduleDate,
              mode: d.data.briefingMode ?? (detained ? ('simultaneous' as const) : ('sequential' as const)),
              clientRole: d.data.clientRole,
              briefFiledDate: d.data.briefFiledDate,
            },
          ]
        : [],
    ),
    biaDecisions: contested
      .filter((d) => d.data.body === 'bia')
      .map((d) => ({
        id: d.id,
        date: d.data.date,
        petitionFiledDate: d.data.appealFiledDate,
        remanded: d.data.outcome === 'remanded',
      })),
    circuitDecisions: contested
      .filter((d) => d.data.body === 'circuit-court')
      .map((d) => ({
        id: d.id,
        date: d.data.date,
        rehearingFiledDate: d.data.rehearingFiledDate,
        rehearingDeniedDate: d.data.rehearingDeniedDate,
        certiorariFiledDate: d.data.certiorariFiledDate,
      })),
    administrativeOrder:
      immigration?.administrativeRemovalOrderDate !== undefined
        ? {
            id: immigrationRecord?.id,
            date: immigration.administrativeRemovalOrderDate,
            petitionFiledDate: immigration.withholdingOnlyPetitionFiledDate,
          }
        : undefined,
    addressChanges:
      immigration?.addressChangedDate !== undefined && immigrationRecord
        ? [
            {
              id: immigrationRecord.id,
              date: immigration.addressChangedDate,
              inProceedings,
              eoir33FiledDate: immigration.eoir33FiledDate,
              ar11FiledDate: immigration.ar11FiledDate,
            },
          ]
        : [],
    foiaRequests: ofKind(records, 'foia').map((r) => ({
      id: r.id,
      submittedDate: r.data.submittedDate,
      responseDate: r.data.receivedDate,
      denialDate: r.data.denialDate,
      appealFiledDate: r.data.appealFiledDate,
    })),
    bondDecisions: custody
      .filter((c) => c.data.bondDecisionDate !== undefined && c.data.bondResult !== 'granted')
      .map((c) => ({
        id: c.id,
        date: c.data.bondDecisionDate as string,
        appealFiledDate: c.data.bondAppealFiledDate,
      })),
    bondGrants: custody
      .filter((c) => c.data.bondDecisionDate !== undefined && c.data.bondResult === 'granted')
      .map((c) => ({
        id: c.id,
        date: c.data.bondDecisionDate as string,
        stayNoticeDate: c.data.dhsStayNoticeDate,
        dhsAppealDate: c.data.dhsBondAppealFiledDate,
        biaDecisionDate: c.data.bondAppealBiaDecisionDate,
      })),
    releases: custody
      .filter((c) => c.data.releaseDate !== undefined)
      .map((c) => ({
        id: c.id,
        date: c.data.releaseDate as string,
        requestFiledDate: c.data.releaseConditionsRequestFiledDate,
      })),
    conditionsDecisions: custody
      .filter((c) => c.data.conditionsReviewDecisionDate !== undefined)
      .map((c) => ({
        id: c.id,
        date: c.data.conditionsReviewDecisionDate as string,
        appealFiledDate: c.data.conditionsReviewAppealFiledDate,
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
