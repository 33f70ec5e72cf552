import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days';
import { addDays, addMonths, dayOfWeek, fromDayNumber, toDayNumber } from './iso-date';

// GLOSSARY, "Working day": Monday to Friday, excluding bank holidays in England and Wales.
describe('isWorkingDay', () => {
  it.each([
    ['2022-06-02', false, 'spring bank holiday moved for the Platinum Jubilee'],
    ['2022-06-03', false, 'Platinum Jubilee bank holiday (one-off)'],
    ['2022-09-19', false, 'State Funeral of Queen Elizabeth II (one-off)'],
    ['2023-05-08', false, 'Coronation of King Charles III (one-off)'],
    ['2022-05-30', true, 'the usual spring bank holiday Monday was a working day in 2022'],
    ['2024-12-25', false, 'Christmas Day'],
    ['2024-12-27', true, 'the Friday after Boxing Day'],
    ['2026-12-28', false, 'Boxing Day (substitute day), Boxing Day 2026 is a Saturday'],
    ['2027-12-27', false, 'Christmas Day (substitute day), 2027'],
    ['2027-12-28', false, 'Boxing Day (substitute day), 2027'],
    ['2028-01-03', false, "New Year's Day (substitute day), 2028"],
    ['2024-03-29', false, 'Good Friday 2024'],
    ['2025-04-21', false, 'Easter Monday 2025'],
    ['2026-04-03', false, 'Good Friday 2026'],
    ['2027-03-29', false, 'Easter Monday 2027'],
    ['2025-11-22', false, 'a Saturday'],
    ['2025-11-24', true, 'an ordinary Monday'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it('names the bad value when a date is impossible', () => {
    expect(() => isWorkingDay('2025-02-30')).toThrow(/2025-02-30/);
    expect(() => addWorkingDays('2025-13-01', 1)).toThrow(/2025-13-01/);
    expect(() => workingDaysBetween('2025-01-01', 'not a date')).toThrow(/not a date/);
  });

  it('uses the holidays it is given instead of the bank holidays', () => {
    expect(isWorkingDay('2024-12-25', new Set())).toBe(true);
    expect(isWorkingDay('2024-12-24', new Set(['2024-12-24']))).toBe(false);
  });
});

describe('addWorkingDays across Christmas, New Year and Easter', () => {
  it.each([
    ['2024-12-24', 1, '2024-12-27'],
    ['2024-12-31', 1, '2025-01-02'],
    ['2025-12-24', 1, '2025-12-29'],
    ['2025-12-31', 1, '2026-01-02'],
    ['2026-12-24', 1, '2026-12-29'],
    ['2026-12-31', 1, '2027-01-04'],
    ['2027-12-24', 1, '2027-12-29'],
    ['2027-12-31', 1, '2028-01-04'],
    ['2024-03-28', 1, '2024-04-02'],
    ['2025-04-17', 1, '2025-04-22'],
    ['2026-04-02', 1, '2026-04-07'],
    ['2027-03-25', 1, '2027-03-30'],
    ['2022-06-01', 1, '2022-06-06'],
    ['2022-09-16', 1, '2022-09-20'],
    ['2023-05-05', 1, '2023-05-09'],
    // Counting starts the day after, whatever the start day is: a Saturday start counts Monday as day 1.
    ['2025-11-22', 1, '2025-11-24'],
    ['2025-11-24', 0, '2025-11-24'],
    ['2025-11-22', 0, '2025-11-22'],
    // Seed 003, "Timescales": assessment 45 working days; 2024-12-02 + 45 passes Christmas and New Year (3 days).
    ['2024-12-02', 45, '2025-02-06'],
    ['2025-11-28', -1, '2025-11-27'],
  ])('%s + %i working days = %s', (date, n, expected) => {
    expect(addWorkingDays(date, n)).toBe(expected);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2024-12-20', '2025-01-03', 7],
    ['2025-01-03', '2024-12-20', -7],
    ['2025-11-24', '2025-11-24', 0],
    ['2025-11-21', '2025-11-24', 1],
    ['2022-05-31', '2022-06-06', 2],
    ['2023-05-05', '2023-05-09', 1],
  ])('from %s to %s is %i', (a, b, n) => {
    expect(workingDaysBetween(a, b)).toBe(n);
  });
});

const dates = fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2090-12-31') }).map(fromDayNumber);
const counts = fc.integer({ min: 0, max: 400 });

describe('laws of working days', () => {
  it('addWorkingDays never lands on a weekend or bank holiday for n ≥ 1', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 400 }), (d, n) => {
        const r = addWorkingDays(d, n);
        return isWorkingDay(r) && dayOfWeek(r) !== 0 && dayOfWeek(r) !== 6;
      }),
    );
  });

  it('workingDaysBetween(d, addWorkingDays(d, n)) === n', () => {
    fc.assert(fc.property(dates, counts, (d, n) => workingDaysBetween(d, addWorkingDays(d, n)) === n));
  });

  it('workingDaysBetween(a, b) === -workingDaysBetween(b, a)', () => {
    fc.assert(fc.property(dates, dates, (a, b) => workingDaysBetween(a, b) === -workingDaysBetween(b, a)));
  });

  it('addWorkingDays is monotonic in n and in the start date', () => {
    fc.assert(
      fc.property(dates, counts, counts, (d, m, n) => {
        const [lo, hi] = m <= n ? [m, n] : [n, m];
        return addWorkingDays(d, lo) <= addWorkingDays(d, hi);
      }),
    );
    fc.assert(fc.property(dates, fc.integer({ min: 0, max: 30 }), counts, (d, gap, n) => addWorkingDays(d, n) <= addWorkingDays(addDays(d, gap), n)));
  });

  it('workingDaysBetween is monotonic in the end date', () => {
    fc.assert(fc.property(dates, dates, fc.integer({ min: 0, max: 60 }), (a, b, gap) => workingDaysBetween(a, b) <= workingDaysBetween(a, addDays(b, gap))));
  });
});

describe('calendar months', () => {
  it.each([
    ['2025-08-31', 3, '2025-11-30'],
    ['2024-11-30', 3, '2025-02-28'],
    ['2023-11-30', 3, '2024-02-29'],
    ['2025-01-15', 6, '2025-07-15'],
    ['2025-12-31', 1, '2026-01-31'],
    ['2025-03-31', -1, '2025-02-28'],
  ])('%s + %i months = %s (clamped to the month end)', (d, n, expected) => {
    expect(addMonths(d, n)).toBe(expected);
  });
});

describe('day numbers', () => {
  it('agree with Date.UTC for every day from 1900 to 2200, both ways', () => {
    for (let ms = Date.UTC(1900, 0, 1); ms <= Date.UTC(2200, 11, 31); ms += 86_400_000) {
      const d = new Date(ms);
      const iso = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
      const n = ms / 86_400_000;
      if (toDayNumber(iso) !== n || fromDayNumber(n) !== iso) expect.fail(`${iso}: ${toDayNumber(iso)} / ${fromDayNumber(n)} vs ${n}`);
    }
  });
});
