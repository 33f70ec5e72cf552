import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocateInProportion, drawModerationSample, type SampleCandidate } from './sampling';
import { GRADES, type Grade } from './grade';

// Seed 002, "Auditing Activity" › "Moderation": "A minimum of 10% of cases are randomly selected including a
// selection of those rated 'Requires Improvement' and 'Good'. All 'Inadequate' and 'Outstanding' audits are presented."

function population(counts: Partial<Record<Grade, number>>): SampleCandidate[] {
  const out: SampleCandidate[] = [];
  for (const grade of GRADES) for (let i = 0; i < (counts[grade] ?? 0); i += 1) out.push({ id: `${grade}-${i}`, grade });
  return out;
}

const gradeOf = (audits: SampleCandidate[], id: string) => audits.find((a) => a.id === id)?.grade;

describe('drawModerationSample', () => {
  it('takes nothing from an empty population', () => {
    expect(drawModerationSample([], { seed: 1 }).sampled).toEqual([]);
  });

  it('presents every Inadequate and Outstanding audit, and draws 10% rounded up from the rest', () => {
    const audits = population({ outstanding: 2, good: 40, 'requires-improvement': 25, inadequate: 3 });
    const { sampled } = drawModerationSample(audits, { seed: 'round-1' });
    expect(sampled.filter((s) => s.reason === 'inadequate')).toHaveLength(3);
    expect(sampled.filter((s) => s.reason === 'outstanding')).toHaveLength(2);
    const random = sampled.filter((s) => s.reason === 'random');
    expect(random).toHaveLength(7); // ceil(10% of 70)
    // In proportion: 25 RI and 40 Good share 7 as 3 and 4 (one of each first, then 5 by largest remainder).
    expect(random.filter((s) => gradeOf(audits, s.id) === 'requires-improvement')).toHaveLength(3);
    expect(random.filter((s) => gradeOf(audits, s.id) === 'good')).toHaveLength(4);
  });

  it('includes at least one Requires Improvement and one Good even when 10% is a single audit', () => {
    const audits = population({ good: 5, 'requires-improvement': 3 });
    const random = drawModerationSample(audits, { seed: 7 }).sampled;
    expect(random.map((s) => gradeOf(audits, s.id)).sort()).toEqual(['good', 'requires-improvement']);
  });

  it('with one grade only, draws from that grade', () => {
    const audits = population({ good: 12 });
    const { sampled } = drawModerationSample(audits, { seed: 3 });
    expect(sampled).toHaveLength(2);
    expect(sampled.every((s) => s.reason === 'random')).toBe(true);
  });

  it('with fewer than 10 audits, still draws one of each grade present', () => {
    const audits = population({ good: 1, 'requires-improvement': 1, inadequate: 1 });
    const { sampled } = drawModerationSample(audits, { seed: 3 });
    expect(sampled.map((s) => s.id).sort()).toEqual(['good-0', 'inadequate-0', 'requires-improvement-0']);
  });

  it('only Inadequate and Outstanding audits: all of them, nothing random', () => {
    const audits = population({ inadequate: 2, outstanding: 1 });
    expect(
      drawModerationSample(audits, { seed: 3 })
        .sampled.map((s) => s.reason)
        .sort(),
    ).toEqual(['inadequate', 'inadequate', 'outstanding']);
  });

  it('rejects a fraction outside (0, 1]', () => {
    expect(() => drawModerationSample([], { seed: 1, minFraction: 0 })).toThrow(/minFraction/);
    expect(() => drawModerationSample([], { seed: 1, minFraction: 1.5 })).toThrow(/minFraction/);
  });

  const audits = fc.array(fc.constantFrom(...GRADES), { maxLength: 200 }).map((grades) => grades.map((grade, i) => ({ id: `a${i}`, grade })));
  const seeds = fc.oneof(fc.string(), fc.integer());

  it('law: every Inadequate and Outstanding audit is in, with no duplicates', () => {
    fc.assert(
      fc.property(audits, seeds, (pop, seed) => {
        const ids = drawModerationSample(pop, { seed }).sampled.map((s) => s.id);
        const must = pop.filter((a) => a.grade === 'inadequate' || a.grade === 'outstanding').map((a) => a.id);
        return new Set(ids).size === ids.length && must.every((id) => ids.includes(id));
      }),
    );
  });

  it('law: the random part is at least 10% rounded up when enough RI and Good exist, else all of them, with one of each', () => {
    fc.assert(
      fc.property(audits, seeds, fc.double({ min: 0.01, max: 1, noNaN: true }), (pop, seed, minFraction) => {
        const random = drawModerationSample(pop, { seed, minFraction }).sampled.filter((s) => s.reason === 'random');
        const pool = pop.filter((a) => a.grade === 'good' || a.grade === 'requires-improvement');
        const want = Math.ceil(minFraction * pop.length - 1e-9);
        const grades = new Set(random.map((s) => gradeOf(pop, s.id)));
        const poolGrades = new Set(pool.map((a) => a.grade));
        const enough = pool.length >= want ? random.length >= want : random.length === pool.length;
        return enough && [...poolGrades].every((g) => grades.has(g)) && random.every((s) => pool.some((a) => a.id === s.id));
      }),
    );
  });

  it('law: same seed and same audits (in any order), same sample', () => {
    fc.assert(
      fc.property(audits, seeds, (pop, seed) => {
        const a = drawModerationSample(pop, { seed }).sampled;
        const b = drawModerationSample([...pop].reverse(), { seed }).sampled;
        return JSON.stringify(a) === JSON.stringify(b);
      }),
    );
  });

  it('different seeds draw different samples from a large population', () => {
    const pop = population({ good: 100, 'requires-improvement': 100 });
    const a = drawModerationSample(pop, { seed: 'a' }).sampled.map((s) => s.id);
    const b = drawModerationSample(pop, { seed: 'b' }).sampled.map((s) => s.id);
    expect(a).not.toEqual(b);
  });
});

describe('allocateInProportion', () => {
  it.each([
    [[25, 40], 7, [3, 4]],
    [[5, 3], 2, [1, 1]],
    [[0, 10], 3, [0, 3]],
    [[2, 2], 10, [2, 2]],
    [[1, 99], 10, [1, 9]],
  ])('%j sharing %i gives %j', (sizes, total, expected) => {
    expect(allocateInProportion(sizes, total)).toEqual(expected);
  });
});
