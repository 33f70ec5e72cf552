// The moderation sample. Seed 002, "Auditing Activity" › "Moderation" › "The moderation meeting": "A minimum of 10%
// of cases are randomly selected including a selection of those rated 'Requires Improvement' and 'Good'. All
// 'Inadequate' and 'Outstanding' audits are presented."
//
// Read as: every Inadequate and every Outstanding audit is in; then a random selection from the Requires
// Improvement and Good audits of at least `minFraction` of the whole population (rounded up), with at least one of
// each of those two grades where any exist, the rest in proportion to their numbers; if there are too few, all of
// them. The draw depends only on the seed and the set of audits (not their order), so it can be re-drawn and checked.
import type { Grade } from './grade';
import { createRandom, shuffled } from './random';

export type SampleReason = 'inadequate' | 'outstanding' | 'random';

export interface SampleCandidate {
  id: string;
  grade: Grade;
}

export interface DrawOptions {
  seed: string | number;
  minFraction?: number;
}

export interface ModerationSample {
  sampled: { id: string; reason: SampleReason }[];
  /** How many were drawn at random: ceil(minFraction × population), at least one of each of Requires Improvement and Good, capped by how many there are. */
  randomTarget: number;
  population: number;
}

export const DEFAULT_MIN_FRACTION = 0.1;

/** Splits `total` between groups in proportion to their sizes (largest remainder), giving each non-empty group at least one. */
export function allocateInProportion(sizes: readonly number[], total: number): number[] {
  const nonEmpty = sizes.filter((s) => s > 0).length;
  const sum = sizes.reduce((a, b) => a + b, 0);
  if (total >= sum) return [...sizes];
  const floor = sizes.map((s): number => (s > 0 && total >= nonEmpty ? 1 : 0));
  let left = total - floor.reduce((a, b) => a + b, 0);
  const room = sizes.map((s, i) => s - (floor[i] ?? 0));
  const roomSum = room.reduce((a, b) => a + b, 0);
  const exact = room.map((r) => (roomSum === 0 ? 0 : (r * left) / roomSum));
  const out = floor.map((f, i) => f + Math.floor(exact[i] ?? 0));
  left -= exact.reduce((a, e) => a + Math.floor(e), 0);
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    if ((out[i] ?? 0) < (sizes[i] ?? 0)) {
      out[i] = (out[i] ?? 0) + 1;
      left -= 1;
    }
  }
  return out;
}

export function drawModerationSample<T extends SampleCandidate>(audits: readonly T[], options: DrawOptions): ModerationSample {
  const minFraction = options.minFraction ?? DEFAULT_MIN_FRACTION;
  if (!(minFraction > 0 && minFraction <= 1)) throw new RangeError(`minFraction must be more than 0 and at most 1: ${minFraction}`);
  const byId = new Map<string, T>();
  for (const a of audits) if (!byId.has(a.id)) byId.set(a.id, a);
  const population = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const sampled: ModerationSample['sampled'] = [];
  for (const a of population) if (a.grade === 'inadequate') sampled.push({ id: a.id, reason: 'inadequate' });
  for (const a of population) if (a.grade === 'outstanding') sampled.push({ id: a.id, reason: 'outstanding' });

  const ri = population.filter((a) => a.grade === 'requires-improvement');
  const good = population.filter((a) => a.grade === 'good');
  const wanted = Math.ceil(minFraction * population.length - 1e-9);
  const oneOfEach = (ri.length > 0 ? 1 : 0) + (good.length > 0 ? 1 : 0);
  const randomTarget = Math.min(Math.max(wanted, oneOfEach), ri.length + good.length);
  const [fromRi = 0, fromGood = 0] = allocateInProportion([ri.length, good.length], randomTarget);
  const random = createRandom(options.seed);
  for (const a of shuffled(ri, random).slice(0, fromRi)) sampled.push({ id: a.id, reason: 'random' });
  for (const a of shuffled(good, random).slice(0, fromGood)) sampled.push({ id: a.id, reason: 'random' });
  return { sampled, randomTarget, population: population.length };
}
