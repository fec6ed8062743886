import type { PGlite } from '@electric-sql/pglite';

type Item = {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
};

const PROTOCOL_V3 = 196608;
const SYNC = 0x53; // 'S': ends an extended-protocol batch (Parse/Bind/Describe/Execute...)
const QUERY = 0x51; // 'Q': a simple query is a whole unit by itself
const TERMINATE = 0x58; // 'X'

function endsUnitOfWork(message: Uint8Array): boolean {
  if (message.length >= 8) {
    const view = new DataView(message.buffer, message.byteOffset, message.byteLength);
    if (view.getInt32(4) === PROTOCOL_V3) return true; // startup message
  }
  return message[0] === SYNC || message[0] === QUERY || message[0] === TERMINATE;
}

/**
 * Serializes many client connections onto PGlite's single session.
 *
 * NOTE: pglite-socket's own queue switches connections between any two protocol messages
 * (outside a transaction). postgres-js sends Parse, Bind, Execute and Sync as separate messages
 * and uses the unnamed portal, so two pooled connections interleaved and failed with
 * `portal "" does not exist`. Here a connection keeps the session from its first message until
 * its batch ends with Sync (or a simple Query) and no transaction is open.
 */
export class SessionQueue {
  private queue: Item[] = [];
  private owner: number | null = null;
  private processing = false;

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
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
        if (endsUnitOfWork(item!.message) && !this.db.isInTransaction()) this.owner = null;
      }
    } finally {
      this.processing = false;
    }
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId: number): void {
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
