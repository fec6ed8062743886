import net from 'node:net';

/**
 * A bare PostgreSQL wire-protocol client for the embedded server's tests: it writes exactly the
 * bytes it is given, so a test decides where a connection's messages are split and what travels
 * in one write, which a real driver does not let it do.
 */
export type WireClient = {
  /** Writes the messages as one chunk. */
  send: (...messages: Buffer[]) => void;
  /** The messages received until `readyCount` ReadyForQuery ('Z'), as type letters and error messages. */
  readUntilReady: (readyCount?: number) => Promise<WireReply[]>;
  close: () => void;
};

export type WireReply = { type: string; body: Buffer };

function message(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, 'latin1');
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

const cstring = (s: string) => Buffer.from(`${s}\0`);
const int16 = (n: number) => Buffer.from([(n >> 8) & 0xff, n & 0xff]);
const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};

export const wire = {
  parse: (sql: string, name = '') => message('P', Buffer.concat([cstring(name), cstring(sql), int16(0)])),
  bind: (values: string[] = [], statement = '') =>
    message('B', Buffer.concat([cstring(''), cstring(statement), int16(0), int16(values.length), ...values.flatMap((v) => [int32(Buffer.byteLength(v)), Buffer.from(v)]), int16(0)])),
  describePortal: () => message('D', Buffer.concat([Buffer.from('P'), cstring('')])),
  execute: () => message('E', Buffer.concat([cstring(''), int32(0)])),
  flush: () => message('H', Buffer.alloc(0)),
  sync: () => message('S', Buffer.alloc(0)),
  /** Parse, Bind, Describe, Execute and Sync of one unnamed statement, as drivers send a query. */
  query: (sql: string, values: string[] = []) => [wire.parse(sql), wire.bind(values), wire.describePortal(), wire.execute(), wire.sync()],
};

/** The first column of each DataRow ('D') reply, as text. */
export function firstColumns(replies: WireReply[]): string[] {
  return replies.filter((r) => r.type === 'D').map((r) => r.body.subarray(6, 6 + r.body.readInt32BE(2)).toString());
}

/** The message of each ErrorResponse ('E') reply. */
export function errorMessages(replies: WireReply[]): string[] {
  return replies
    .filter((r) => r.type === 'E')
    .map((r) => {
      const field = r.body.indexOf(Buffer.from('\0M'));
      return r.body.subarray(field + 2, r.body.indexOf(0, field + 2)).toString();
    });
}

export async function connectWire(url: string): Promise<WireClient> {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  let buffered = Buffer.alloc(0);
  let waiting: (() => void) | null = null;
  socket.on('data', (chunk) => {
    buffered = Buffer.concat([buffered, chunk]);
    waiting?.();
  });
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));

  const client: WireClient = {
    send: (...messages) => socket.write(Buffer.concat(messages)),
    readUntilReady: async (readyCount = 1) => {
      const replies: WireReply[] = [];
      let ready = 0;
      while (ready < readyCount) {
        if (buffered.length >= 5 && buffered.length >= 1 + buffered.readInt32BE(1)) {
          const length = 1 + buffered.readInt32BE(1);
          const reply = { type: String.fromCharCode(buffered[0]!), body: buffered.subarray(5, length) };
          buffered = buffered.subarray(length);
          replies.push(reply);
          if (reply.type === 'Z') ready += 1;
          continue;
        }
        await new Promise<void>((resolve) => (waiting = resolve));
      }
      return replies;
    },
    close: () => socket.destroy(),
  };
  const params = Buffer.concat([cstring('user'), cstring('postgres'), cstring('database'), cstring('postgres'), Buffer.from([0])]);
  socket.write(Buffer.concat([int32(params.length + 8), int32(196608), params]));
  await client.readUntilReady();
  return client;
}
