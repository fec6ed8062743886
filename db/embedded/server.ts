import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { acquireDataDirLock } from './lock';
import { SessionQueue } from './session-queue';

export type EmbeddedDatabase = {
  url: string;
  /** Statements the server has run since it started (each Execute and simple Query). */
  statements: () => number;
  stop: () => Promise<void>;
};

/**
 * Starts PGlite in this process and serves it over the Postgres wire protocol.
 *
 * NOTE: PGlite has no lock between processes, and Next.js opens route modules in extra worker
 * processes, so the app never opens the data directory itself: exactly one process (this one)
 * owns it, guarded by a lock file, and everybody else connects with postgres-js like to any
 * PostgreSQL server.
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string; // a path, or 'memory://' for a throwaway database
  port: number; // 0: any free port
}): Promise<EmbeddedDatabase> {
  const inMemory = options.dataDir.startsWith('memory://');
  let release = () => {};
  if (!inMemory) {
    const dataDir = path.resolve(options.dataDir);
    fs.mkdirSync(path.dirname(dataDir), { recursive: true }); // PGlite does not create parents
    release = acquireDataDirLock(dataDir);
  }
  try {
    // pg_trgm backs the dashboard's search indexes (migration 0022), as on PostgreSQL.
    const pglite = await PGlite.create(inMemory ? undefined : path.resolve(options.dataDir), { extensions: { pg_trgm } });
    const server = new PGLiteSocketServer({
      db: pglite,
      host: '127.0.0.1',
      port: options.port,
      maxConnections: 64,
    });
    // Replace the library's per-message queue before any connection is accepted (see SessionQueue).
    const queue = new SessionQueue(pglite);
    (server as unknown as { queryQueue: SessionQueue }).queryQueue = queue;
    await server.start();
    const address = server.getServerConn();
    const port = Number(address.split(':').pop());
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      statements: () => queue.statements,
      stop: async () => {
        await server.stop();
        await pglite.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
