// Deterministic builders for audits in tests: fixed ids and times, every section answered as a careful auditor would.
import { createAudit, type Audit, type AuditDetails } from '@/domain/audit';
import type { Author } from '@/domain/author';
import type { Grade } from '@/domain/grade';
import { latestAuditTemplate } from '@/templates/registry';
import { partASections } from '@/domain/completeness';
import { questionOptions } from '@/domain/template';

export const AUDITOR: Author = { name: 'Sam Patel', designation: 'Team manager' };
export const CSW: Author = { name: 'Alex Morgan', designation: 'Consultant social worker' };
export const NOW = '2025-03-10T10:00:00.000Z';

export function details(overrides: Partial<AuditDetails> = {}): AuditDetails {
  return {
    caseReference: 'CR-10001',
    team: 'Pod 3',
    practitioner: 'Jo Lee',
    csw: CSW.name,
    auditor: AUDITOR.name,
    auditDate: '2025-03-10',
    caseType: 'child-in-need',
    activity: 'dip-sampling',
    ageBand: '',
    programmeId: '',
    programmeEntryId: '',
    ...overrides,
  };
}

export function newAudit(overrides: Partial<AuditDetails> = {}, id = 'audit-1'): Audit {
  const t = latestAuditTemplate();
  return createAudit({ id, now: NOW, by: AUDITOR, details: details(overrides), template: t, policy: { id: 'auditor-guidance', version: 1 } });
}

/** An audit with every Part A section answered: each graded area given `grade`, one action, the child safe. */
export function completedPartA(grade: Grade = 'good', overrides: Partial<AuditDetails> = {}): Audit {
  const t = latestAuditTemplate();
  const audit = newAudit(overrides);
  for (const section of partASections(t)) {
    const answers: Record<string, string> = {};
    for (const q of section.questions) {
      if (q.type === 'radios') answers[q.id] = questionOptions(t, q)[0]?.value ?? '';
      else answers[q.id] = 'Seen on the record and discussed with the practitioner.';
    }
    answers['is-the-child-safe'] = 'yes';
    answers['immediate-safeguarding-concern'] = 'no';
    answers['significant-recording-issues'] = 'no';
    if (section.kind === 'compliance') audit.sections[section.id] = { answers, judgementMode: 'compliance', judgement: 'met', comments: 'All recorded.' };
    else if (section.kind === 'evaluative') audit.sections[section.id] = { answers, judgement: grade, comments: 'Evidence seen.' };
    else audit.sections[section.id] = { answers };
  }
  audit.overall = { acceptSuggestion: true };
  audit.actions = [
    {
      id: 'action-1',
      what: 'Update the chronology by the end of the month',
      ownerName: 'Jo Lee',
      ownerRole: 'Social worker',
      due: { day: '31', month: '3', year: '2025' },
    },
  ];
  return audit;
}

/** An audit as shape 1 stored it: without the fields added since (records/audits.ts, auditsGainEveryField). */
export function asShape1(audit: Audit): Record<string, unknown> & { id: string } {
  const { notRequired: _n, visitingPlan: _v, moderation: _m, disagreementResolution: _d, goodPractice: _g, voice: _o, follows: _f, ...shape1 } = audit;
  return shape1;
}
