import { describe, expect, it } from 'vitest';
import { agreementByGroup, gradeAgreement, type GradePair } from './agreement';

const pair = (auditor: GradePair['auditor'], moderated: GradePair['moderated']): GradePair => ({ auditor, moderated });

describe('gradeAgreement (seed 002, "Moderation": consistency in our judgements)', () => {
  it('is empty with no pairs, kappa undefined', () => {
    expect(gradeAgreement([])).toMatchObject({ n: 0, exact: 0, withinOne: 0, weightedKappa: null, upgraded: 0, downgraded: 0 });
  });

  it('hand-worked: 2×(Good, Good), 1×(RI, RI), 1×(Good, RI) gives kappa 0.5', () => {
    // Weights w = 1 − d²/9. Observed = (2 + 1 + 8/9)/4 = 35/36. Row shares Good 3/4, RI 1/4; column shares 1/2 and
    // 1/2. Expected = 3/8 + 1/8 + (3/8)(8/9) + (1/8)(8/9) = 17/18. κ = (35/36 − 34/36)/(1 − 34/36) = 1/2.
    const r = gradeAgreement([
      pair('good', 'good'),
      pair('good', 'good'),
      pair('requires-improvement', 'requires-improvement'),
      pair('good', 'requires-improvement'),
    ]);
    expect(r.n).toBe(4);
    expect(r.exact).toBe(0.75);
    expect(r.withinOne).toBe(1);
    expect(r.weightedKappa).toBeCloseTo(0.5, 12);
    expect(r.upgraded).toBe(0);
    expect(r.downgraded).toBe(1);
    expect(r.matrix).toEqual([
      [0, 0, 0, 0],
      [0, 2, 1, 0],
      [0, 0, 1, 0],
      [0, 0, 0, 0],
    ]);
  });

  it('hand-worked: a two-grade disagreement both ways', () => {
    // (Outstanding → RI) and (RI → Outstanding): d = 2, w = 5/9 for both. Observed = 5/9. Rows and columns: 1/2, 1/2 at
    // Outstanding and RI. Expected = 1/4 (1 + 5/9 + 5/9 + 1) = 28/36 = 7/9. κ = (5/9 − 7/9)/(2/9) = −1.
    const r = gradeAgreement([pair('outstanding', 'requires-improvement'), pair('requires-improvement', 'outstanding')]);
    expect(r.exact).toBe(0);
    expect(r.withinOne).toBe(0);
    expect(r.upgraded).toBe(1);
    expect(r.downgraded).toBe(1);
    expect(r.weightedKappa).toBeCloseTo(-1, 12);
  });

  it('perfect agreement over several grades is kappa 1; one grade only is undefined', () => {
    expect(gradeAgreement([pair('good', 'good'), pair('inadequate', 'inadequate')]).weightedKappa).toBeCloseTo(1, 12);
    expect(gradeAgreement([pair('good', 'good'), pair('good', 'good')]).weightedKappa).toBeNull();
  });
});

describe('agreementByGroup', () => {
  it('splits pairs by group, in name order', () => {
    const r = agreementByGroup([
      { group: 'Sam', auditor: 'good', moderated: 'good' },
      { group: 'Alex', auditor: 'good', moderated: 'inadequate' },
      { group: 'Sam', auditor: 'good', moderated: 'requires-improvement' },
    ]);
    expect(r.map((g) => [g.group, g.agreement.n, g.agreement.exact, g.agreement.downgraded])).toEqual([
      ['Alex', 1, 0, 1],
      ['Sam', 2, 0.5, 1],
    ]);
  });
});
