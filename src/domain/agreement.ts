// Consistency of grading between the auditor and the moderation panel (seed 002, "Moderation": "Review of the overall
// grading to ensure there is a consistency in our judgements").
import { GRADES, gradeRank, type Grade } from './grade';

export interface GradePair {
  auditor: Grade;
  moderated: Grade;
}

export interface GradeAgreement {
  n: number;
  /** Share of pairs with the same grade, 0 to 1 (0 when there are no pairs). */
  exact: number;
  /** Share of pairs no more than one grade apart, 0 to 1 (0 when there are no pairs). */
  withinOne: number;
  /** Cohen's kappa with quadratic weights; null where it is undefined (no pairs, or chance agreement of 1). */
  weightedKappa: number | null;
  /** Moderated grade better than the auditor's. */
  upgraded: number;
  /** Moderated grade worse than the auditor's. */
  downgraded: number;
  /** matrix[auditor][moderated] counts, rows and columns in GRADES order (Outstanding first). */
  matrix: number[][];
}

export function gradeAgreement(pairs: readonly GradePair[]): GradeAgreement {
  const k = GRADES.length;
  const matrix = GRADES.map(() => GRADES.map(() => 0));
  let exact = 0;
  let withinOne = 0;
  let upgraded = 0;
  let downgraded = 0;
  for (const { auditor, moderated } of pairs) {
    const i = gradeRank(auditor);
    const j = gradeRank(moderated);
    const row = matrix[i];
    if (row === undefined || j < 0) throw new RangeError(`Not a grade pair: ${auditor}, ${moderated}`);
    row[j] = (row[j] ?? 0) + 1;
    if (i === j) exact += 1;
    if (Math.abs(i - j) <= 1) withinOne += 1;
    if (j < i) upgraded += 1;
    if (j > i) downgraded += 1;
  }
  const n = pairs.length;
  return {
    n,
    exact: n === 0 ? 0 : exact / n,
    withinOne: n === 0 ? 0 : withinOne / n,
    weightedKappa: quadraticWeightedKappa(matrix, n, k),
    upgraded,
    downgraded,
    matrix,
  };
}

function quadraticWeightedKappa(matrix: number[][], n: number, k: number): number | null {
  if (n === 0) return null;
  const rows = matrix.map((r) => r.reduce((a, b) => a + b, 0) / n);
  const cols = GRADES.map((_, j) => matrix.reduce((a, r) => a + (r[j] ?? 0), 0) / n);
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i += 1) {
    for (let j = 0; j < k; j += 1) {
      const w = 1 - ((i - j) * (i - j)) / ((k - 1) * (k - 1));
      observed += (w * (matrix[i]?.[j] ?? 0)) / n;
      expected += w * (rows[i] ?? 0) * (cols[j] ?? 0);
    }
  }
  if (1 - expected < 1e-12) return null;
  return (observed - expected) / (1 - expected);
}

/** Agreement for each group (auditor, team, quarter…), groups in name order. */
export function agreementByGroup(items: readonly (GradePair & { group: string })[]): { group: string; agreement: GradeAgreement }[] {
  const groups = new Map<string, GradePair[]>();
  for (const { group, auditor, moderated } of items) {
    const list = groups.get(group) ?? [];
    list.push({ auditor, moderated });
    groups.set(group, list);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'en-GB')).map(([group, pairs]) => ({ group, agreement: gradeAgreement(pairs) }));
}
