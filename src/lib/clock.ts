// The one place the app reads the clock. The pure core takes time as an argument; pages take it from here.
import { formatIsoDate, type IsoDate } from '@/domain/calendar/iso-date';

/** Now, as an ISO 8601 instant (UTC), for history and record timestamps. */
export function nowInstant(): string {
  return new Date().toISOString();
}

/** Today's date where the user is, as `YYYY-MM-DD`. */
export function today(): IsoDate {
  const d = new Date();
  return formatIsoDate({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });
}

/** The local date of an instant, as `YYYY-MM-DD`: the day it was where the user is. */
export function localDateOf(instant: string): IsoDate {
  const d = new Date(instant);
  return formatIsoDate({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });
}

/** The local date and time of an instant, as `YYYY-MM-DDTHH:MM`: when it was where the user is. */
export function localDateTimeOf(instant: string): string {
  const d = new Date(instant);
  return `${localDateOf(instant)}T${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** Now where the user is, as `YYYY-MM-DDTHH:MM`. */
export function nowLocalDateTime(): string {
  return localDateTimeOf(nowInstant());
}
