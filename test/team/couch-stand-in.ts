// A stand-in for Apache CouchDB in tests: express-pouchdb over PouchDB's in-memory adapter, on a loopback port the
// system chooses, stopped after. It keeps revision trees, conflicts and `_bulk_docs` with `new_edits: false` as CouchDB
// does (../../../shared/TEAM-SYNC.md lists where it differs); its log goes to a temporary folder.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';

const require = createRequire(import.meta.url);

interface Listening {
  url: string;
  stop: () => Promise<void>;
}

/** Starts the stand-in on 127.0.0.1 and an unused port; `stop` closes it and removes its folder. */
export async function startCouchStandIn(): Promise<Listening> {
  // The PouchDB packages are CommonJS only.
  const core = require('pouchdb-core') as { plugin: (p: unknown) => typeof core; defaults: (o: object) => unknown };
  const PouchDB = core.plugin(require('pouchdb-adapter-memory')).plugin(require('pouchdb-mapreduce')).plugin(require('pouchdb-replication'));
  const expressPouchDb = require('express-pouchdb') as (db: unknown, options: object) => { listen: (port: number, host: string, ready: () => void) => Server };
  const folder = mkdtempSync(join(tmpdir(), 'couch-stand-in-'));
  const app = expressPouchDb(PouchDB.defaults({ adapter: 'memory' }), { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: join(folder, 'log.txt') });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          rmSync(folder, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}
