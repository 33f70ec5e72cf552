// The example workspace: a few hundred made-up audits of four teams over the year before `today`, with their Part B,
// the actions they raised, an escalation where one was due, a moderation round with reviews, and the year's auditing
// programme, so that a newcomer sees every page working at once. Generated from a fixed seed: the same day gives the
// same workspace. Every name is plainly invented and every case reference starts EX-.
import { acknowledge, createAudit, type Audit } from './audit';
import type { Author } from './author';
import { addDays, type IsoDate } from './calendar/iso-date';
import { partASections } from './completeness';
import { GRADES, type Grade } from './grade';
import { recordModeration, newRound, moderationPopulation, type ModerationRound } from './moderation';
import { newPerson, type Person } from './person';
import { newProgramme, programmeYearOf, type AuditProgramme } from './programme';
import { createRandom } from './random';
import { submitAuditPartA } from './submission';
import { summarizeAudit } from './summary';
import { questionOptions, type AuditActivity, type AuditTemplate, type CaseType } from './template';
import type { TimescalePolicy } from './policy';
import type { ActionRecord } from './actions';
import { followEarlierAudit } from './improvement';

export interface ExampleWorkspace {
  people: Person[];
  audits: Audit[];
  actions: ActionRecord[];
  rounds: ModerationRound[];
  programmes: AuditProgramme[];
  /** Who is working when the example opens. */
  currentPersonId: string;
}

const TEAMS = ['Example Pod North', 'Example Pod South', 'Example Assessment Team', 'Example Children in Care Team'];
const AUDITORS = ['Ava Example', 'Ben Sample', 'Cara Demo', 'Dev Specimen'];
const PRACTITIONERS = ['Eli Example', 'Fay Sample', 'Gus Demo', 'Hana Specimen', 'Ira Example', 'Jon Sample'];
const CSWS = ['Kim Example (CSW)', 'Lou Sample (CSW)'];
const CASE_TYPES: CaseType[] = ['child-in-need', 'child-protection', 'looked-after', 'care-leaver'];
const ACTIVITIES: AuditActivity[] = ['dip-sampling', 'dip-sampling', 'dip-sampling', 'thematic', 'front-door'];
const SENTENCES = [
  'Seen on the record and discussed with the practitioner.',
  'The record shows this clearly, with dates.',
  'Partly recorded: the practitioner explained what was missing.',
  'Not found on the record at the time of the audit.',
  'Discussed in supervision; the plan reflects it.',
];
// Area grades lean to Good, as most audits do.
const GRADE_WEIGHTS: [Grade, number][] = [
  ['outstanding', 0.08],
  ['good', 0.52],
  ['requires-improvement', 0.3],
  ['inadequate', 0.1],
];

export function exampleWorkspace(template: AuditTemplate, policy: TimescalePolicy, today: IsoDate, now: string, count = 240): ExampleWorkspace {
  const random = createRandom(`example-${today}`);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const grade = (): Grade => {
    let r = random();
    for (const [g, w] of GRADE_WEIGHTS) if ((r -= w) < 0) return g;
    return 'good';
  };
  const head = newPerson('example-head-of-qa', { name: 'Quinn Example', designation: 'Head of Quality Assurance' }, now);
  const people = [head, ...AUDITORS.map((name, i) => newPerson(`example-auditor-${i + 1}`, { name, designation: 'Auditor' }, now))];
  const by: Author = { name: head.name, designation: head.designation };

  const audits: Audit[] = [];
  const actions: ActionRecord[] = [];
  // Every tenth of the newer half of the audits is of the case audited about six months before it (below).
  const reAudits = (i: number) => (i < count / 2 && i % 10 === 0 ? i + Math.floor(count / 2) : i);
  const practitioners = Array.from({ length: count }, () => pick(PRACTITIONERS));
  for (let i = 0; i < count; i += 1) {
    const auditDate = addDays(today, -1 - Math.floor((i * 364) / count));
    const at = `${auditDate}T10:00:00.000Z`;
    const auditor: Author = { name: pick(AUDITORS), designation: 'Auditor' };
    let audit = createAudit({
      id: `example-audit-${String(i + 1).padStart(3, '0')}`,
      now: at,
      by: auditor,
      details: {
        caseReference: `EX-${String(1000 + reAudits(i))}`,
        team: pick(TEAMS),
        practitioner: practitioners[reAudits(i)] ?? 'Eli Example',
        csw: pick(CSWS),
        auditor: auditor.name,
        auditDate,
        caseType: pick(CASE_TYPES),
        activity: pick(ACTIVITIES),
      },
      template: { id: template.id, version: template.version },
      policy: { id: policy.id, version: policy.version },
    });
    const level = grade();
    for (const section of partASections(template)) {
      const answers: Record<string, string> = {};
      for (const q of section.questions) answers[q.id] = q.type === 'radios' ? (questionOptions(template, q)[0]?.value ?? '') : pick(SENTENCES);
      if ('is-the-child-safe' in answers) answers['is-the-child-safe'] = level === 'inadequate' && random() < 0.3 ? 'no' : 'yes';
      if ('immediate-safeguarding-concern' in answers) answers['immediate-safeguarding-concern'] = 'no';
      if ('significant-recording-issues' in answers) answers['significant-recording-issues'] = 'no';
      // Each area near the audit's level: the same, or one grade either side now and then.
      const near = GRADES[Math.min(3, Math.max(0, GRADES.indexOf(level) + (random() < 0.2 ? 1 : random() < 0.2 ? -1 : 0)))] ?? level;
      if (section.kind === 'compliance')
        audit.sections[section.id] = {
          answers,
          judgementMode: 'compliance',
          judgement: random() < 0.75 ? 'met' : random() < 0.7 ? 'partly-met' : 'not-met',
          comments: pick(SENTENCES),
        };
      else if (section.kind === 'evaluative') audit.sections[section.id] = { answers, judgement: near, comments: pick(SENTENCES) };
      else audit.sections[section.id] = { answers };
    }
    audit.overall = { acceptSuggestion: true };
    const due = addDays(auditDate, 28);
    audit.actions = [
      {
        id: `${audit.id}-action-1`,
        what: pick([
          'Update the chronology',
          'Record the child’s views in the plan',
          'Hold a core group before the review',
          'Complete the direct work session',
        ]),
        ownerName: audit.details.practitioner,
        ownerRole: 'Social worker',
        due: { day: String(Number(due.slice(8, 10))), month: String(Number(due.slice(5, 7))), year: due.slice(0, 4) },
      },
    ];
    const stage = random();
    if (stage < 0.12) {
      audits.push(audit);
      continue;
    }
    const submitted = submitAuditPartA(template, audit, auditor, `${auditDate}T15:00:00.000Z`);
    audit = submitted.audit;
    actions.push(
      ...submitted.raised.map((a) =>
        a.due < today && random() < 0.6
          ? {
              ...a,
              status: 'completed' as const,
              completion: { date: a.due, evidence: 'Seen on the record', impact: 'The plan is up to date' },
            }
          : a,
      ),
    );
    if (stage > 0.25) {
      const disagreed = random() < 0.08;
      audit = acknowledge(
        audit,
        { outcome: disagreed ? 'disagreed' : 'accepted', reasons: disagreed ? 'The plan was better than the grade says' : undefined },
        { name: audit.details.csw, designation: 'Consultant social worker' },
        `${addDays(auditDate, 3)}T11:00:00.000Z`,
      );
    }
    audits.push(audit);
  }

  // A re-audit follows the earlier audit of its case: the overview shows improvement over time, and the earlier audits'
  // completed actions confirmed where the grade rose or held at Good or better.
  for (let newer = 0; newer < count; newer += 1) {
    const earlier = audits[reAudits(newer)];
    const later = audits[newer];
    if (later && earlier && earlier !== later)
      audits[newer] = followEarlierAudit(later, { id: earlier.id, auditDate: earlier.details.auditDate }, 'case', by, now);
  }

  // A moderation round over the last full quarter of audits, with half its sample reviewed.
  const summaries = audits.map((a) => summarizeAudit(template, a, policy));
  const periodFrom = addDays(today, -120);
  const periodTo = addDays(today, -30);
  const filter = { from: periodFrom, to: periodTo, activity: '', team: '', programmeId: '' };
  const round = newRound(
    {
      id: 'example-round-1',
      title: 'Example moderation round',
      periodFrom,
      periodTo,
      activity: '',
      team: '',
      programmeId: '',
      blind: false,
      seed: `example-${today}`,
      minFraction: 0.1,
    },
    moderationPopulation(summaries, filter),
    now,
    by,
  );
  round.sample.forEach((s, i) => {
    if (i % 2 === 1) return;
    const index = audits.findIndex((a) => a.id === s.auditId);
    const audit = audits[index];
    const auditorGrade = summaries[index]?.overallGrade;
    if (!audit || !auditorGrade || auditorGrade === 'none') return;
    const moderatedGrade = i % 6 === 0 ? (GRADES[Math.min(3, GRADES.indexOf(auditorGrade) + 1)] ?? auditorGrade) : auditorGrade;
    audits[index] = recordModeration(
      template,
      audit,
      round,
      {
        attendees: [],
        otherAttendees: 'Quinn Example (chair)',
        processAndOutcome: 'Discussed with the auditor and the practitioner',
        strengths: 'Warm, direct work with the child',
        learningIndividual: moderatedGrade === auditorGrade ? '' : 'Record the reasons for decisions',
        learningTeam: 'Share the chronology template',
        learningOrganisation: '',
        familyFeedback: '',
        followUp: '',
        blind: false,
        moderatedGrade,
        rationale: moderatedGrade === auditorGrade ? '' : 'Planning did not reflect the child’s needs',
      },
      by,
      now,
    );
  });

  let entry = 0;
  const programme = newProgramme(
    { id: 'example-programme', title: 'Example auditing programme', startYear: programmeYearOf(today), fromTimetable: true },
    () => `example-entry-${(entry += 1)}`,
    now,
    by,
  );
  return { people, audits, actions, rounds: [round], programmes: [programme], currentPersonId: head.id };
}
