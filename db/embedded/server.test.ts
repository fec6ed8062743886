import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './server';
import { connectWire, errorMessages, firstColumns, wire } from './wire-client';

describe('embedded database server', () => {
  let embedded: EmbeddedDatabase;
  let sql: ReturnType<typeof postgres>;

  beforeAll(async () => {
    embedded = await startEmbeddedDatabase({ dataDir: 'memory://', port: 0 });
    sql = postgres(embedded.url, { max: 8, onnotice: () => {} });
  });
  afterAll(async () => {
    await sql.end();
    await embedded.stop();
  });

  test('many pooled connections with prepared statements at once all get their own answers', async () => {
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) => sql<{ n: number; s: string }[]>`select ${i}::int as n, ${`v${i}`} as s`),
    );
    expect(answers.map((rows) => rows[0])).toEqual(Array.from({ length: 200 }, (_, i) => ({ n: i, s: `v${i}` })));
  });

  test('concurrent transactions do not see or break each other', async () => {
    await sql`create table if not exists counters (id int primary key, n int not null)`;
    await sql`insert into counters values (1, 0) on conflict do nothing`;
    await Promise.all(
      Array.from({ length: 40 }, () =>
        sql.begin(async (tx) => {
          const [row] = await tx<{ n: number }[]>`select n from counters where id = 1 for update`;
          await tx`update counters set n = ${row!.n + 1} where id = 1`;
        }),
      ),
    );
    const [row] = await sql<{ n: number }[]>`select n from counters where id = 1`;
    expect(row!.n).toBe(40);
  });

  test('a failed transaction rolls back and the next one on the same pool works', async () => {
    await expect(
      sql.begin(async (tx) => {
        await tx`insert into counters values (2, 0)`;
        await tx`select 1/0`;
      }),
    ).rejects.toThrow(/division by zero/);
    expect(await sql`select * from counters where id = 2`).toHaveLength(0);
  });
});

describe('a connection\'s messages reach the database together until its Sync', () => {
  let embedded: EmbeddedDatabase;

  beforeAll(async () => {
    embedded = await startEmbeddedDatabase({ dataDir: 'memory://', port: 0 });
  });
  afterAll(async () => {
    await embedded.stop();
  });

  test('an error in the middle of a batch skips the rest of it, and the next batch runs', async () => {
    const client = await connectWire(embedded.url);
    client.send(...wire.query('select 1/0'), ...wire.query('select $1::int + 1', ['41']));
    const replies = await client.readUntilReady(2);
    expect(errorMessages(replies)).toEqual(['division by zero']);
    expect(firstColumns(replies)).toEqual(['42']);
    // The failed batch answered one ReadyForQuery at its Sync, not one per message.
    expect(replies.filter((r) => r.type === 'Z')).toHaveLength(2);

    // Several statements before one Sync: the first error skips what follows it until the Sync.
    client.send(wire.parse('select 7'), wire.bind(), wire.execute(), wire.parse('select 1/0'), wire.bind(), wire.execute(), wire.parse('select 8'), wire.bind(), wire.execute(), wire.sync());
    const skipped = await client.readUntilReady();
    expect(firstColumns(skipped)).toEqual(['7']);
    expect(errorMessages(skipped)).toEqual(['division by zero']);
    client.close();
  });

  test('two connections whose batches arrive interleaved each get their own answers', async () => {
    const first = await connectWire(embedded.url);
    const second = await connectWire(embedded.url);
    // The first sends half of its query; the second a whole one meanwhile; then the first the rest.
    first.send(wire.parse('select $1::text as who'), wire.bind(['first']));
    await new Promise((resolve) => setTimeout(resolve, 20));
    second.send(...wire.query('select $1::text as who', ['second']));
    expect(firstColumns(await second.readUntilReady())).toEqual(['second']);
    first.send(wire.describePortal(), wire.execute(), wire.sync());
    expect(firstColumns(await first.readUntilReady())).toEqual(['first']);

    // A Flush asks for the replies so far without ending the batch (a driver's describe-first
    // round trip): the other connection waits until the Sync, so the unnamed statement survives.
    first.send(wire.parse('select $1::int * 2'), wire.flush());
    second.send(...wire.query('select 5'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    first.send(wire.bind(['21']), wire.describePortal(), wire.execute(), wire.sync());
    expect(firstColumns(await first.readUntilReady())).toEqual(['42']);
    expect(firstColumns(await second.readUntilReady())).toEqual(['5']);
    first.close();
    second.close();
  });

  test('a transaction sent in batches keeps the session until it ends, and a failed one rolls back', async () => {
    const writer = await connectWire(embedded.url);
    const reader = await connectWire(embedded.url);
    writer.send(...wire.query('create table batched (n int primary key)'));
    await writer.readUntilReady();

    writer.send(...wire.query('begin'), ...wire.query('insert into batched values (1)'));
    await writer.readUntilReady(2);
    // The reader's query waits for the writer's transaction: it never sees the uncommitted row.
    reader.send(...wire.query('select count(*) from batched'));
    writer.send(...wire.query('insert into batched values (1)'), ...wire.query('commit'));
    const failed = await writer.readUntilReady(2);
    expect(errorMessages(failed)[0]).toMatch(/duplicate key/);
    expect(firstColumns(await reader.readUntilReady())).toEqual(['0']);

    writer.send(...wire.query('select count(*) from batched'));
    expect(firstColumns(await writer.readUntilReady())).toEqual(['0']);
    writer.close();
    reader.close();
  });
});

describe('connections from the process that serves the database', () => {
  test('an in-process pool runs queries and transactions beside TCP connections, and ends cleanly', async () => {
    const embedded = await startEmbeddedDatabase({ dataDir: 'memory://', port: 0 });
    const options: postgres.Options<Record<string, never>> & { socket: () => unknown } = { max: 4, onnotice: () => {}, socket: embedded.connectInProcess };
    const inProcess = postgres(embedded.url, options);
    const overTcp = postgres(embedded.url, { max: 4, onnotice: () => {} });
    try {
      await inProcess`create table visits (n int not null)`;
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? inProcess : overTcp).begin(async (tx) => {
            await tx`insert into visits values (${i})`;
          }),
        ),
      );
      await expect(inProcess.begin(async (tx) => {
        await tx`insert into visits values (100)`;
        await tx`select 1/0`;
      })).rejects.toThrow(/division by zero/);
      const [row] = await overTcp<{ n: number; total: number }[]>`select count(*)::int as n, sum(n)::int as total from visits`;
      expect(row).toEqual({ n: 20, total: 190 });
      expect(embedded.statements()).toBeGreaterThan(20);
    } finally {
      await inProcess.end();
      await overTcp.end();
      await embedded.stop();
    }
  });
});

describe('one owner per data directory', () => {
  test('a second process opening the same directory fails loudly and names the owner', async () => {
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kadens-lock-')), 'pglite');
    const owner = await startEmbeddedDatabase({ dataDir, port: 0 });
    try {
      const script = path.join(path.dirname(dataDir), 'second-opener.mts');
      fs.writeFileSync(
        script,
        `import { startEmbeddedDatabase } from ${JSON.stringify(path.resolve('db/embedded/server.ts'))};
        try { await startEmbeddedDatabase({ dataDir: ${JSON.stringify(dataDir)}, port: 0 }); console.log('OPENED'); process.exit(0); }
        catch (e) { console.error(e.message); process.exit(3); }`,
      );
      const second = spawnSync('npx', ['tsx', script], { encoding: 'utf8', timeout: 60_000 });
      expect(second.status).toBe(3);
      expect(second.stderr).toContain(`already open in process ${process.pid}`);
      expect(second.stdout).not.toContain('OPENED');

      // And within this process too: the lock names the live owner.
      await expect(startEmbeddedDatabase({ dataDir, port: 0 })).rejects.toThrow(/already open/);
    } finally {
      await owner.stop();
    }
    // Released on stop: the next owner may open it.
    const next = await startEmbeddedDatabase({ dataDir, port: 0 });
    await next.stop();
  }, 120_000);
});
