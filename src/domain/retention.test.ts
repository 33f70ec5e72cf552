// Issue "Protecting children's personal data", point 5: a retention setting lists audits older than a chosen period.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dueForDeletion, retentionCutoff, retentionRule } from './retention';

const audit = (id: string, auditDate: string) => ({ id, auditDate });

describe('retention', () => {
  it.each([
    ['2026-12-01', 3, '2023-12-01'],
    ['2026-02-28', 1, '2025-02-28'],
    ['2028-02-29', 1, '2027-02-28'],
  ])('on %s, a period of %i years keeps audits dated from %s', (today, years, cutoff) => {
    expect(retentionCutoff(today, years)).toBe(cutoff);
  });

  it('lists only audits dated before the cut-off, oldest first: an audit on the cut-off day is kept', () => {
    const audits = [audit('a', '2023-12-01'), audit('b', '2023-11-30'), audit('c', '2020-01-01'), audit('d', '2026-11-30')];
    expect(dueForDeletion(audits, '2026-12-01', 3).map((a) => a.id)).toEqual(['c', 'b']);
  });

  it('a longer period never lists more audits', () => {
    const date = fc.integer({ min: 0, max: 4000 }).map((n) => new Date(Date.UTC(2015, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(date, { maxLength: 40 }), fc.integer({ min: 1, max: 6 }), (dates, years) => {
        const audits = dates.map((d, i) => audit(String(i), d));
        const shorter = new Set(dueForDeletion(audits, '2026-12-01', years).map((a) => a.id));
        expect(dueForDeletion(audits, '2026-12-01', years + 1).every((a) => shorter.has(a.id))).toBe(true);
      }),
    );
  });

  it('says its rule in words', () => {
    expect(retentionRule('2026-12-01', 3)).toBe('Dated before 1 December 2023 (older than 3 years)');
    expect(retentionRule('2026-12-01', 1)).toBe('Dated before 1 December 2025 (older than 1 year)');
  });
});
