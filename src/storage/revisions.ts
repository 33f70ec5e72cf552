// Revision ids that reveal nothing: "<n>-<HMAC-SHA-256 of the parent revision and the canonical content>", keyed by
// the workspace's revision key (derived by HKDF from its data key: lib/crypto.ts), or, in an unprotected workspace, by
// a random secret of its own kept in this device's settings. Without the key, an id confirms no guess at what a record
// holds, and the same content in two workspaces gets different ids. Ids made before (a plain SHA-256) stay valid as
// ancestors: only new revisions are keyed.
import { withNextRevision, revisionContent, type Versioned } from '@/domain/revision';
import { hmacHex, newSecret, revisionKeyFromSecret } from '@/lib/crypto';
import { db, type WorkbenchDb } from './db';
import { workspaceRevisionKey } from './protection';
import { DEFAULT_SETTINGS } from './records/settings';

/** Unprotected workspaces' revision keys, by open database, made from their secrets once. */
const secrets = new WeakMap<WorkbenchDb, Promise<CryptoKey>>();

/** The unprotected workspace's secret, made and kept in its settings the first time a revision needs it. */
async function secretKey(d: WorkbenchDb): Promise<CryptoKey> {
  const secret = await d.transaction('rw', d.settings, async () => {
    const stored = await d.settings.get('workspace');
    if (stored?.revisionSecret) return stored.revisionSecret;
    const made = newSecret();
    await d.settings.put({ ...DEFAULT_SETTINGS, ...stored, revisionSecret: made });
    return made;
  });
  return revisionKeyFromSecret(secret);
}

/** The key this workspace's revisions are made with now. A LockedError while a protected workspace is locked. */
async function revisionKey(d: WorkbenchDb = db()): Promise<CryptoKey> {
  const key = workspaceRevisionKey();
  if (key) return key;
  let made = secrets.get(d);
  if (!made) {
    made = secretKey(d);
    secrets.set(d, made);
    made.catch(() => secrets.delete(d));
  }
  return made;
}

/** The record as its next revision, keyed, worked out with WebCrypto before any transaction opens. */
export async function nextRevision<T extends Versioned>(record: T): Promise<T> {
  return withNextRevision(record, (await hmacHex(await revisionKey(), revisionContent(record))).slice(0, 32));
}
