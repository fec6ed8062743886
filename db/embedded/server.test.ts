import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './server';

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
