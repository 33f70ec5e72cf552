// Seeds a workspace with completed audits, written straight into the app's IndexedDB from the page, for tests that
// need many audits (the audit journey itself is tested through the pages elsewhere).
import type { Page } from 'playwright-core';
import { acknowledge, submitPartA, type Audit } from '@/domain/audit';
import type { Grade } from '@/domain/grade';
import { monthsOf, summariesOf } from '@/storage/projections';
import { labelsOf } from '@/domain/summary';
import { AUDITOR, CSW, completedPartA } from '../builders/audit';

export function completedAudits(grades: Grade[]): Audit[] {
  const auditors = ['Sam Patel', 'Robin Shah', 'Kim Osei'];
  return grades.map((grade, i) => {
    const draft = completedPartA(grade, {
      caseReference: `MOD-${String(i + 1).padStart(3, '0')}`,
      team: `Pod ${1 + (i % 3)}`,
      auditor: auditors[i % 3] ?? 'Sam Patel',
      auditDate: `2025-0${1 + (i % 3)}-${String(10 + (i % 15)).padStart(2, '0')}`,
    });
    const audit = { ...draft, id: `seeded-${i + 1}` };
    return acknowledge(
      submitPartA(audit, AUDITOR, '2025-04-01T09:00:00.000Z'),
      { outcome: i === 5 ? 'disagreed' : 'accepted', reasons: i === 5 ? 'Planning is better than graded' : undefined },
      CSW,
      '2025-04-02T09:00:00.000Z',
    );
  });
}

export async function seedAudits(page: Page, audits: Audit[]): Promise<void> {
  const records = audits.map((a) => ({ ...a, rev: `1-${a.id.replace(/[^0-9a-z]/g, '')}` }));
  const months = monthsOf(summariesOf(records).summaries, new Map(records.map((a) => [a.id, labelsOf(a)])));
  await page.evaluate(
    ([audits, months]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('audit-workbench');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['audits', 'summaryMonths'], 'readwrite');
          for (const a of audits) tx.objectStore('audits').put(a);
          for (const m of months) tx.objectStore('summaryMonths').put(m);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [records, months] as const,
  );
}

/** Puts records straight into a table of the workspace, as a page would have written them. */
export async function seedRecords(page: Page, table: string, records: readonly object[]): Promise<void> {
  await page.evaluate(
    ([table, records]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('audit-workbench');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(table, 'readwrite');
          for (const r of records) tx.objectStore(table).put(r);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [table, records] as const,
  );
}
