import type { PGlite } from '@electric-sql/pglite';

type Item = {
  handlerId: number;
  /** One or more whole protocol messages, handed to PGlite in one call. */
  message: Uint8Array;
  /** The type byte of the batch's last message: whether it ends the connection's unit of work. */
  last: number;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
};

const PROTOCOL_V3 = 196608;
const SYNC = 0x53; // 'S': ends an extended-protocol batch (Parse/Bind/Describe/Execute...)
const QUERY = 0x51; // 'Q': a simple query is a whole unit by itself
const TERMINATE = 0x58; // 'X'
const EXECUTE = 0x45; // 'E'
const STARTUP = -1; // a startup message has no type byte
/** Parse, Bind, Describe, Execute, Close: answered only at the next Sync or Flush, so they can wait for it. */
const HELD = new Set([0x50, 0x42, 0x44, 0x45, 0x43]);

function typeOf(message: Uint8Array): number {
  if (message.length >= 8) {
    const view = new DataView(message.buffer, message.byteOffset, message.byteLength);
    // A startup message is its length, then the protocol version (a typed message starts with its type byte).
    if (view.getInt32(0) === message.length && view.getInt32(4) === PROTOCOL_V3) return STARTUP;
  }
  return message[0] ?? 0;
}

function endsUnitOfWork(type: number): boolean {
  return type === SYNC || type === QUERY || type === TERMINATE || type === STARTUP;
}

/**
 * Serializes many client connections onto PGlite's single session.
 *
 * NOTE: pglite-socket's own queue switches connections between any two protocol messages
 * (outside a transaction). postgres-js sends Parse, Bind, Execute and Sync as separate messages
 * and uses the unnamed portal, so two pooled connections interleaved and failed with
 * `portal "" does not exist`. Here a connection keeps the session from its first message until
 * its batch ends with Sync (or a simple Query) and no transaction is open.
 *
 * NOTE: each call into PGlite has a fixed cost, so a connection's Parse, Bind, Describe, Execute
 * and Close wait (answered at once: the client expects no reply to them yet) until the Sync or
 * Flush that asks for the replies, and the batch goes to PGlite in one call. PostgreSQL reads the
 * messages of one buffer one after the other as it would from a socket: after an error it skips
 * to the Sync, which answers ReadyForQuery once, as on a server.
 */
export class SessionQueue {
  private queue: Item[] = [];
  /** Each connection's messages waiting for the Sync (or Flush) that completes its batch. */
  private held = new Map<number, Uint8Array[]>();
  private owner: number | null = null;
  private processing = false;
  /** Statements run so far (each Execute and simple Query): what a benchmark counts, at no cost to the client. */
  statements = 0;

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    const type = typeOf(message);
    if (type === EXECUTE || type === QUERY) this.statements += 1;
    const held = this.held.get(handlerId);
    if (HELD.has(type)) {
      // The socket handler reuses no buffer it gave us, so the message can be kept as it is.
      if (held) held.push(message);
      else this.held.set(handlerId, [message]);
      return Promise.resolve(0);
    }
    let batch = message;
    if (held) {
      this.held.delete(handlerId);
      held.push(message);
      batch = concat(held);
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message: batch, last: type, onData, resolve, reject });
      void this.process();
    });
  }

  private async process(): Promise<void> {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const index = this.owner === null ? 0 : this.queue.findIndex((i) => i.handlerId === this.owner);
        if (index < 0) break; // the owner's next message has not arrived yet
        const [item] = this.queue.splice(index, 1);
        this.owner = item!.handlerId;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item!.message, {
              // NOTE: PGlite's file systems in Node (a data dir: NodeFS; memory://: MemoryFS)
              // write through, and their syncToFs does nothing; asked for it (the default), every
              // call still took and awaited one more mutex for nothing: CPU on every statement.
              syncToFs: false,
              onRawData: (data) => {
                bytes += data.length;
                item!.onData(data);
              },
            }),
          );
          item!.resolve(bytes);
        } catch (error) {
          item!.reject(error);
        }
        if (endsUnitOfWork(item!.last) && !this.db.isInTransaction()) this.owner = null;
      }
    } finally {
      this.processing = false;
    }
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId: number): void {
    this.held.delete(handlerId);
    this.queue = this.queue.filter((item) => {
      if (item.handlerId !== handlerId) return true;
      item.reject(new Error('Handler disconnected'));
      return false;
    });
  }

  /** A connection that goes away mid-transaction must not leave the session locked or dirty. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    this.owner = null;
    await this.process();
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
