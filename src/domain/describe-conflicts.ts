// What changed elsewhere, in words, for a write refused because someone changed the same field first.
import type { FieldConflict } from './merge';

const DETAILS: Record<string, string> = {
  caseReference: 'the case reference',
  team: 'the team',
  practitioner: 'the practitioner',
  csw: 'the CSW',
  auditor: 'the auditor',
  auditDate: 'the date of the audit',
  caseType: 'the case type',
  activity: 'the audit activity',
  programmeId: 'the programme',
  programmeEntryId: 'the programme activity',
};

const FIELDS: Record<string, string> = {
  answers: 'the answers',
  judgement: 'the judgement',
  judgementMode: 'how the area is judged',
  comments: 'the comments',
  overall: 'the overall judgement',
  actions: 'the actions',
  noFurtherAction: '"No further action"',
  visits: 'the visits',
  visitingRegime: 'the visiting rule',
  caseDates: 'the key dates',
  escalation: 'the escalation',
  acknowledgement: 'Part B',
  moderation: 'the practice audit review',
  notRequired: 'the timescales marked not required',
  visitingPlan: 'the frequency the plan set',
  follows: 'the earlier audit it follows',
  voice: 'the child and family voice',
  goodPractice: 'the good practice flag',
  disagreementResolution: 'the response to the Part B disagreement',
  status: 'the status',
  panel: 'the panel',
  sample: 'the sample',
  entries: 'the activities',
  title: 'the name',
};

const words = (id: string) => id.replace(/-/g, ' ');

/** A field of a record in words: "the team", "the answers to \"recording\"". */
export function fieldLabel(path: readonly string[]): string {
  const [top = '', second = ''] = path;
  if (top === 'details') return DETAILS[second] ?? words(second);
  if (top === 'sections') return `the answers to "${words(second)}"`;
  if (top === 'answers' && second) return `the answer to "${words(second)}"`;
  return FIELDS[top] ?? words(top);
}

/** "the team (now “Pod 4”); the answers to "recording"": each field changed elsewhere, once, with its new value when short. */
export function describeConflicts(conflicts: readonly FieldConflict[]): string {
  const seen = new Map<string, string>();
  for (const c of conflicts) {
    const name = fieldLabel(c.path);
    if (seen.has(name)) continue;
    const now = typeof c.theirs === 'string' && c.theirs.length <= 60 ? ` (now “${c.theirs}”)` : '';
    seen.set(name, `${name}${now}`);
  }
  return seen.size ? [...seen.values()].join('; ') : 'the whole record';
}
