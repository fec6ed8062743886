import net, { type Socket } from 'node:net';

export type HeldListener = {
  /** The address clients connect to (the port is known once listening, also when 0 was asked for). */
  url: string;
  /** Hands every held connection, and each one from now on, to `accept`. */
  serve: (accept: (socket: Socket) => void) => void;
  /** Stops listening; held connections are closed (served ones belong to whoever accepted them). */
  close: () => Promise<void>;
};

/**
 * The embedded database's TCP port, listening before the database behind it is ready.
 *
 * NOTE: a first `npm run dev` starts Next.js beside the demo's history (scripts/lib/run-next.ts),
 * so the app compiles its pages while the engine plays the history. A page asked for meanwhile
 * connects here and waits, its startup message unanswered, until `serve` gives the connection to
 * the database (after migrations and seeding): it is answered late, never refused or half-seeded.
 */
export async function listenHeld(port: number, maxConnections = 64): Promise<HeldListener> {
  let accept: ((socket: Socket) => void) | null = null;
  const held = new Set<Socket>();
  const server = net.createServer((socket) => {
    if (accept) return accept(socket);
    held.add(socket);
    // A client that gives up while held must not take the process down with an unhandled error.
    socket.on('error', () => socket.destroy());
    socket.once('close', () => held.delete(socket));
  });
  server.maxConnections = maxConnections;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} of the embedded database is in use: is the app already running? Stop it, or set KADENS_EMBEDDED_DB_PORT to a free port.`)
          : error,
      ),
    );
    server.listen(port, '127.0.0.1', () => {
      server.removeAllListeners('error');
      resolve();
    });
  });
  const { port: bound } = server.address() as net.AddressInfo;
  return {
    url: `postgres://postgres@127.0.0.1:${bound}/postgres`,
    serve: (next) => {
      accept = next;
      for (const socket of held) {
        held.delete(socket);
        next(socket);
      }
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of held) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
