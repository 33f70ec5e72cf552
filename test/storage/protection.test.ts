// A key per person and encryption at rest (issue "Protecting children's personal data", points 1 and 2): records are
// sealed before they are stored, only index fields stay in the clear, a wrong passphrase reveals and changes nothing,
// and a person's slot is theirs alone to use.
import { beforeEach, describe, expect, it } from 'vitest';
import { selectDatabase, type WorkbenchDb } from '@/storage/db';
import { openDatabase } from '@/storage/open';
import {
  addKeySlot,
  changePassphrase,
  currentProtection,
  keySlots,
  lock,
  LockedError,
  protectWorkspace,
  ProtectionChangedError,
  removeKeySlot,
  SlotRemovalError,
  unlock,
} from '@/storage/protection';
import { addAction, addAudit, addPerson, writeAudit } from '@/storage/write';
import { allActions, allLabelledSummaries, allSummaries, currentPerson, getAudit } from '@/storage/read';
import { makeBackup, readBackup, restoreBackup } from '@/storage/backup';
import { makePack, readPack } from '@/storage/packs';
import { PassphraseNeededError } from '@/storage/sealed-files';
import { PBKDF2_ITERATIONS, WrongPassphraseError } from '@/lib/crypto';
import { newPerson } from '@/domain/person';
import { newAction } from '@/domain/actions';
import { newAudit, NOW } from '../builders/audit';

// Deriving a key 600,000 times over is what makes guessing slow; for the tests that unlock many times, slots are made
// with fewer iterations (the count is stored in each slot). One test below checks a slot made as the app makes it.
const FAST = 1_000;
const MARKERS = { caseReference: 'CASE-MARKER-7731', practitioner: 'Practitioner Marker-Quill', comment: 'Comment marker zephyr-basil' };
const SAM = newPerson('person-sam', { name: 'Sam Patel', designation: 'Team manager' }, NOW);
const KIM = newPerson('person-kim', { name: 'Kim Osei', designation: 'Head of QA' }, NOW);

let n = 0;
let d: WorkbenchDb;
beforeEach(async () => {
  n += 1;
  d = await openDatabase(selectDatabase(`protection-${n}`));
});

/** Everything stored in every table, as the bytes a raw read of the database would find. */
async function rawText(): Promise<string> {
  const parts: string[] = [];
  for (const table of d.tables) {
    for (const row of await table.toArray()) {
      parts.push(JSON.stringify(row, (_k, v: unknown) => (v instanceof Uint8Array ? Array.from(v, (b) => String.fromCharCode(b)).join('') : v)));
    }
  }
  return parts.join('\n');
}

const markedAudit = () => newAudit({ caseReference: MARKERS.caseReference, practitioner: MARKERS.practitioner }, 'audit-m');

async function writeMarked() {
  const audit = await addAudit(() => markedAudit());
  await writeAudit(audit, (a, now) => ({ ...a, updatedAt: now, overall: { ...a.overall, rationale: MARKERS.comment } }));
}

describe('protecting a workspace', () => {
  it('seals every record written before and after: no case reference, name or comment is stored in the clear', async () => {
    await writeMarked();
    expect(await rawText()).toContain(MARKERS.caseReference);
    await protectWorkspace(SAM, 'correct horse battery', NOW, FAST);
    await addAudit(() => newAudit({ caseReference: `${MARKERS.caseReference}-2` }, 'audit-2'));
    await addAction((now) => ({
      ...newAction(
        'action-1',
        {
          what: MARKERS.comment,
          level: 'practice',
          ownerName: MARKERS.practitioner,
          ownerRole: 'Social worker',
          team: 'Pod 3',
          practitioner: MARKERS.practitioner,
          due: '2025-04-01',
          theme: '',
        },
        { name: SAM.name, designation: SAM.designation },
        now,
      ),
      auditIds: ['audit-m'],
    }));
    const raw = await rawText();
    for (const marker of Object.values(MARKERS)) expect(raw).not.toContain(marker);
    // What stays in the clear is what the indexes and the overview need.
    const row = (await d.audits.get('audit-m')) as unknown as Record<string, unknown>;
    expect(Object.keys(row).sort()).toEqual(['id', 'rev', 'sealed', 'shape']);
    const action = (await d.actions.get('action-1')) as unknown as Record<string, unknown>;
    expect(Object.keys(action).sort()).toEqual(['auditIds', 'due', 'id', 'level', 'rev', 'sealed', 'shape', 'status']);
    // And all of it reads back, unlocked.
    expect((await getAudit('audit-m'))?.details.caseReference).toBe(MARKERS.caseReference);
    expect((await getAudit('audit-m'))?.overall.rationale).toBe(MARKERS.comment);
    expect((await allActions())[0]?.what).toBe(MARKERS.comment);
    expect((await allLabelledSummaries()).map((s) => s.caseReference).sort()).toEqual([MARKERS.caseReference, `${MARKERS.caseReference}-2`]);
    expect((await currentPerson())?.name).toBe('Sam Patel');
  });

  it('is protected when opened again, and opens locked: nothing can be read or written until someone unlocks', async () => {
    await writeMarked();
    await protectWorkspace(SAM, 'correct horse battery', NOW, FAST);
    d.close();
    d = await openDatabase(selectDatabase(`protection-${n}`));
    expect(currentProtection()).toEqual({ state: 'locked' });
    await expect(getAudit('audit-m')).rejects.toThrow(LockedError);
    await expect(addAudit(() => newAudit({}, 'audit-x'))).rejects.toThrow(LockedError);
    // The overview's summaries hold no names and stay readable.
    expect((await allSummaries()).map((s) => s.id)).toEqual(['audit-m']);
    await unlock(SAM.id, 'correct horse battery');
    expect((await getAudit('audit-m'))?.details.practitioner).toBe(MARKERS.practitioner);
  });

  it('makes slots with 600,000 PBKDF2 iterations and a salt of each person’s own', async () => {
    await protectWorkspace(SAM, 'correct horse battery', NOW);
    await addKeySlot(KIM, 'another long passphrase', 'correct horse battery', NOW);
    const slots = await keySlots();
    expect(slots.map((s) => s.iterations)).toEqual([PBKDF2_ITERATIONS, PBKDF2_ITERATIONS]);
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    expect(new Set(slots.map((s) => s.salt)).size).toBe(2);
    expect(JSON.stringify(slots)).not.toContain('correct horse battery');
    // A slot itself names no one: the lock screen's labels are kept apart, on this device.
    const raw = JSON.stringify(await d.keySlots.toArray());
    for (const word of [SAM.name, SAM.designation, KIM.name, KIM.designation]) expect(raw).not.toContain(word);
    expect(slots.map((s) => s.name).sort()).toEqual([SAM.name, KIM.name].sort());
  }, 30_000);
});

describe('another tab', () => {
  it('a page that does not know the workspace was protected elsewhere cannot write records in the clear', async () => {
    // What another tab's protecting leaves behind: a key slot this page has not read.
    await d.keySlots.put({ id: 'elsewhere', createdAt: NOW, salt: '', iterations: FAST, iv: '', wrapped: '' });
    await expect(addAudit(() => markedAudit())).rejects.toThrow(ProtectionChangedError);
    expect(await d.audits.count()).toBe(0);
  });
});

describe('wrong passphrases', () => {
  it('100 wrong passphrases leave the data unchanged and unreadable', async () => {
    await writeMarked();
    await protectWorkspace(SAM, 'correct horse battery', NOW, FAST);
    expect((await allLabelledSummaries()).map((s) => s.caseReference)).toEqual([MARKERS.caseReference]);
    lock();
    // Nothing opened before locking can be read after it.
    await expect(allLabelledSummaries()).rejects.toThrow(LockedError);
    const before = await rawText();
    for (let i = 0; i < 100; i += 1) {
      await expect(unlock(SAM.id, `wrong guess ${i}`)).rejects.toThrow(WrongPassphraseError);
      expect(currentProtection()).toEqual({ state: 'locked' });
    }
    await expect(getAudit('audit-m')).rejects.toThrow(LockedError);
    expect(await rawText()).toBe(before);
  });
});

describe('people and their slots', () => {
  it('adding a person needs someone unlocked, who confirms with their own passphrase; then they can unlock as themselves', async () => {
    await protectWorkspace(SAM, 'correct horse battery', NOW, FAST);
    await expect(addKeySlot(KIM, 'kims own passphrase', 'not sams passphrase', NOW, FAST)).rejects.toThrow(WrongPassphraseError);
    expect(await keySlots()).toHaveLength(1);
    await addKeySlot(KIM, 'kims own passphrase', 'correct horse battery', NOW, FAST);
    lock();
    await expect(
      addKeySlot(newPerson('p3', { name: 'Jo Lee', designation: 'Social worker' }, NOW), 'x'.repeat(12), 'correct horse battery', NOW, FAST),
    ).rejects.toThrow(LockedError);
    await unlock(KIM.id, 'kims own passphrase');
    expect((await currentPerson())?.name).toBe('Kim Osei');
  });

  it('a person removed can no longer unlock; nobody can remove themselves or the last slot', async () => {
    await protectWorkspace(SAM, 'correct horse battery', NOW, FAST);
    await addKeySlot(KIM, 'kims own passphrase', 'correct horse battery', NOW, FAST);
    await expect(removeKeySlot(SAM.id)).rejects.toThrow(SlotRemovalError);
    await removeKeySlot(KIM.id);
    lock();
    await expect(unlock(KIM.id, 'kims own passphrase')).rejects.toThrow(WrongPassphraseError);
    await unlock(SAM.id, 'correct horse battery');
  });

  it('changing a passphrase wraps that one slot again and encrypts no record again', async () => {
    await writeMarked();
    await protectWorkspace(SAM, 'correct horse battery', NOW, FAST);
    const audit = await d.audits.get('audit-m');
    await expect(changePassphrase('not it', 'a brand new passphrase', NOW, FAST)).rejects.toThrow(WrongPassphraseError);
    await changePassphrase('correct horse battery', 'a brand new passphrase', NOW, FAST);
    expect(await d.audits.get('audit-m')).toEqual(audit);
    lock();
    await expect(unlock(SAM.id, 'correct horse battery')).rejects.toThrow(WrongPassphraseError);
    await unlock(SAM.id, 'a brand new passphrase');
    expect((await getAudit('audit-m'))?.details.caseReference).toBe(MARKERS.caseReference);
  });

  it('a profile added while protected is sealed like every other record', async () => {
    await protectWorkspace(SAM, 'correct horse battery', NOW, FAST);
    await addPerson(() => newPerson('p-marker', { name: 'Name Marker-Heron', designation: 'IRO' }, NOW));
    expect(await rawText()).not.toContain('Marker-Heron');
  });
});

describe('files that leave a protected workspace (point 6)', () => {
  it('a backup is encrypted with the workspace key: restored here without asking, elsewhere only with a passphrase of someone in it', async () => {
    await writeMarked();
    await protectWorkspace(SAM, 'correct horse battery', NOW, FAST);
    const { text, sealed } = await makeBackup(NOW);
    expect(sealed).toBe(true);
    for (const marker of Object.values(MARKERS)) expect(text).not.toContain(marker);
    expect((await readBackup(text)).counts.audits).toBe(1);

    // Another device: a new workspace, unprotected, with no key in memory.
    d = await openDatabase(selectDatabase(`protection-${n}-elsewhere`));
    await expect(readBackup(text)).rejects.toThrow(PassphraseNeededError);
    await expect(readBackup(text, 'a wrong passphrase')).rejects.toThrow(WrongPassphraseError);
    const backup = await readBackup(text, 'correct horse battery');
    await restoreBackup(backup, NOW);
    expect((await getAudit('audit-m'))?.details.caseReference).toBe(MARKERS.caseReference);
  });

  it('a pack is encrypted under a passphrase chosen for it, or in the clear only when asked for', async () => {
    await writeMarked();
    await protectWorkspace(SAM, 'correct horse battery', NOW, FAST);
    const pack = await makePack(['audit-m'], { name: SAM.name, designation: SAM.designation }, NOW, 'a pack passphrase here');
    for (const marker of Object.values(MARKERS)) expect(pack.text).not.toContain(marker);
    await expect(readPack(pack.text)).rejects.toThrow(PassphraseNeededError);
    await expect(readPack(pack.text, 'correct horse battery')).rejects.toThrow(WrongPassphraseError);
    expect((await readPack(pack.text, 'a pack passphrase here')).audits[0]?.details.caseReference).toBe(MARKERS.caseReference);
    const clear = await makePack(['audit-m'], { name: SAM.name, designation: SAM.designation }, NOW, null);
    expect(clear.text).toContain(MARKERS.caseReference);
  });
});

describe('restoring into a protected workspace', () => {
  it('seals what it restores, and everyone who can unlock keeps their profile', async () => {
    await writeMarked();
    const { text } = await makeBackup(NOW);
    await protectWorkspace(SAM, 'correct horse battery', NOW, FAST);
    await restoreBackup(await readBackup(text), NOW);
    expect(await rawText()).not.toContain(MARKERS.caseReference);
    expect((await getAudit('audit-m'))?.details.caseReference).toBe(MARKERS.caseReference);
    expect((await currentPerson())?.name).toBe('Sam Patel');
  });
});
