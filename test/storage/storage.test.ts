import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { db, selectDatabase, type SummaryMonth, type WorkbenchDb } from '@/storage/db';
import { OtherVersionError, rebuildSummaries, summariesAreCurrent, summariesBetween, summariesByIds } from '@/storage/projections';
import { SUMMARY_PROJECTION_VERSION } from '@/domain/summary';
import { AUDITOR_PROFILE } from '../builders/person';
import { NewerDatabaseError, openDatabase } from '@/storage/open';
import { SCHEMA_VERSIONS, CURRENT_SCHEMA_VERSION } from '@/storage/schema';
import { MIGRATIONS } from '@/storage/migrations';
import {
  addAudit,
  addAudits,
  addPerson,
  addProgramme,
  addReport,
  deleteProgramme,
  issueReportAsRead,
  writeReport,
  StaleWriteError,
  writeAudit,
  writeProgramme,
  writeSettings,
  writeSubmittedAudit,
} from '@/storage/write';
import { ProgrammeError } from '@/domain/programme';
import { editReport, issueReport, newBoardReport, ReportError, reportFigures, type BoardReport, type FrozenFigures } from '@/domain/board-report';
import { actionFigures, overviewReport } from '@/domain/reports';
import { improvementFigures } from '@/domain/improvement';
import { getAuditTemplate } from '@/templates/registry';
import { nextRevision } from '@/storage/revisions';
import { auditProgramme } from '../builders/programme';
import { actionsFromAudit } from '@/domain/actions';
import { allActions, allLabelledSummaries, allPeople, allProgrammes, allSummaries, getAudit, getReport, getSettings } from '@/storage/read';
import { AUDITOR, completedPartA, newAudit, NOW } from '../builders/audit';

let name = 0;
/** Writes take the time from the clock: set it. */
function clockAt(instant: string) {
  vi.setSystemTime(new Date(instant));
}

beforeEach(() => {
  name += 1;
  selectDatabase(`test-${name}`);
  vi.useFakeTimers({ toFake: ['Date'] });
  clockAt(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('schema', () => {
  it('opens at the newest declared version with the declared tables and indexes', async () => {
    const d = selectDatabase('schema-check');
    await d.open();
    expect(d.verno).toBe(CURRENT_SCHEMA_VERSION);
    const declared = new Set<string>();
    for (const v of SCHEMA_VERSIONS) {
      for (const [table, spec] of Object.entries(v.stores)) {
        if (spec === null) declared.delete(table);
        else declared.add(table);
      }
    }
    expect(d.tables.map((t) => t.name).sort()).toEqual([...declared].sort());
    // No free text in indexes: case references and names are never indexed (they will be encrypted at rest).
    const indexed = d.tables.flatMap((t) => t.schema.indexes.map((i) => i.name));
    for (const field of ['caseReference', 'team', 'auditor', 'practitioner', 'csw']) expect(indexed.join(' ')).not.toContain(field);
  });

  it('every named upgrade exists, and every upgrade is named by a version (none unexercised)', () => {
    const named = SCHEMA_VERSIONS.flatMap((v) => (v.upgrade ? [v.upgrade] : []));
    expect(Object.keys(MIGRATIONS).sort()).toEqual([...named].sort());
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  it('refuses a database written by a newer version of the app', async () => {
    const newer = new Dexie('from-the-future');
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ audits: 'id' });
    await newer.open();
    newer.close();
    const d = selectDatabase('from-the-future');
    await expect(openDatabase(d)).rejects.toBeInstanceOf(NewerDatabaseError);
  });

  it('leaves a newer workspace exactly as it was: looked at, never opened with this version’s schema', async () => {
    const newer = new Dexie('newer-untouched');
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ audits: 'id', somethingNew: 'id' });
    await newer.open();
    newer.close();
    await expect(openDatabase(selectDatabase('newer-untouched'))).rejects.toBeInstanceOf(NewerDatabaseError);
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('newer-untouched');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(raw.version).toBe((CURRENT_SCHEMA_VERSION + 1) * 10);
    expect([...raw.objectStoreNames].sort()).toEqual(['audits', 'somethingNew']);
    raw.close();
  });
});

describe('writing audits', () => {
  it('stamps a revision as CouchDB keeps them, and keeps the summary in step in the same write', async () => {
    const a = await addAudit(() => newAudit());
    expect(a.rev).toMatch(/^1-[0-9a-f]{32}$/);
    expect(a.revisions).toEqual([]);
    clockAt('2025-03-11T09:00:00.000Z');
    const b = await writeAudit(a, (x) => ({ ...x, status: 'complete' }));
    expect(b.rev).toMatch(/^2-[0-9a-f]{32}$/);
    expect(b.revisions).toEqual([a.rev]);
    const [summary] = await allSummaries();
    expect(summary).toMatchObject({ id: a.id, rev: b.rev, status: 'complete', updatedAt: '2025-03-11T09:00:00.000Z' });
  });

  it('the same content after the same revision gives the same revision id; other content another', async () => {
    const a = await addAudit(() => newAudit());
    const [x, y] = await Promise.all([nextRevision({ ...a, visitingRegime: 'r' }), nextRevision({ ...a, visitingRegime: 'r' })]);
    expect(x.rev).toBe(y.rev);
    expect((await nextRevision({ ...a, visitingRegime: 's' })).rev).not.toBe(x.rev);
  });

  it('refuses a change from a stale copy to a field changed since, saying what changed', async () => {
    const a = await addAudit(() => newAudit());
    await writeAudit(a, (x) => ({ ...x, details: { ...x.details, team: 'Pod 4' } }));
    const refused = writeAudit(a, (x) => ({ ...x, details: { ...x.details, team: 'Pod 9' } }));
    await expect(refused).rejects.toBeInstanceOf(StaleWriteError);
    await expect(refused).rejects.toThrow('the team (now “Pod 4”)');
    expect((await getAudit(a.id))?.details.team).toBe('Pod 4');
  });

  it('keeps both of two changes from the same copy to different fields', async () => {
    const a = await addAudit(() => newAudit());
    await writeAudit(a, (x) => ({ ...x, details: { ...x.details, team: 'Pod 4' } }));
    const merged = await writeAudit(a, (x) => ({ ...x, details: { ...x.details, practitioner: 'Ann Other' } }));
    expect(merged.details).toMatchObject({ team: 'Pod 4', practitioner: 'Ann Other' });
    expect(merged.rev).toMatch(/^3-/);
  });

  it('adds many in one transaction, all or nothing', async () => {
    await addAudits([newAudit({}, 'x1'), newAudit({}, 'x2')]);
    expect(await allSummaries()).toHaveLength(2);
    await expect(addAudits([newAudit({}, 'x3'), newAudit({}, 'x1')])).rejects.toBeInstanceOf(StaleWriteError);
    expect(await getAudit('x3')).toBeUndefined();
  });

  it('the summary carries the overall grade and an open escalation', async () => {
    const a = completedPartA('inadequate');
    a.escalation = { reasons: ['inadequate-overall-judgement'], raisedAt: NOW };
    await addAudit(() => a);
    const [summary] = (await allSummaries()).filter((s) => s.escalation === 'open');
    expect(summary).toMatchObject({ overallGrade: 'inadequate', escalation: 'open', sectionsCompleted: 12, sectionsTotal: 12 });
  });
});

describe('settings', () => {
  it('default to the auditor guidance policy and remember changes', async () => {
    expect((await getSettings()).timescalePolicyId).toBe('auditor-guidance');
    await writeSettings({ timescalePolicyId: 'camden' });
    expect(await getSettings()).toMatchObject({ timescalePolicyId: 'camden', rev: 1 });
  });
});

describe('submitting Part A enters its actions in the register', () => {
  it('new actions go in; on a second submission changed ones follow the audit and removed ones are cancelled, each in the history', async () => {
    const audit = completedPartA();
    audit.actions.push({
      id: 'action-2',
      what: 'Hold a CIN review within the month',
      ownerName: 'Jo Lee',
      ownerRole: 'Social worker',
      due: { day: '7', month: '4', year: '2025' },
    });
    const first = await writeSubmittedAudit(audit, (a) => ({ audit: a, raised: actionsFromAudit(a, NOW, AUDITOR) }), AUDITOR);
    expect((await allActions()).map((a) => [a.id, a.status]).sort()).toEqual([
      ['action-1', 'open'],
      ['action-2', 'open'],
    ]);

    const later = '2025-03-12T10:00:00.000Z';
    const again = { ...first, actions: [{ ...first.actions[0]!, what: 'Update the chronology with the last four core groups' }] };
    clockAt(later);
    await writeSubmittedAudit(first, () => ({ audit: again, raised: actionsFromAudit(again, later, AUDITOR) }), AUDITOR);
    const register = new Map((await allActions()).map((a) => [a.id, a]));
    expect(register.get('action-1')).toMatchObject({
      what: 'Update the chronology with the last four core groups',
      status: 'open',
      rev: expect.stringMatching(/^2-/) as unknown as string,
    });
    expect(register.get('action-1')?.history.at(-1)?.detail).toBe('Updated from the audit when Part A was submitted again');
    expect(register.get('action-2')).toMatchObject({ status: 'cancelled', cancelledReason: 'Taken out of the audit when Part A was submitted again' });
  });
});

describe('writing programmes', () => {
  const programme = (entries: { id: string; month: string }[]) => auditProgramme(entries);

  it('refuses to take out an activity an audit counts towards, or to delete the programme, checked as it writes', async () => {
    const saved = await addProgramme(() =>
      programme([
        { id: 'e1', month: '2025-03' },
        { id: 'e2', month: '2024-12' },
      ]),
    );
    await addAudit(() => newAudit({ programmeId: 'p1', programmeEntryId: 'e1' }, 'counted'));
    await expect(writeProgramme(saved, (p) => ({ ...p, entries: p.entries.filter((e) => e.id !== 'e1') }))).rejects.toThrow(
      '1 audit counts towards that activity, so it cannot be removed',
    );
    await expect(deleteProgramme(saved)).rejects.toBeInstanceOf(ProgrammeError);
    const fewer = await writeProgramme(saved, (p) => ({ ...p, entries: p.entries.filter((e) => e.id !== 'e2') }));
    expect(fewer.entries.map((e) => e.id)).toEqual(['e1']);
    await expect(writeProgramme(saved, (p) => ({ ...p, entries: [] }))).rejects.toBeInstanceOf(StaleWriteError);
  });

  it('deletes a programme no audit counts towards', async () => {
    const saved = await addProgramme(() => programme([{ id: 'e1', month: '2025-03' }]));
    await deleteProgramme(saved);
    expect(await allProgrammes()).toEqual([]);
  });
});

/** Changes the stored summaries behind the code's back, as a stale or damaged projection would have them. */
async function tamper(d: WorkbenchDb, change: (month: SummaryMonth) => void): Promise<void> {
  await d.summaryMonths.toCollection().modify(change);
}

describe('summaries are a projection of the audits', () => {
  it('are rebuilt from the audits, a batch at a time with progress, listing an audit that cannot be read and dropping a summary with no audit', async () => {
    const audits = Array.from({ length: 1200 }, (_, i) => newAudit({ caseReference: `CR-${i}` }, `p${String(i).padStart(4, '0')}`));
    await addAudits(audits);
    const d = db();
    await d.audits.put({ ...newAudit({ caseReference: 'CR-ODD' }, 'odd'), templateId: 'no-such-template' });
    await tamper(d, (m) => {
      const first = m.summaries.p0000;
      if (first) m.summaries.orphan = { ...first, id: 'orphan' };
      const second = m.summaries.p0001;
      if (second) second.sectionsCompleted = 99;
    });
    const progress: [number, number][] = [];
    const state = await rebuildSummaries(NOW, (done, total) => progress.push([done, total]));
    expect(progress).toEqual([
      [0, 1201],
      [500, 1201],
      [1000, 1201],
      [1201, 1201],
    ]);
    expect(state).toMatchObject({ version: SUMMARY_PROJECTION_VERSION, rebuiltAt: NOW });
    expect(state.unreadable).toEqual([{ id: 'odd', message: expect.stringContaining('no-such-template') as unknown as string }]);
    const summaries = await allSummaries();
    expect(summaries.find((s) => s.id === 'orphan')).toBeUndefined();
    expect(summaries.find((s) => s.id === 'p0001')?.sectionsCompleted).toBe(0);
    expect(summaries).toHaveLength(1200);
    expect(await summariesAreCurrent()).toBe(true);
  });

  it('are rebuilt on opening when the projection’s version is not the code’s', async () => {
    const d = selectDatabase('projection-stale');
    await openDatabase(d);
    await addAudit(() => newAudit({}, 'kept'));
    await tamper(d, (m) => {
      const labels = m.labels.kept;
      if (labels && !(labels instanceof Uint8Array)) labels.caseReference = 'stale';
    });
    await d.projections.put({ id: 'summaries', version: SUMMARY_PROJECTION_VERSION - 1, rebuiltAt: NOW, unreadable: [] });
    d.close();
    await openDatabase(selectDatabase('projection-stale'));
    expect((await allLabelledSummaries()).find((s) => s.id === 'kept')?.caseReference).toBe('CR-10001');
    expect(await summariesAreCurrent()).toBe(true);
  });

  it('keep the summary an audit had when a rebuild cannot read it', async () => {
    await addAudit(() => newAudit({ caseReference: 'CR-ODD' }, 'odd'));
    const before = await allLabelledSummaries();
    await db().audits.update('odd', { templateId: 'no-such-template' });
    const state = await rebuildSummaries(NOW);
    expect(state.unreadable.map((u) => u.id)).toEqual(['odd']);
    expect(await allLabelledSummaries()).toEqual(before);
  });

  it('follow an audit to another month when its date changes, and a period reads only its months', async () => {
    const a = await addAudit(() => newAudit({ auditDate: '2025-03-10' }, 'moving'));
    await addAudit(() => newAudit({ auditDate: '2025-03-20' }, 'staying'));
    await writeAudit(a, (x) => ({ ...x, details: { ...x.details, auditDate: '2025-05-02' } }));
    const months = await db().summaryMonths.toArray();
    expect(months.map((m) => [m.id, Object.keys(m.summaries), Object.keys(m.labels)])).toEqual([
      ['2025-03', ['staying'], ['staying']],
      ['2025-05', ['moving'], ['moving']],
    ]);
    expect((await summariesBetween('2025-03-15', '2025-04-30')).map((s) => s.id)).toEqual(['staying']);
    expect((await summariesBetween('2025-05-02', '2025-05-02')).map((s) => s.id)).toEqual(['moving']);
    await writeAudit((await getAudit('moving'))!, (x) => ({ ...x, details: { ...x.details, auditDate: '2025-03-01' } }));
    expect((await db().summaryMonths.toArray()).map((m) => m.id)).toEqual(['2025-03']);
  });

  it('are found by id in the month they were expected in, or in any month when the date has moved since', async () => {
    await addAudit(() => newAudit({ auditDate: '2025-03-10' }, 'earlier'));
    const later = await addAudit(() => newAudit({ auditDate: '2025-09-10' }, 'later'));
    expect((await summariesByIds(new Set(['earlier', 'later']), ['2025-03', '2025-09'])).map((s) => s.id).sort()).toEqual(['earlier', 'later']);
    // The later audit's date changed after a link noted its month: it is still found.
    await writeAudit(later, (x) => ({ ...x, details: { ...x.details, auditDate: '2025-10-01' } }));
    expect((await summariesByIds(new Set(['later']), ['2025-09'])).map((s) => [s.id, s.auditDate])).toEqual([['later', '2025-10-01']]);
    expect(await summariesByIds(new Set(['gone']), ['2025-03'])).toEqual([]);
  });
});

describe('a tab of another version', () => {
  it('cannot write audits once another version rebuilt the summaries, and is told to reload', async () => {
    const a = await addAudit(() => newAudit({}, 'other-version'));
    await db().projections.put({ id: 'summaries', version: SUMMARY_PROJECTION_VERSION + 1, rebuiltAt: NOW, unreadable: [] });
    await expect(writeAudit(a, (x) => ({ ...x, visitingRegime: 'x' }))).rejects.toBeInstanceOf(OtherVersionError);
    await expect(addAudits([newAudit({}, 'another')])).rejects.toThrow('Reload the page');
    expect((await getAudit(a.id))?.rev).toBe(a.rev);
  });
});

describe('people', () => {
  it('are added as their first revision', async () => {
    const saved = await addPerson(() => AUDITOR_PROFILE);
    expect(saved.rev).toMatch(/^1-/);
    expect(await allPeople()).toEqual([saved]);
    await expect(addPerson(() => AUDITOR_PROFILE)).rejects.toBeInstanceOf(StaleWriteError);
  });
});

describe('board reports', () => {
  const filter = { from: '2025-01-01', to: '2025-03-31', activity: '', team: '', programmeId: '' };
  const issue = (r: BoardReport, now: string) => issueReport(r, figures(), [], AUDITOR, now);

  it('are issued only from the copy their names were checked against, and are never changed once issued', async () => {
    const made = await addReport((now) => newBoardReport('r1', { kind: 'board', title: 'Q1', filter }, AUDITOR, now));
    const draft = await writeReport(made, (r) => editReport(r, { text: { keyFindings: 'Visits were timely' } }));
    // Another tab names a case in the words meanwhile: issuing from the older copy is refused, not merged.
    await writeReport(draft, (r) => editReport(r, { text: { toImprove: 'CR-10001 was seen late' } }));
    await expect(issueReportAsRead(draft, issue)).rejects.toThrow(StaleWriteError);
    const current = (await getReport('r1'))!;
    const issued = await issueReportAsRead(current, issue);
    expect(issued.status).toBe('issued');
    // Words typed on a page that still had the draft are refused, not merged into the issued report.
    await expect(writeReport(current, (r) => editReport(r, { text: { workingWell: 'typed on the old page' } }))).rejects.toThrow(ReportError);
    expect((await getReport('r1'))?.text.workingWell).toBe('');
  });
});

function figures(): FrozenFigures {
  const filter = { from: '2025-01-01', to: '2025-03-31', activity: '', team: '', programmeId: '' };
  const r = overviewReport([], filter, getAuditTemplate);
  return reportFigures(
    r,
    actionFigures([], r.auditIds, filter, '2025-04-01', (i) => i.slice(0, 10), new Map()),
    improvementFigures(r.auditIds, new Map()),
    [],
    () => undefined,
    () => undefined,
    false,
  );
}
