// Nothing a record can hold is lost on the way through a backup or a pack: generated records of every kind that
// travels, each with every field filled (every optional field present), and the example workspace, come back
// identical (issue "One definition per kind of record": a field added to a type but not to its schema would make
// every backup carrying it unrestorable). The records are generated from each kind's own schema, so a field added to
// a schema is generated, and checked, without this test changing.
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { z } from 'zod';
import { db, selectDatabase } from '@/storage/db';
import { openDatabase } from '@/storage/open';
import { makeBackup, readBackup, restoreBackup } from '@/storage/backup';
import { importPack } from '@/storage/packs';
import { addAudits, addRecords } from '@/storage/write';
import { sealRecords } from '@/storage/protection';
import { RECORDS, type BackupTable, type SealedTable } from '@/storage/records/registry';
import { exampleWorkspace } from '@/domain/example-workspace';
import { latestAuditTemplate, latestTimescalePolicy } from '@/templates/registry';
import { NOW } from '../builders/audit';
import { packOf } from '../builders/pack';

let n = 0;
const fresh = async (name: string) => {
  n += 1;
  return openDatabase(selectDatabase(`${name}-${n}`));
};
beforeEach(() => fresh('round-trip'));

type Def = { type: string } & Record<string, unknown>;
const defOf = (t: z.ZodType) => (t as unknown as { _zod: { def: Def } })._zod.def;
const REV = fc.tuple(fc.integer({ min: 1, max: 999 }), fc.stringMatching(/^[0-9a-f]{32}$/)).map(([g, h]) => `${g}-${h}`);

/** Values the schema accepts, with every optional field present: what a fully populated record holds. */
function arbitraryOf(t: z.ZodType): fc.Arbitrary<unknown> {
  const def = defOf(t);
  const checks = (def.checks as { _zod: { def: Record<string, unknown> } }[] | undefined)?.map((c) => c._zod.def) ?? [];
  switch (def.type) {
    case 'object':
      return fc.record(Object.fromEntries(Object.entries(def.shape as Record<string, z.ZodType>).map(([k, v]) => [k, arbitraryOf(v)])));
    case 'optional':
      return arbitraryOf(def.innerType as z.ZodType);
    case 'nullable':
      return fc.oneof({ weight: 4, arbitrary: arbitraryOf(def.innerType as z.ZodType) }, { weight: 1, arbitrary: fc.constant(null) });
    case 'string': {
      const pattern = checks.find((c) => c.check === 'string_format' && c.pattern instanceof RegExp)?.pattern as RegExp | undefined;
      if (pattern) return fc.stringMatching(pattern);
      // A revision id (the only refined text): as this app writes them.
      if (checks.some((c) => c.check === 'custom')) return REV;
      const min = (checks.find((c) => c.check === 'min_length')?.minimum as number | undefined) ?? 0;
      return fc.string({ unit: 'grapheme', minLength: min, maxLength: 12 });
    }
    case 'number': {
      const min = checks.find((c) => c.check === 'greater_than')?.value as number | undefined;
      const max = checks.find((c) => c.check === 'less_than')?.value as number | undefined;
      const integer = checks.some((c) => c.check === 'number_format');
      return integer
        ? fc.integer({ min: min ?? -1000, max: max ?? 100_000 })
        : fc.double({ min: min ?? 0, max: max ?? 1, noNaN: true, noDefaultInfinity: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'array':
      return fc.array(arbitraryOf(def.element as z.ZodType), { minLength: 1, maxLength: 2 });
    case 'record':
      return fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), arbitraryOf(def.valueType as z.ZodType), { minKeys: 1, maxKeys: 2 });
    case 'union':
      return fc.oneof(...(def.options as z.ZodType[]).map(arbitraryOf));
    default:
      throw new Error(`No generator for a schema of type ${def.type}`);
  }
}

/** Records of one kind, each with an id of its own and accepted by the kind's schema. */
function recordsOf(table: BackupTable, max: number) {
  const schema = RECORDS[table].schema as z.ZodType;
  const one = arbitraryOf(schema).filter((r) => schema.safeParse(r).success) as fc.Arbitrary<{ id: string } & Record<string, unknown>>;
  return fc.uniqueArray(one, { selector: (r) => r.id, minLength: 1, maxLength: max });
}

/** Stores records as this build stores them: each row in its kind's form, sealed where the kind is sealed. */
async function store(table: BackupTable, records: readonly { id: string }[]) {
  const rows = RECORDS[table].sealed ? await sealRecords(table as SealedTable, records) : records;
  await db().table(table).bulkPut(rows);
}

const byId = (list: readonly { id: string }[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const template = latestAuditTemplate();
const policy = latestTimescalePolicy('camden');

describe('a fully populated record of every kind', () => {
  it('comes back identical through a backup, and through restoring it into another workspace', async () => {
    const kinds = (
      ['audits', 'actions', 'moderationRounds', 'programmes', 'people', 'conflicts', 'provenance', 'reports', 'deletions', 'tombstones'] as const
    ).filter((t) => RECORDS[t].travels.backup);
    await fc.assert(
      fc.asyncProperty(fc.tuple(...kinds.map((t) => recordsOf(t, 2))), async (lists) => {
        await fresh('generated');
        for (const [i, table] of kinds.entries()) await store(table, lists[i] ?? []);
        const backup = await readBackup((await makeBackup(NOW)).text);
        for (const [i, table] of kinds.entries()) expect(byId(backup.records[table]), table).toEqual(byId(lists[i] ?? []));
        await fresh('restored');
        await restoreBackup(backup, NOW);
        const again = await readBackup((await makeBackup(NOW)).text);
        for (const [i, table] of kinds.entries()) expect(byId(again.records[table]), `${table}, restored`).toEqual(byId(lists[i] ?? []));
      }),
      { numRuns: 8 },
    );
  }, 60_000);

  it('comes back identical through a pack: audits, the actions they raised and the ends of their branches', async () => {
    await fc.assert(
      fc.asyncProperty(recordsOf('audits', 2), recordsOf('actions', 2), async (audits, actions) => {
        await fresh('packed');
        // Made with a template and a policy this build has, as a pack's audits are (they are summarised on import).
        const made = audits.map((a) => ({
          ...a,
          templateId: template.id,
          templateVersion: template.version,
          policyId: policy.id,
          policyVersion: policy.version,
        }));
        // Each action comes from the first audit, so the pack carries it.
        const linked = actions.map((a) => ({ ...a, auditIds: [made[0]!.id] }));
        const ended = { id: `audits:${made[0]!.id}:9-ended`, table: 'audits', recordId: made[0]!.id, rev: '9-ended', revisions: ['8-lost'], updatedAt: NOW };
        await store('audits', made);
        await store('actions', linked);
        await store('tombstones', [ended]);
        const pack = await packOf(made.map((a) => a.id));
        await fresh('pack-imported');
        await importPack(pack, 'a pack', NOW);
        const back = await readBackup((await makeBackup(NOW)).text);
        expect(byId(back.records.audits)).toEqual(byId(made));
        expect(byId(back.records.actions)).toEqual(byId(linked));
        expect(back.records.tombstones).toEqual([ended]);
      }),
      { numRuns: 8 },
    );
  }, 60_000);
});

describe('the example workspace', () => {
  it('comes back identical through a backup and through a pack of all its audits', async () => {
    const example = exampleWorkspace(template, policy, '2026-12-01', NOW, 60);
    await addRecords('people', example.people);
    await addAudits(example.audits);
    await addRecords('actions', example.actions);
    await addRecords('moderationRounds', example.rounds);
    await addRecords('programmes', example.programmes);
    const made = await readBackup((await makeBackup(NOW)).text);
    expect(made.records.audits).toHaveLength(60);
    await fresh('example-restored');
    await restoreBackup(made, NOW);
    const again = await readBackup((await makeBackup(NOW)).text);
    for (const table of ['audits', 'actions', 'moderationRounds', 'programmes', 'people'] as const) {
      expect(byId(again.records[table]), table).toEqual(byId(made.records[table]));
    }
    const pack = await packOf(made.records.audits.map((a) => a.id));
    await fresh('example-imported');
    await importPack(pack, 'the example', NOW);
    const imported = await readBackup((await makeBackup(NOW)).text);
    expect(byId(imported.records.audits)).toEqual(byId(made.records.audits));
    expect(byId(imported.records.actions)).toEqual(byId(made.records.actions.filter((a) => a.auditIds.length > 0)));
  }, 60_000);
});
