import { describe, expect, it } from 'vitest';
import { bankHolidaysFromLibrary, FIRST_YEAR, LAST_YEAR } from '../tools/generate-bank-holidays.mjs';
import file from '@/domain/calendar/bank-holidays-england-and-wales.json';

// The shipped file must match date-holidays (GB, England) year by year; regenerate with `npm run holidays`.
describe('the England and Wales bank holiday file', () => {
  it('covers the same years as the generator', () => {
    expect([file.firstYear, file.lastYear]).toEqual([FIRST_YEAR, LAST_YEAR]);
  });

  const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
  it.each(years)('%i matches date-holidays', (year) => {
    const fromFile = Object.entries(file.days as Record<string, string>).filter(([d]) => d.startsWith(`${year}-`));
    const fromLibrary = bankHolidaysFromLibrary(year).map((h: { date: string; name: string }) => [h.date, h.name]);
    expect(fromFile).toEqual(fromLibrary);
  });

  it('includes the one-off days of 2022 and 2023', () => {
    for (const d of ['2022-06-03', '2022-09-19', '2023-05-08']) expect(file.days).toHaveProperty(d);
  });
});
