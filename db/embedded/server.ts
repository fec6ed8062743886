import fs from 'node:fs';
import type { Socket } from 'node:net';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketHandler, type PGLiteSocketHandlerOptions } from '@electric-sql/pglite-socket';
import { copyDataDir } from './copy-data-dir';
import { listenHeld, type HeldListener } from './held-listener';
import { InProcessSocket } from './in-process-socket';
import { acquireDataDirLock } from './lock';
import { holdsDatabase, persistDataDir } from './persist-data-dir';
import { SessionQueue } from './session-queue';

export type EmbeddedDatabase = {
  url: string;
  /** Statements the server has run since it started (each Execute and simple Query). */
  statements: () => number;
  /**
   * A connection from this process without TCP (postgres-js's `socket` option): the same wire
   * protocol and session queue, without a system call per message (see connectInProcess).
   */
  connectInProcess: () => InProcessSocket;
  /** Serves a client's connection (what a HeldListener given as `port` hands over once served). */
  accept: (socket: Socket) => void;
  /** Writes its data dir to an empty directory (see copyDataDir); with no transaction in flight. */
  copyDataDirTo: (directory: string) => Promise<void>;
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
  /**
   * 0: any free port. A HeldListener: the port already listens, and its caller serves the held
   * connections (`listener.serve(database.accept)`) when the database is ready for them.
   */
  port: number | HeldListener;
  /**
   * A first start's database, when the data dir holds none yet (a path only; ignored for
   * memory://): writes a whole database into the empty directory it is given (buildDataDirInMemory),
   * which becomes the data dir (persistDataDir).
   * NOTE: called after the data dir's lock is taken, so a second start at once is refused
   * instead of building it too; nothing is written to the data dir until it has resolved.
   */
  firstStart?: (directory: string) => Promise<void>;
  /** Server settings for this run only (`-c name=value` at start), beside PGlite's own. */
  settings?: Readonly<Record<string, string>>;
}): Promise<EmbeddedDatabase> {
  const inMemory = options.dataDir.startsWith('memory://');
  const dataDir = inMemory ? undefined : path.resolve(options.dataDir);
  let release = () => {};
  if (dataDir) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true }); // PGlite does not create parents
    release = acquireDataDirLock(dataDir);
  }
  const given = typeof options.port === 'number' ? undefined : options.port;
  let listener = given;
  try {
    if (dataDir && options.firstStart && !holdsDatabase(dataDir)) await persistDataDir(dataDir, options.firstStart);
    // pg_trgm backs the dashboard's search indexes (migration 0022), as on PostgreSQL.
    const settings = Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]);
    const pglite = await PGlite.create(dataDir, {
      extensions: { pg_trgm },
      ...(settings.length ? { startParams: [...PGlite.defaultStartParams, ...settings] } : {}),
    });
    // NOTE: our own queue, not pglite-socket's (see SessionQueue), for TCP and in-process alike.
    const queue = new SessionQueue(pglite);
    const handlers = new Set<PGLiteSocketHandler>();
    // The handler pglite-socket's server gives each connection, for a TCP socket or an
    // InProcessSocket. NOTE: it is typed for its own queue and a net.Socket; it uses only what
    // SessionQueue and InProcessSocket have (enqueue and the clear* calls; data, write, end).
    const attach = (socket: Socket) => {
      const handler = new PGLiteSocketHandler({ queryQueue: queue as unknown as PGLiteSocketHandlerOptions['queryQueue'], closeOnDetach: true });
      handlers.add(handler);
      socket.once('close', () => handlers.delete(handler));
      handler.attach(socket).catch(() => {
        handlers.delete(handler);
        socket.destroy();
      });
    };
    listener ??= await listenHeld(options.port as number);
    if (!given) listener.serve(attach);
    const tcp = listener;
    return {
      url: tcp.url,
      statements: () => queue.statements,
      connectInProcess: () => {
        const [client, serverSide] = InProcessSocket.pair();
        attach(serverSide as unknown as Socket);
        return client;
      },
      accept: attach,
      copyDataDirTo: (directory) => copyDataDir(pglite, directory),
      stop: async () => {
        await Promise.all([...handlers].map((handler) => handler.detach(true)));
        await tcp.close();
        await pglite.close();
        release();
      },
    };
  } catch (error) {
    if (!given) await listener?.close();
    release();
    throw error;
  }
}
