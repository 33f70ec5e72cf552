// Deleting audits under the retention period (issue "Protecting children's personal data", point 5): all or nothing,
// with the actions raised only in them, and recorded in the workspace's history without their content.
import { beforeEach, describe, expect, it } from 'vitest';
import { selectDatabase, type WorkbenchDb } from '@/storage/db';
import { openDatabase } from '@/storage/open';
import { addAction, addAudit, deleteAudits, StaleWriteError, writeAudit } from '@/storage/write';
import { allActions, allDeletions, allSummaries, getAudits } from '@/storage/read';
import { deletionRecord } from '@/domain/retention';
import { newAction } from '@/domain/actions';
import { AUDITOR, newAudit } from '../builders/audit';

let n = 0;
let d: WorkbenchDb;
beforeEach(async () => {
  n += 1;
  d = await openDatabase(selectDatabase(`retention-${n}`));
});

const action = (id: string, auditIds: string[]) => (now: string) => ({
  ...newAction(
    id,
    { what: 'Update the plan', level: 'service', ownerName: 'Jo Lee', ownerRole: 'SW', team: 'Pod 3', practitioner: '', due: '2025-04-01', theme: '' },
    AUDITOR,
    now,
  ),
  auditIds,
});

describe('deleting audits under the retention period', () => {
  it('deletes them, their summaries and the actions raised only in them, and records the deletion without their content', async () => {
    await addAudit(() => newAudit({ caseReference: 'OLD-1', auditDate: '2020-01-10' }, 'old-1'));
    await addAudit(() => newAudit({ caseReference: 'OLD-2', auditDate: '2020-02-10' }, 'old-2'));
    await addAudit(() => newAudit({ caseReference: 'NEW-1', auditDate: '2025-02-10' }, 'new-1'));
    await addAction(action('only-old', ['old-1']));
    await addAction(action('shared', ['old-2', 'new-1']));
    const record = await deleteAudits(await getAudits(['old-1', 'old-2']), (now, actions) =>
      deletionRecord('del-1', ['old-1', 'old-2'], actions, 'Dated before 1 December 2023 (older than 3 years)', AUDITOR, now),
    );
    expect(record.actions).toBe(1);
    expect((await allSummaries()).map((s) => s.id)).toEqual(['new-1']);
    expect(await d.audits.count()).toBe(1);
    expect((await allActions()).map((a) => a.id)).toEqual(['shared']);
    const [recorded] = await allDeletions();
    expect(recorded).toEqual({
      id: 'del-1',
      at: expect.any(String) as unknown,
      by: AUDITOR,
      rule: 'Dated before 1 December 2023 (older than 3 years)',
      auditIds: ['old-1', 'old-2'],
      actions: 1,
    });
    expect(JSON.stringify(recorded)).not.toContain('OLD-');
  });

  it('is all or nothing: if one of them changed since it was listed, none is deleted and nothing is recorded', async () => {
    await addAudit(() => newAudit({ auditDate: '2020-01-10' }, 'old-1'));
    await addAudit(() => newAudit({ auditDate: '2020-02-10' }, 'old-2'));
    const listed = await getAudits(['old-1', 'old-2']);
    await writeAudit(listed[1]!, (a, now) => ({ ...a, updatedAt: now, visitingRegime: 'changed' }));
    await expect(deleteAudits(listed, (now) => deletionRecord('del-1', ['old-1', 'old-2'], 0, 'rule', AUDITOR, now))).rejects.toThrow(StaleWriteError);
    expect(await d.audits.count()).toBe(2);
    expect(await allDeletions()).toEqual([]);
  });
});
