// Opening and removing the example workspace. It lives in its own database (EXAMPLE_DATABASE), chosen on this device
// until it is removed, so nothing made up is ever written beside real records, and removing it is one step: the
// database is deleted whole.
import type { ExampleWorkspace } from '@/domain/example-workspace';
import { chooseWorkspace, db, EXAMPLE_DATABASE, selectDatabase } from './db';
import { openDatabase } from './open';
import { addAudits, addRecords, writeSettings } from './write';
import { Dexie } from 'dexie';

/** Makes the example workspace (once) and chooses it; the app then starts again in it. */
export async function openExampleWorkspace(make: () => ExampleWorkspace): Promise<void> {
  const d = await openDatabase(selectDatabase(EXAMPLE_DATABASE));
  if ((await d.audits.count()) === 0) {
    try {
      const example = make();
      await addRecords('people', example.people);
      await addAudits(example.audits);
      await addRecords('actions', example.actions);
      await addRecords('moderationRounds', example.rounds);
      await addRecords('programmes', example.programmes);
      await writeSettings({ currentPersonId: example.currentPersonId });
    } catch (e) {
      // Half an example is no example: start again next time.
      d.close();
      await Dexie.delete(EXAMPLE_DATABASE);
      throw e;
    }
  }
  chooseWorkspace(true);
}

/** Removes the example workspace whole and goes back to the real one; the app then starts again. */
export async function removeExampleWorkspace(): Promise<void> {
  db().close();
  chooseWorkspace(false);
  await Dexie.delete(EXAMPLE_DATABASE);
}
