// A date typed as day, month and year (the GOV.UK date input), checked with GOV.UK's error messages. The fields are
// kept as typed so nothing is lost; only a complete, real date becomes a `YYYY-MM-DD` string.
import { formatIsoDate, tryParseIsoDate, type IsoDate } from './iso-date';

export interface DateFields {
  day: string;
  month: string;
  year: string;
}

export const EMPTY_DATE_FIELDS: DateFields = { day: '', month: '', year: '' };

export function dateFieldsFromIso(iso: IsoDate | undefined): DateFields {
  const p = iso ? tryParseIsoDate(iso) : null;
  return p ? { day: String(p.day), month: String(p.month), year: String(p.year) } : { ...EMPTY_DATE_FIELDS };
}

export function isBlankDate(f: DateFields): boolean {
  return !f.day.trim() && !f.month.trim() && !f.year.trim();
}

export type DateCheck = { ok: true; date: IsoDate } | { ok: false; message: string; field: keyof DateFields | 'all' };

export interface DateRules {
  /** The latest date allowed, usually today. */
  notAfter?: IsoDate | undefined;
  notAfterMessage?: string | undefined;
  notBefore?: IsoDate | undefined;
  notBeforeMessage?: string | undefined;
}

/** Checks a typed date. `label` starts the message, as GOV.UK does: "Date of audit must be a real date". */
export function checkDateFields(label: string, f: DateFields, rules: DateRules = {}): DateCheck {
  const day = f.day.trim();
  const month = f.month.trim();
  const year = f.year.trim();
  if (!day && !month && !year) return { ok: false, field: 'all', message: `Enter ${label.charAt(0).toLowerCase()}${label.slice(1)}` };
  const missing = (['day', 'month', 'year'] as const).filter((k) => !f[k].trim());
  if (missing.length) return { ok: false, field: missing[0] ?? 'all', message: `${label} must include a ${missing.join(' and ')}` };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return { ok: false, field: 'all', message: `${label} must be a real date` };
  const iso = formatIsoDate({ year: Number(year), month: Number(month), day: Number(day) });
  if (!tryParseIsoDate(iso)) return { ok: false, field: 'all', message: `${label} must be a real date` };
  if (Number(year) < 1900) return { ok: false, field: 'year', message: `${label} must be after 1900` };
  if (rules.notAfter && iso > rules.notAfter) return { ok: false, field: 'all', message: rules.notAfterMessage ?? `${label} must be today or in the past` };
  if (rules.notBefore && iso < rules.notBefore)
    return { ok: false, field: 'all', message: rules.notBeforeMessage ?? `${label} must be on or after ${rules.notBefore}` };
  return { ok: true, date: iso };
}

/** A date (and, for events timed to the hour, a time) as typed into a GOV.UK date input. */
export interface TypedDateTime extends DateFields {
  time: string;
}

const pad = (v: string) => (/^\d$/.test(v.trim()) ? `0${v.trim()}` : v.trim());

/**
 * The stored text of a typed date: `YYYY-MM-DD`, with `THH:MM` when a time is given, single digits padded. Whatever
 * was typed is kept, even when it is no real date ("2025-02-31", "-03-15"), so that it is refused with a message
 * rather than dropped. Nothing typed gives ''.
 */
export function typedToStored(f: TypedDateTime): string {
  if (![f.day, f.month, f.year, f.time].some((v) => v.trim())) return '';
  const date = `${f.year.trim()}-${pad(f.month)}-${pad(f.day)}`;
  return f.time.trim() ? `${date}T${f.time.trim()}` : date;
}

/** The typed parts of a stored date: the inverse of typedToStored. */
export function storedToTyped(value: string): TypedDateTime {
  const [date = '', time = ''] = value.split('T');
  const [year = '', month = '', day = ''] = date.split('-');
  return { day, month, year, time };
}
