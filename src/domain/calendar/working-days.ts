// Working days in England and Wales: Monday to Friday, less bank holidays (GLOSSARY, "Working day").
// Bank holidays come from the date-holidays package (GB, England), generated into a JSON file by
// test/tools/generate-bank-holidays.mjs and checked against the package by a test.
import bankHolidayFile from './bank-holidays-england-and-wales.json';
import { fromDayNumber, toDayNumber, type IsoDate } from './iso-date';

export const BANK_HOLIDAY_FIRST_YEAR: number = bankHolidayFile.firstYear;
export const BANK_HOLIDAY_LAST_YEAR: number = bankHolidayFile.lastYear;
const bankHolidayNames: Readonly<Record<string, string>> = bankHolidayFile.days;

export const ENGLAND_AND_WALES_BANK_HOLIDAYS: ReadonlySet<string> = new Set(Object.keys(bankHolidayNames));

// Holidays as day numbers, so that counting does no date formatting in its loops. Cached per holiday set.
const dayNumberSets = new WeakMap<ReadonlySet<string>, ReadonlySet<number>>();
function holidayDayNumbers(holidays: ReadonlySet<string> | undefined): ReadonlySet<number> {
  const set = holidays ?? ENGLAND_AND_WALES_BANK_HOLIDAYS;
  let numbers = dayNumberSets.get(set);
  if (!numbers) {
    numbers = new Set([...set].map(toDayNumber));
    dayNumberSets.set(set, numbers);
  }
  return numbers;
}

const FIRST_KNOWN_DAY = toDayNumber(`${BANK_HOLIDAY_FIRST_YEAR}-01-01`);
const LAST_KNOWN_DAY = toDayNumber(`${BANK_HOLIDAY_LAST_YEAR}-12-31`);

function checkedDate(date: IsoDate, holidays: ReadonlySet<string> | undefined): number {
  const day = toDayNumber(date);
  if (holidays === undefined && (day < FIRST_KNOWN_DAY || day > LAST_KNOWN_DAY)) {
    throw new RangeError(
      `No England and Wales bank holidays are known for "${date}": working days can be counted from ${BANK_HOLIDAY_FIRST_YEAR} to ${BANK_HOLIDAY_LAST_YEAR}`,
    );
  }
  return day;
}

function isWeekendDay(dayNumber: number): boolean {
  const dow = (((dayNumber + 4) % 7) + 7) % 7;
  return dow === 0 || dow === 6;
}

export function isWorkingDay(date: IsoDate, holidays?: ReadonlySet<string>): boolean {
  const day = checkedDate(date, holidays);
  return !isWeekendDay(day) && !holidayDayNumbers(holidays).has(day);
}

/**
 * For n ≥ 1, the n-th working day after `date` (counting starts the day after, whatever `date` is); n = 0 returns
 * `date`; n < 0 counts back the same way.
 */
export function addWorkingDays(date: IsoDate, n: number, holidays?: ReadonlySet<string>): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`A number of working days must be a whole number: ${n}`);
  let day = checkedDate(date, holidays);
  if (n === 0) return date;
  const set = holidayDayNumbers(holidays);
  const step = n > 0 ? 1 : -1;
  let left = Math.abs(n);
  while (left > 0) {
    day += step;
    if (!isWeekendDay(day) && !set.has(day)) left -= 1;
  }
  const result = fromDayNumber(day);
  if (holidays === undefined) checkedDate(result, holidays);
  return result;
}

/**
 * The number of working days d with start < d ≤ end; when end is before start, the negative of the reverse count.
 * So workingDaysBetween(d, addWorkingDays(d, n)) === n.
 */
export function workingDaysBetween(start: IsoDate, end: IsoDate, holidays?: ReadonlySet<string>): number {
  const a = checkedDate(start, holidays);
  const b = checkedDate(end, holidays);
  if (b < a) return -workingDaysBetween(end, start, holidays);
  const set = holidayDayNumbers(holidays);
  let holidayCount = 0;
  if (b - a < set.size) {
    for (let d = a + 1; d <= b; d += 1) if (set.has(d) && !isWeekendDay(d)) holidayCount += 1;
  } else {
    for (const d of set) if (d > a && d <= b && !isWeekendDay(d)) holidayCount += 1;
  }
  return weekdaysUpTo(b) - weekdaysUpTo(a) - holidayCount;
}

/** Weekdays (Monday–Friday) counted from an arbitrary origin up to and including dayNumber; only differences matter. */
function weekdaysUpTo(dayNumber: number): number {
  // Day number 4 (1970-01-05) is a Monday. Shift so that 0 is a Monday.
  const sinceMonday = dayNumber - 4;
  const weeks = Math.floor(sinceMonday / 7);
  const rest = sinceMonday - weeks * 7; // 0 (Monday) .. 6 (Sunday)
  return weeks * 5 + Math.min(rest + 1, 5);
}
