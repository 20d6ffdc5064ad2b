import { describe, expect, it } from 'vitest';
import { LANES } from '../../../shared/board/board';
import { starterPlan } from '../../../shared/board/starter-plan';
import { computeDeadlines } from '../../../shared/deadlines/engine';
import { caseFactsFromRecords } from '../../../shared/dossier/facts';
import { TODAY, record } from './fixtures';

describe('starterPlan', () => {
  it('proposes cards in every lane, ties the I-589 to the one-year deadline and checks what fits', () => {
    const records = [
      record({ kind: 'immigration', data: { lastArrivalDate: '2026-03-01', ntaServedDate: '2026-05-01' } }),
      record({ kind: 'custody', data: { arrestDate: '2026-10-01', redNoticeSoleBasis: true } }),
    ];
    const plan = starterPlan(records, computeDeadlines(caseFactsFromRecords(records, TODAY)));
    expect(new Set(plan.map((p) => p.card.lane))).toEqual(new Set(LANES));
    const i589 = plan.find((p) => p.key === 'imm-i589');
    expect(i589?.card.due).toEqual({ type: 'deadline', key: 'asylum-one-year:case' });
    expect(plan.find((p) => p.key === 'imm-bond')?.checked).toBe(true);
    expect(plan.find((p) => p.key === 'imm-15006')?.checked).toBe(true);
    expect(plan.find((p) => p.key === 'crim-cat')?.checked).toBe(false);
    expect(plan.find((p) => p.key === 'ccf-access')?.card.scope).toBe('ccf');
    expect(new Set(plan.map((p) => p.key)).size).toBe(plan.length);
  });

  it('leaves bond and the 15006.1 demand unchecked for a client who is not detained', () => {
    const plan = starterPlan([], []);
    expect(plan.find((p) => p.key === 'imm-bond')?.checked).toBe(false);
    expect(plan.find((p) => p.key === 'imm-i589')?.card.due).toEqual({ type: 'none' });
  });
});
