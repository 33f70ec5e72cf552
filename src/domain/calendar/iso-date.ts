// Calendar dates as `YYYY-MM-DD` strings, and date-times as `YYYY-MM-DDTHH:MM`, both in local (UK) time as a
// case record shows them. Arithmetic goes through a day number (days since 1970-01-01) computed with Date.UTC, so no
// time zone or daylight saving shift can move a date. Never `new Date('YYYY-MM-DD')`.

export type IsoDate = string;
export type IsoDateTime = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

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

// Day numbers are computed often (10,000 cases × every rule for the overview), so both directions use integer
// arithmetic (the proleptic Gregorian calendar, after Howard Hinnant's days_from_civil) and remember recent answers.
const dayNumberCache = new Map<string, number>();
const CACHE_LIMIT = 50_000;

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function toDayNumber(date: IsoDate): number {
  const cached = dayNumberCache.get(date);
  if (cached !== undefined) return cached;
  const { year, month, day } = parseIsoDate(date);
  const n = daysFromCivil(year, month, day);
  if (dayNumberCache.size >= CACHE_LIMIT) dayNumberCache.clear();
  dayNumberCache.set(date, n);
  return n;
}

const isoCache = new Map<number, IsoDate>();

export function fromDayNumber(dayNumber: number): IsoDate {
  const cached = isoCache.get(dayNumber);
  if (cached !== undefined) return cached;
  const iso = civilFromDays(dayNumber);
  if (isoCache.size >= CACHE_LIMIT) isoCache.clear();
  isoCache.set(dayNumber, iso);
  return iso;
}

function civilFromDays(dayNumber: number): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return formatIsoDate({ year, month, day });
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/** A date after any an audit can have: the open end of "from this date on". */
export const LATEST_DATE: IsoDate = '9999-12-31';

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

/** Hours and minutes of a `YYYY-MM-DDTHH:MM` value with a real date, or null. */
function timeParts(value: string): { date: IsoDate; hours: number; minutes: number } | null {
  if (value.length !== 16 || !DATE_TIME_RE.test(value)) return null;
  const date = value.slice(0, 10);
  const hours = Number(value.slice(11, 13));
  const minutes = Number(value.slice(14, 16));
  if (hours > 23 || minutes > 59 || (!dayNumberCache.has(date) && tryParseIsoDate(date) === null)) return null;
  return { date, hours, minutes };
}

export function isIsoDateTime(value: unknown): value is IsoDateTime {
  return typeof value === 'string' && timeParts(value) !== null;
}

/** Minutes since 1970-01-01T00:00 for a `YYYY-MM-DDTHH:MM` date-time (or a date, taken as midnight). */
export function toMinuteNumber(value: IsoDateTime | IsoDate): number {
  if (value.length === 10) return toDayNumber(value) * 1440;
  const t = timeParts(value);
  if (!t) throw new RangeError(`Not a valid date and time: "${value}"`);
  return toDayNumber(t.date) * 1440 + t.hours * 60 + t.minutes;
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

/** "March 2025" for `2025-03`. */
export function formatMonth(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const name = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && name ? `${name} ${m[1]}` : month;
}

export function formatDateTime(value: IsoDateTime): string {
  const m = DATE_TIME_RE.exec(value);
  if (!m) return formatLongDate(value);
  const h = Number(m[2]);
  const suffix = h < 12 ? 'am' : 'pm';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${formatLongDate(m[1] ?? '')}, ${h12}:${m[3]}${suffix}`;
}
