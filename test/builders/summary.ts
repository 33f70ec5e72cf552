// Deterministic audit summaries for tests of lists and reports: a complete Good audit of May 2026 with every area
// judged; override what the test is about. Labelled: with the case reference and names a list shows.
import type { AuditSummary, LabelledSummary } from '@/domain/summary';

export function auditSummary(over: Partial<AuditSummary> & { id: string }): AuditSummary {
  const { caseReference, auditor, practitioner, csw, ...summary } = labelledSummary(over);
  void [caseReference, auditor, practitioner, csw];
  return summary;
}

export function labelledSummary(over: Partial<LabelledSummary> & { id: string }): LabelledSummary {
  return {
    caseReference: `CR-${over.id}`,
    auditor: 'Sam Patel',
    practitioner: 'Jo Lee',
    csw: 'Alex Morgan',
    rev: '1-test',
    status: 'complete',
    team: 'Pod 1',
    auditDate: '2026-05-10',
    caseType: 'child-in-need',
    activity: 'dip-sampling',
    overallGrade: 'good',
    escalation: 'none',
    escalationFollowUp: 'none',
    sectionsCompleted: 12,
    sectionsTotal: 12,
    actionCount: 1,
    acknowledgement: 'accepted',
    disagreementOpen: false,
    moderatedGrade: 'none',
    moderationAuditorGrade: 'none',
    moderationRoundId: '',
    programmeId: '',
    programmeEntryId: '',
    areaJudgements: 'mmmGGGGGGG',
    timescalesMet: 0,
    timescalesMissed: 0,
    templateId: 'case-file-quality-audit',
    templateVersion: 1,
    goodPracticeRoutes: [],
    followsAuditId: '',
    followsBasis: '',
    followsAuditDate: '',
    updatedAt: '2026-05-10T10:00:00.000Z',
    ...over,
  };
}
