import type { InProcessSocket } from './in-process-socket';

type Connector = () => InProcessSocket;

// NOTE: on globalThis, like the pool itself (db/client.ts): one per process.
const globalForConnector = globalThis as unknown as { kadensConnectInProcess?: Connector };

/**
 * Lets the app's pool in this process reach the embedded database it serves without TCP: set by
 * the process that owns the database (the `npm run dev` launcher, which plays the demo's history
 * through the app's services) before the pool is made. Other processes (Next.js, its workers)
 * connect over TCP as before. Set again when this process serves another database (a first start
 * builds the demo in memory, then serves the data dir it persisted): the pool's next connections
 * reach that one.
 */
export function useInProcessConnections(connect: Connector): void {
  globalForConnector.kadensConnectInProcess = connect;
}

/**
 * The in-process connector when this process owns the embedded database, otherwise undefined.
 * NOTE: it looks the database up on each connection, not once: the pool outlives the in-memory
 * database a first start builds the demo on (its connections close with it and postgres-js opens
 * new ones on the next query, to the database served then).
 */
export function inProcessConnector(): Connector | undefined {
  const first = globalForConnector.kadensConnectInProcess;
  return first && (() => (globalForConnector.kadensConnectInProcess ?? first)());
}
