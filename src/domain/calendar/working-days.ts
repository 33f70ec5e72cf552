// Working days in England and Wales: Monday to Friday, less bank holidays (GLOSSARY, "Working day").
// Bank holidays come from the date-holidays package (GB, England), generated into a JSON file by
// test/tools/generate-bank-holidays.mjs and checked against the package by a test.
import bankHolidayFile from './bank-holidays-england-and-wales.json';
import { addDays, dayOfWeek, fromDayNumber, parseIsoDate, toDayNumber, type IsoDate } from './iso-date';

export const BANK_HOLIDAY_FIRST_YEAR: number = bankHolidayFile.firstYear;
export const BANK_HOLIDAY_LAST_YEAR: number = bankHolidayFile.lastYear;
const bankHolidayNames: Readonly<Record<string, string>> = bankHolidayFile.days;

export const ENGLAND_AND_WALES_BANK_HOLIDAYS: ReadonlySet<string> = new Set(Object.keys(bankHolidayNames));

export function bankHolidayName(date: IsoDate): string | undefined {
  return bankHolidayNames[date];
}

function checkedDate(date: IsoDate, holidays: ReadonlySet<string> | undefined): number {
  const { year } = parseIsoDate(date);
  if (holidays === undefined && (year < BANK_HOLIDAY_FIRST_YEAR || year > BANK_HOLIDAY_LAST_YEAR)) {
    throw new RangeError(
      `No England and Wales bank holidays are known for "${date}": working days can be counted from ${BANK_HOLIDAY_FIRST_YEAR} to ${BANK_HOLIDAY_LAST_YEAR}`,
    );
  }
  return toDayNumber(date);
}

function isWeekendDay(dayNumber: number): boolean {
  const dow = (((dayNumber + 4) % 7) + 7) % 7;
  return dow === 0 || dow === 6;
}

export function isWorkingDay(date: IsoDate, holidays?: ReadonlySet<string>): boolean {
  checkedDate(date, holidays);
  const dow = dayOfWeek(date);
  if (dow === 0 || dow === 6) return false;
  return !(holidays ?? ENGLAND_AND_WALES_BANK_HOLIDAYS).has(date);
}

/**
 * For n ≥ 1, the n-th working day after `date` (counting starts the day after, whatever `date` is); n = 0 returns
 * `date`; n < 0 counts back the same way.
 */
export function addWorkingDays(date: IsoDate, n: number, holidays?: ReadonlySet<string>): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`A number of working days must be a whole number: ${n}`);
  let day = checkedDate(date, holidays);
  if (n === 0) return date;
  const set = holidays ?? ENGLAND_AND_WALES_BANK_HOLIDAYS;
  const step = n > 0 ? 1 : -1;
  let left = Math.abs(n);
  while (left > 0) {
    day += step;
    if (!isWeekendDay(day) && !set.has(fromDayNumber(day))) left -= 1;
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
  const set = holidays ?? ENGLAND_AND_WALES_BANK_HOLIDAYS;
  const weekdays = weekdaysUpTo(b) - weekdaysUpTo(a);
  let holidayCount = 0;
  if (b - a < set.size) {
    for (let d = a + 1; d <= b; d += 1) if (!isWeekendDay(d) && set.has(fromDayNumber(d))) holidayCount += 1;
  } else {
    for (const h of set) {
      const hd = toDayNumber(h);
      if (hd > a && hd <= b && !isWeekendDay(hd)) holidayCount += 1;
    }
  }
  return weekdays - holidayCount;
}

/** Weekdays (Monday–Friday) among day numbers 1..dayNumber, relative to an arbitrary origin; only differences matter. */
function weekdaysUpTo(dayNumber: number): number {
  // Day number 4 is a Monday (1970-01-05). Shift so that 0 is a Monday.
  const sinceMonday = dayNumber - 4;
  const weeks = Math.floor(sinceMonday / 7);
  const rest = sinceMonday - weeks * 7; // 0 (Monday) .. 6 (Sunday)
  return weeks * 5 + Math.min(rest + 1, 5);
}

/** The first working day on or after `date`. */
export function nextWorkingDayOnOrAfter(date: IsoDate, holidays?: ReadonlySet<string>): IsoDate {
  let d = date;
  while (!isWorkingDay(d, holidays)) d = addDays(d, 1);
  return d;
}
