// Reading the list of case records a case management system gives (pasted from its report, comma or tab separated):
// case reference, case type, team, date, theme, by the header row's names when there is one, else in that order.
import Papa from 'papaparse';
import { isIsoDate } from '@/domain/calendar/iso-date';
import { CASE_TYPES, CASE_TYPE_LABELS, type CaseType } from '@/domain/template';
import type { CaseRecord } from '@/domain/selection';

const COLUMNS: { key: keyof CaseRecord; header: RegExp }[] = [
  { key: 'caseReference', header: /ref|case ?(id|number|no)|child ?id/i },
  { key: 'caseType', header: /type|category|status/i },
  { key: 'team', header: /team|service/i },
  { key: 'date', header: /date|opened|referral|contact/i },
  { key: 'theme', header: /theme|reason|focus|concern|note/i },
];

const CASE_TYPE_WORDS: Record<string, CaseType> = {
  ...Object.fromEntries(CASE_TYPES.map((t) => [CASE_TYPE_LABELS[t].toLowerCase(), t])),
  ...Object.fromEntries(CASE_TYPES.map((t) => [t, t])),
  cin: 'child-in-need',
  cp: 'child-protection',
  cpp: 'child-protection',
  cla: 'looked-after',
  lac: 'looked-after',
  'child looked after': 'looked-after',
  'children looked after': 'looked-after',
  'care leavers': 'care-leaver',
};

/** 2025-03-10 or 10/03/2025 as `YYYY-MM-DD`; null when it is neither. */
function dateOf(text: string): string | null {
  const t = text.trim();
  if (isIsoDate(t)) return t;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (!m) return null;
  const iso = `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

export function readCaseList(text: string): { records: CaseRecord[]; problems: string[] } {
  const rows = Papa.parse<string[]>(text.trim(), { skipEmptyLines: 'greedy' }).data.map((r) => r.map((c) => c.trim()));
  const first = rows[0] ?? [];
  const hasHeader = first.some((c) => COLUMNS[0]?.header.test(c)) && !first.some((c) => dateOf(c));
  const at: Partial<Record<keyof CaseRecord, number>> = {};
  if (hasHeader) {
    for (const { key, header } of COLUMNS) {
      const i = first.findIndex((c, index) => header.test(c) && !Object.values(at).includes(index));
      if (i >= 0) at[key] = i;
    }
  } else COLUMNS.forEach(({ key }, i) => (at[key] = i));
  const cell = (row: string[], key: keyof CaseRecord) => (at[key] === undefined ? '' : (row[at[key]] ?? ''));
  const problems: string[] = [];
  const seen = new Set<string>();
  const records: CaseRecord[] = [];
  (hasHeader ? rows.slice(1) : rows).forEach((row, i) => {
    const line = i + (hasHeader ? 2 : 1);
    const caseReference = cell(row, 'caseReference');
    if (!caseReference) return problems.push(`Line ${line} has no case reference`);
    if (seen.has(caseReference)) return problems.push(`Line ${line}: ${caseReference} is listed twice; the first is kept`);
    seen.add(caseReference);
    const typeText = cell(row, 'caseType');
    const caseType = CASE_TYPE_WORDS[typeText.toLowerCase()] ?? '';
    if (typeText && !caseType)
      problems.push(`Line ${line}: the case type "${typeText}" is not one this app knows, so ${caseReference} matches only when no case type is chosen`);
    const dateText = cell(row, 'date');
    const date = dateText ? dateOf(dateText) : '';
    if (date === null) problems.push(`Line ${line}: the date "${dateText}" is not a date like 10/03/2025, so ${caseReference} is outside any date window`);
    records.push({ caseReference, caseType, team: cell(row, 'team'), date: date ?? '', theme: cell(row, 'theme') });
    return undefined;
  });
  return { records, problems };
}
