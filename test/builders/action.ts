// Deterministic action register entries for tests: a practice action due at the end of June 2026, open, with no
// history; override what the test is about.
import type { ActionRecord } from '@/domain/actions';

export function actionRecord(over: Partial<ActionRecord> & { id: string }): ActionRecord {
  return {
    rev: 1,
    createdAt: '2026-05-10T10:00:00.000Z',
    updatedAt: '2026-05-10T10:00:00.000Z',
    what: 'Update the chronology',
    level: 'practice',
    ownerName: 'Jo Lee',
    ownerRole: 'Social worker',
    team: 'Pod 1',
    practitioner: 'Jo Lee',
    due: '2026-06-30',
    theme: '',
    auditIds: [],
    caseReferences: [],
    status: 'open',
    cancelledReason: '',
    reviews: [],
    completion: null,
    history: [],
    ...over,
  };
}
