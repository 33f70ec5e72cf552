// Calendar dates as `YYYY-MM-DD` strings, and date-times as `YYYY-MM-DDTHH:MM`, both in local (UK) time as a
// case record shows them. Arithmetic goes through a day number (days since 1970-01-01) computed with Date.UTC, so no
// time zone or daylight saving shift can move a date. Never `new Date('YYYY-MM-DD')`.

export type IsoDate = string;
export type IsoDateTime = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** The parts of a valid date, or null for anything else (including impossible dates such as 2025-02-30). */
export function tryParseIsoDate(value: string): DateParts | null {
  const m = DATE_RE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && tryParseIsoDate(value) !== null;
}

/** The parts of a date; throws an error naming the value when it is not a real `YYYY-MM-DD` date. */
export function parseIsoDate(value: string): DateParts {
  const parts = tryParseIsoDate(value);
  if (!parts) throw new RangeError(`Not a valid date (YYYY-MM-DD): "${value}"`);
  return parts;
}

export function formatIsoDate({ year, month, day }: DateParts): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function addDays(date: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + n);
}

export function addWeeks(date: IsoDate, n: number): IsoDate {
  return addDays(date, 7 * n);
}

/** Adds calendar months, clamped to the end of the month: 3 months after 31 August is 30 November. */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatIsoDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** Calendar days from `start` to `end` (negative when end is earlier). */
export function daysBetween(start: IsoDate, end: IsoDate): number {
  return toDayNumber(end) - toDayNumber(start);
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isIsoDateTime(value: unknown): value is IsoDateTime {
  if (typeof value !== 'string') return false;
  const m = DATE_TIME_RE.exec(value);
  return !!m && tryParseIsoDate(m[1] ?? '') !== null && Number(m[2]) < 24 && Number(m[3]) < 60;
}

/** Minutes since 1970-01-01T00:00 for a `YYYY-MM-DDTHH:MM` date-time (or a date, taken as midnight). */
export function toMinuteNumber(value: IsoDateTime | IsoDate): number {
  const m = DATE_TIME_RE.exec(value);
  if (m) {
    if (!isIsoDateTime(value)) throw new RangeError(`Not a valid date and time: "${value}"`);
    return toDayNumber(m[1] ?? '') * 1440 + Number(m[2]) * 60 + Number(m[3]);
  }
  return toDayNumber(value) * 1440;
}

export function fromMinuteNumber(minutes: number): IsoDateTime {
  const day = Math.floor(minutes / 1440);
  const rest = minutes - day * 1440;
  return `${fromDayNumber(day)}T${String(Math.floor(rest / 60)).padStart(2, '0')}:${String(rest % 60).padStart(2, '0')}`;
}

/** The date part of a date-time or date. */
export function datePart(value: IsoDateTime | IsoDate): IsoDate {
  return value.slice(0, 10);
}

/** "3 March 2025", as GOV.UK writes dates. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export function formatLongDate(date: IsoDate): string {
  const parts = tryParseIsoDate(date);
  if (!parts) return date;
  return `${parts.day} ${MONTHS[parts.month - 1] ?? ''} ${parts.year}`;
}

export function formatDateTime(value: IsoDateTime): string {
  const m = DATE_TIME_RE.exec(value);
  if (!m) return formatLongDate(value);
  const h = Number(m[2]);
  const suffix = h < 12 ? 'am' : 'pm';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${formatLongDate(m[1] ?? '')}, ${h12}:${m[3]}${suffix}`;
}
