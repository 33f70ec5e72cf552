// Writes the England and Wales bank holidays, 1970 to 2100, from the date-holidays package into a JSON file that
// the app ships. date-holidays stays a development dependency: its full import would add a timezone database to
// the bundle. test/domain/bank-holidays.test.ts checks the file against the package year by year.
// Run: npm run holidays
import Holidays from 'date-holidays';
import { writeFileSync } from 'node:fs';

export const FIRST_YEAR = 1970;
export const LAST_YEAR = 2100;

export function bankHolidaysFromLibrary(year) {
  const hd = new Holidays('GB', 'ENG', { types: ['public', 'bank'] });
  // `date` is the local date and time as text; its first ten characters are the day. Converting `start` to an ISO
  // string instead would shift summer dates by an hour into the previous day.
  return hd.getHolidays(year).map((h) => ({ date: h.date.slice(0, 10), name: h.name }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const days = {};
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y += 1) for (const h of bankHolidaysFromLibrary(y)) days[h.date] = h.name;
  const file = new URL('../../src/domain/calendar/bank-holidays-england-and-wales.json', import.meta.url);
  writeFileSync(file, `${JSON.stringify({ source: 'date-holidays GB ENG public and bank', firstYear: FIRST_YEAR, lastYear: LAST_YEAR, days })}\n`);
  console.log(`wrote ${Object.keys(days).length} bank holidays`);
}
