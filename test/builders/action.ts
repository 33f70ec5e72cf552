// Deterministic action register entries for tests: a practice action due at the end of June 2026, open, with no
// history; override what the test is about.
import { newAction, type ActionRecord } from '@/domain/actions';
import { AUDITOR } from './audit';

const RAISED = '2026-05-10T10:00:00.000Z';

export function actionRecord(over: Partial<ActionRecord> & { id: string }): ActionRecord {
  const input = {
    what: 'Update the chronology',
    level: 'practice' as const,
    ownerName: 'Jo Lee',
    ownerRole: 'Social worker',
    team: 'Pod 1',
    practitioner: 'Jo Lee',
    due: '2026-06-30',
    theme: '',
  };
  return { ...newAction(over.id, input, AUDITOR, RAISED), rev: '1-test', history: [], ...over };
}
