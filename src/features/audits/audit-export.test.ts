// Issue 12, "Exports that drop nothing": every value entered in an audit is found in its export, read back.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { acknowledge, type Audit } from '@/domain/audit';
import { submitAuditPartA } from '@/domain/submission';
import { recordEscalation } from '@/domain/escalation';
import { recordModeration } from '@/domain/moderation';
import { recordVoice } from '@/domain/voice';
import { questionOptions } from '@/domain/template';
import { getAuditTemplate, latestAuditTemplate } from '@/templates/registry';
import { AUDITOR, completedPartA, CSW, NOW } from '@test/builders/audit';
import { reviewInput } from '@test/builders/round';
import { actionRecord } from '@test/builders/action';
import { auditsCsv, auditsJson } from './audit-export';

/** An audit with something typed in every place an auditor, a CSW and a panel can type: each value distinct. */
function everythingEntered(): Audit {
  const t = latestAuditTemplate();
  let audit = completedPartA('inadequate', {
    caseReference: 'CR-Ní-Bhriain-7',
    team: 'Pod “North”',
    practitioner: 'Jo Lee',
    csw: 'Alex Morgan',
    auditor: 'Sam Patel',
  });
  let n = 0;
  for (const [id, s] of Object.entries(audit.sections)) {
    for (const q of Object.keys(s.answers)) {
      const question = t.parts
        .flatMap((p) => p.sections)
        .find((x) => x.id === id)
        ?.questions.find((x) => x.id === q);
      if (question && question.type !== 'radios') s.answers[q] = `Answer ${(n += 1)} in ${id}/${q}, with a comma, "quotes" and\na second line`;
    }
    if (s.comments !== undefined) s.comments = `=Comment ${(n += 1)} on ${id}`;
  }
  audit.caseDates = { referral: ['2025-01-06'], 'assessment-start': ['2025-01-07'] };
  audit.visitingRegime = 'Every 10 working days, agreed in supervision';
  audit.visits = [
    {
      id: 'v1',
      date: '2025-02-03',
      seenAlone: 'no',
      notSeenAloneReason: 'Child asleep, seen with carer',
      announced: 'unannounced',
      seenAwake: '',
      bedroomSeen: 'yes',
      recordedOn: '',
    },
  ];
  audit.overall = { acceptSuggestion: false, grade: 'inadequate', rationale: 'Planning and visiting both fell short' };
  audit = submitAuditPartA(t, audit, AUDITOR, NOW).audit;
  audit = recordEscalation(audit, { notifiedName: 'Rae Senior', notifiedRole: 'Head of Service', notifiedAt: '2025-03-10T15:00' }, AUDITOR, NOW);
  audit = acknowledge(audit, { outcome: 'disagreed', reasons: 'Planning was better than graded' }, CSW, NOW);
  audit = recordModeration(
    t,
    audit,
    { id: 'round-1', title: 'Quarter 1', blind: false },
    reviewInput({
      moderatedGrade: 'requires-improvement',
      rationale: 'The plan was reviewed in time',
      otherAttendees: 'Lee Chair',
      strengths: 'Direct work with the child',
      learningIndividual: 'Record visits within 24 hours',
      learningTeam: 'Team learning note',
      learningOrganisation: 'Organisation learning note',
      familyFeedback: 'Mother felt listened to',
      followUp: 'Follow-up in three months',
    }),
    AUDITOR,
    NOW,
  );
  audit = recordVoice(
    audit,
    {
      ways: ['child', 'form'],
      notGatheredReason: '',
      said: 'Ava said her worker listens',
      reflected: 'Contact with her nan is in the plan',
      participants: ['practitioner'],
      otherParticipants: 'IRO Dee',
      reflections: 'Would involve dad sooner',
    },
    AUDITOR,
    NOW,
  );
  return audit;
}

/** What a person entered, as the export should show it: free text as typed, choices by their labels. */
function enteredValues(audit: Audit): string[] {
  const t = getAuditTemplate(audit.templateId, audit.templateVersion);
  const d = audit.details;
  const values = [d.caseReference, d.team, d.practitioner, d.csw, d.auditor, d.auditDate, audit.visitingRegime, audit.overall.rationale ?? ''];
  for (const part of t.parts)
    for (const section of part.sections) {
      const s = audit.sections[section.id];
      if (!s) continue;
      for (const q of section.questions) {
        const a = s.answers[q.id];
        if (!a) continue;
        values.push(q.type === 'radios' ? (questionOptions(t, q).find((o) => o.value === a)?.label ?? a) : a);
      }
      if (s.comments) values.push(s.comments);
    }
  for (const a of audit.actions) values.push(a.what, a.ownerName, a.ownerRole);
  for (const v of audit.visits) values.push(v.date, v.notSeenAloneReason);
  values.push(...Object.values(audit.caseDates).flat());
  values.push(audit.acknowledgement?.reasons ?? '', audit.escalation?.notifiedName ?? '', audit.escalation?.notifiedRole ?? '');
  const m = audit.moderation;
  if (m) values.push(m.rationale, m.otherAttendees, m.strengths, m.learningIndividual, m.learningTeam, m.learningOrganisation, m.familyFeedback, m.followUp);
  const v = audit.voice;
  if (v) values.push(v.said, v.reflected, v.otherParticipants, v.reflections, v.notGatheredReason);
  for (const h of audit.history) values.push(h.detail);
  return values.filter((v) => v.trim() !== '');
}

describe('exporting audits', () => {
  it('CSV: every value entered is found in the file read back, a row a value, formulas neutralised', () => {
    const audit = everythingEntered();
    const rows = Papa.parse<Record<string, string>>(auditsCsv([audit]), { header: true }).data;
    const cells = rows.map((r) => r.Value ?? '');
    const missing = enteredValues(audit).filter((v) => !cells.some((c) => c === v || c === `'${v}` || c.includes(v)));
    expect(missing).toEqual([]);
    expect(rows.every((r) => r['Audit id'] === audit.id && r['Case reference'] === 'CR-Ní-Bhriain-7')).toBe(true);
    expect(cells.some((c) => c.startsWith("'=Comment"))).toBe(true);
    expect(rows.find((r) => r.Item === 'Moderated grade')?.Value).toBe('Requires Improvement');
  });

  it('JSON: the records themselves, with their actions, give back every value', () => {
    const audit = everythingEntered();
    const action = actionRecord({ id: 'act-1', auditIds: [audit.id] });
    const parsed = JSON.parse(auditsJson([audit], [action], 'Inadequate, Pod “North”', NOW)) as { audits: Audit[]; actions: unknown[]; filter: string };
    expect(parsed.audits).toEqual([audit]);
    expect(parsed.actions).toEqual([action]);
    expect(parsed.filter).toBe('Inadequate, Pod “North”');
  });
});
