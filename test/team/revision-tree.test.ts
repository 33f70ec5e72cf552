// A conflict resolved here, replayed into the CouchDB stand-in as replication would push it (`_bulk_docs` with
// `new_edits: false` and each revision's `_revisions` chain), leaves the server with one winner and no conflict:
// the resolution is a child of our leaf and the other leaf ends in a tombstone (../../../shared/TEAM-SYNC.md, section
// 2 (v): a resolution listing both branches in one chain was found to leave three unresolved leaves).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, selectDatabase } from '@/storage/db';
import { openDatabase } from '@/storage/open';
import { addAudit, writeAudit } from '@/storage/write';
import { getAudit } from '@/storage/read';
import { importPack, writeResolution } from '@/storage/packs';
import { resolveConflict } from '@/domain/pooling';
import { couchRevisions, type Versioned } from '@/domain/revision';
import type { Audit } from '@/domain/audit';
import { CSW, newAudit, NOW } from '../builders/audit';
import { startCouchStandIn } from './couch-stand-in';
import { packOf } from '../builders/pack';

let server: Awaited<ReturnType<typeof startCouchStandIn>>;
beforeAll(async () => {
  server = await startCouchStandIn();
});
afterAll(() => server.stop());

/** A revision as replication sends it: its id and chain in CouchDB's form, and nothing of its content. */
const doc = (r: Pick<Versioned, 'id' | 'rev' | 'revisions'>, deleted = false) => ({
  _id: `audits:${r.id}`,
  _rev: r.rev,
  _revisions: couchRevisions(r),
  type: 'audit',
  ...(deleted ? { _deleted: true } : {}),
});

async function call(path: string, init?: RequestInit): Promise<Record<string, unknown>> {
  const res = await fetch(`${server.url}${path}`, { ...init, headers: { 'content-type': 'application/json', accept: 'application/json' } });
  return (await res.json()) as Record<string, unknown>;
}

describe('a resolved conflict replayed into the CouchDB stand-in', () => {
  it('leaves ?conflicts=true empty, the resolution the winner and the tombstone among the leaves', async () => {
    await openDatabase(selectDatabase('tree-auditor'));
    const audit = await addAudit(() => newAudit({}, 'tree'));
    const shared = await packOf(['tree']);
    await openDatabase(selectDatabase('tree-lead'));
    await importPack(shared, 'shared', NOW);
    await writeAudit((await getAudit('tree'))!, (a) => ({ ...a, visitingRegime: 'the lead’s' }));
    selectDatabase('tree-auditor');
    await writeAudit(audit, (a) => ({ ...a, visitingRegime: 'the auditor’s' }));
    await writeAudit((await getAudit('tree'))!, (a) => ({ ...a, visitingRegime: 'the auditor’s, again' }));
    const fromAuditor = await packOf(['tree']);
    selectDatabase('tree-lead');
    await importPack(fromAuditor, 'auditor', NOW);
    const [conflict] = await db().conflicts.toArray();
    const ours = (await getAudit('tree'))!;
    const theirs = conflict!.theirs as Audit;
    await writeResolution(conflict!, ours, resolveConflict(ours, theirs, { '["visitingRegime"]': 'theirs' }, CSW, NOW), NOW);
    const resolved = (await getAudit('tree'))!;
    const [tombstone] = await db().tombstones.toArray();

    expect((await call('/unit', { method: 'PUT' })).ok).toBe(true);
    // The two leaves as each side had them: the server keeps both, a conflict, as CouchDB does.
    await call('/unit/_bulk_docs', { method: 'POST', body: JSON.stringify({ docs: [doc(ours), doc(theirs)], new_edits: false }) });
    const before = await call('/unit/audits:tree?conflicts=true');
    expect(before._conflicts).toHaveLength(1);
    // The resolution and the tombstone, as this device pushes them.
    await call('/unit/_bulk_docs', {
      method: 'POST',
      body: JSON.stringify({ docs: [doc(resolved), doc({ ...tombstone!, id: tombstone!.recordId }, true)], new_edits: false }),
    });
    const after = await call('/unit/audits:tree?conflicts=true');
    expect(after._rev).toBe(resolved.rev);
    expect(after).not.toHaveProperty('_conflicts');
    const leaves = (await fetch(`${server.url}/unit/audits:tree?open_revs=all`, { headers: { accept: 'application/json' } }).then((r) => r.json())) as {
      ok: { _rev: string; _deleted?: boolean };
    }[];
    expect(leaves.map((l) => [l.ok._rev, l.ok._deleted ?? false]).sort()).toEqual(
      [
        [resolved.rev, false],
        [tombstone!.rev, true],
      ].sort(),
    );
    // The server holds each revision at the generation its chain gives it, as ours: none invented.
    const info = await call(`/unit/audits:tree?revs_info=true&rev=${resolved.rev}`);
    expect((info._revs_info as { rev: string }[]).map((r) => r.rev)).toEqual([resolved.rev, ...resolved.revisions]);
  });
});
