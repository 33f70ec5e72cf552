// Revisions that reveal nothing, and conflicts resolved as CouchDB resolves them (issue "One definition per kind of
// record", point 3): ids are keyed, so the same content in two workspaces gets different ids and no id is a plain
// digest of anything in the record; a resolution is the child of our leaf and the other leaf ends in a tombstone, which
// packs carry, so that a conflict resolved on one device is settled on the others.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db, selectDatabase } from '@/storage/db';
import { openDatabase } from '@/storage/open';
import { addAudit, writeAudit } from '@/storage/write';
import { getAudit } from '@/storage/read';
import { lock, protectWorkspace, unlock } from '@/storage/protection';
import { importPack, writeResolution } from '@/storage/packs';
import { resolveConflict } from '@/domain/pooling';
import { canonicalJson, revisionContent } from '@/domain/revision';
import { newPerson } from '@/domain/person';
import type { Audit } from '@/domain/audit';
import { sha256Hex } from '@/lib/digest';
import { AUDITOR, CSW, newAudit, NOW } from '../builders/audit';
import { packOf } from '../builders/pack';

let n = 0;
async function workspace(name: string): Promise<string> {
  n += 1;
  const named = `${name}-${n}`;
  await openDatabase(selectDatabase(named));
  return named;
}
beforeEach(() => workspace('revisions'));

const hashOf = (rev: string) => rev.slice(rev.indexOf('-') + 1);
const SAM = newPerson('p-sam', { name: 'Sam Patel', designation: 'Auditor' }, NOW);

describe('revision ids', () => {
  it('differ for the same content in two workspaces, protected or not', async () => {
    // The same content to the letter: the same time too.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
    const a = await addAudit(() => newAudit({}, 'same'));
    await workspace('other');
    const b = await addAudit(() => newAudit({}, 'same'));
    expect(b.rev).not.toBe(a.rev);
    await workspace('protected');
    await protectWorkspace(SAM, 'correct horse battery', NOW, 1000);
    const c = await addAudit(() => newAudit({}, 'same'));
    expect(new Set([a.rev, b.rev, c.rev]).size).toBe(3);
    expect([a, b, c].map((x) => x.updatedAt)).toEqual([NOW, NOW, NOW]);
    vi.useRealTimers();
  });

  it('are no plain digest of anything in the record', async () => {
    const audit = await addAudit(() => newAudit({}, 'digest'));
    const next = await writeAudit(audit, (x) => ({ ...x, visitingRegime: 'Every 10 working days' }));
    for (const record of [audit, next]) {
      const { rev: _r, revisions: _v, ...content } = record;
      // The record as it was when its revision was worked out: its parent's revision, and the chain before that.
      const before = { ...record, rev: record.revisions[0] ?? '', revisions: record.revisions.slice(1) };
      const texts = [
        revisionContent(before),
        revisionContent(record),
        canonicalJson(record),
        canonicalJson(content),
        JSON.stringify(record),
        JSON.stringify(content),
        record.id,
      ];
      for (const text of texts) expect((await sha256Hex(text)).slice(0, 32)).not.toBe(hashOf(record.rev));
    }
    expect(next.revisions).toEqual([audit.rev]);
  });

  it('in a protected workspace come from its key: the same after locking and unlocking, and made by anyone who unlocks it', async () => {
    await protectWorkspace(SAM, 'correct horse battery', NOW, 1000);
    const audit = await addAudit(() => newAudit({}, 'keyed'));
    const change = (x: Audit) => ({ ...x, visitingRegime: 'Weekly' });
    const first = await writeAudit(audit, change);
    // Written again from the same base with the same content and time: the same revision id.
    await db().audits.put((await db().audits.get('keyed'))!);
    lock();
    await unlock(SAM.id, 'correct horse battery');
    const { nextRevision } = await import('@/storage/revisions');
    expect((await nextRevision({ ...change(audit), updatedAt: first.updatedAt })).rev).toBe(first.rev);
    // An unprotected workspace's secret goes once it is protected: nothing of it is left to guess with.
    expect((await db().settings.get('workspace'))?.revisionSecret).toBeUndefined();
  });
});

describe('a conflict resolved on one device', () => {
  it('is settled on another that kept the same conflict, by the resolution and the tombstone the pack carries', async () => {
    // One audit, shared; then changed on both sides.
    const auditor = n;
    const audit = await addAudit(() => newAudit({ caseReference: 'CR-T' }, 't'));
    const shared = await packOf(['t']);
    const lead = await workspace('lead');
    await importPack(shared, 'shared', NOW);
    const other = await workspace('other-lead');
    await importPack(shared, 'shared', NOW);
    selectDatabase(`revisions-${auditor}`);
    await writeAudit(audit, (a) => ({ ...a, visitingRegime: 'the auditor’s' }));
    const fromAuditor = await packOf(['t']);
    for (const name of [lead, other]) {
      selectDatabase(name);
      await writeAudit((await getAudit('t'))!, (a) => ({ ...a, visitingRegime: `${name}’s` }));
    }
    // Both leads bring in the auditor's change: a conflict on each.
    for (const name of [lead, other]) {
      selectDatabase(name);
      expect(await importPack(fromAuditor, 'auditor', NOW)).toMatchObject({ conflict: 1 });
    }
    // The first lead resolves it, taking the auditor's version, and packs the audit.
    selectDatabase(lead);
    const [conflict] = await db().conflicts.toArray();
    const ours = (await getAudit('t'))!;
    await writeResolution(conflict!, ours, resolveConflict(ours, conflict!.theirs as Audit, { '["visitingRegime"]': 'theirs' }, CSW, NOW), NOW);
    const resolved = (await getAudit('t'))!;
    expect(resolved.revisions).toEqual([ours.rev, ...ours.revisions]);
    expect(await db().tombstones.count()).toBe(1);
    // Bringing in the auditor's pack again changes nothing: its version's branch was ended here.
    expect(await importPack(fromAuditor, 'auditor again', NOW)).toMatchObject({ conflict: 0, kept: 1 });
    const fromLead = await packOf(['t']);
    expect(fromLead.tombstones).toHaveLength(1);
    // The other lead's conflict is settled by it; their own version is left behind on a branch of its own.
    selectDatabase(other);
    expect(await db().conflicts.count()).toBe(1);
    expect(await importPack(fromLead, 'lead', NOW)).toMatchObject({ conflict: 1 });
    expect((await db().conflicts.toArray()).map((c) => (c.theirs as Audit).visitingRegime)).toEqual([resolved.visitingRegime]);
    // And the auditor, whose version the lead chose, moves forward to the resolution with no conflict.
    selectDatabase(`revisions-${auditor}`);
    expect(await importPack(fromLead, 'lead', NOW)).toMatchObject({ 'fast-forward': 1, conflict: 0 });
    expect((await getAudit('t'))?.rev).toBe(resolved.rev);
  });

  it('when the version kept is the other device’s own, moves that device forward and drops its conflict', async () => {
    const auditor = n;
    const audit = await addAudit(() => newAudit({ caseReference: 'CR-U' }, 'u'));
    const shared = await packOf(['u']);
    const lead = await workspace('lead');
    await importPack(shared, 'shared', NOW);
    await writeAudit((await getAudit('u'))!, (a) => ({ ...a, visitingRegime: 'the lead’s' }));
    const fromLead = await packOf(['u']);
    selectDatabase(`revisions-${auditor}`);
    await writeAudit(audit, (a) => ({ ...a, visitingRegime: 'the auditor’s' }));
    const fromAuditor = await packOf(['u']);
    // Each side keeps the conflict; the auditor resolves it in favour of their own version.
    expect(await importPack(fromLead, 'lead', NOW)).toMatchObject({ conflict: 1 });
    const [conflict] = await db().conflicts.toArray();
    const ours = (await getAudit('u'))!;
    await writeResolution(conflict!, ours, resolveConflict(ours, conflict!.theirs as Audit, { '["visitingRegime"]': 'ours' }, AUDITOR, NOW), NOW);
    const resolution = await packOf(['u']);
    selectDatabase(lead);
    expect(await importPack(fromAuditor, 'auditor', NOW)).toMatchObject({ conflict: 1 });
    // The lead's own version was the one ended: the resolution wins, and the conflict goes.
    expect(await importPack(resolution, 'auditor’s resolution', NOW)).toMatchObject({ 'fast-forward': 1, conflict: 0 });
    expect((await getAudit('u'))?.visitingRegime).toBe('the auditor’s');
    expect(await db().conflicts.count()).toBe(0);
  });
});
