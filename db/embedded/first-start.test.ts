import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { buildDataDirInMemory } from './build-in-memory';
import { EmbeddedDatabaseLockedError } from './lock';
import { holdsDatabase } from './persist-data-dir';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './server';

const rows = async (database: EmbeddedDatabase) => {
  const sql = postgres(database.url, { max: 1, onnotice: () => {} });
  try {
    return (await sql<{ word: string }[]>`select word from words order by word`).map((r) => r.word);
  } finally {
    await sql.end();
  }
};

const fill = (words: string[]) => async (memory: EmbeddedDatabase) => {
  const sql = postgres(memory.url, { max: 1, onnotice: () => {} });
  await sql`create table words (word text primary key)`;
  for (const word of words) await sql`insert into words values (${word})`;
  await sql.end();
};

describe('a first start of the embedded database, built in memory', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kadens-first-start-')), 'pglite');
  });
  afterEach(() => fs.rmSync(path.dirname(dataDir), { recursive: true, force: true }));

  test('writes nothing to the data dir until the database is whole, holds the lock meanwhile, and later starts open what it wrote', { timeout: 60_000 }, async () => {
    const first = await startEmbeddedDatabase({
      dataDir,
      port: 0,
      firstStart: (directory) =>
        buildDataDirInMemory(directory, async (memory) => {
          await fill(['alpha', 'beta'])(memory);
          expect(holdsDatabase(dataDir)).toBe(false);
          // A second start at once (another `npm run dev`) is refused instead of building it too.
          await expect(startEmbeddedDatabase({ dataDir, port: 0 })).rejects.toBeInstanceOf(EmbeddedDatabaseLockedError);
        }),
    });
    expect(holdsDatabase(dataDir)).toBe(true);
    expect(await rows(first)).toEqual(['alpha', 'beta']);
    await first.stop();

    const again = await startEmbeddedDatabase({
      dataDir,
      port: 0,
      firstStart: () => Promise.reject(new Error('a later start builds nothing')),
    });
    expect(await rows(again)).toEqual(['alpha', 'beta']);
    await again.stop();
  });

  test('writes only the WAL a start reads, and the database it wrote goes on writing WAL', { timeout: 60_000 }, async () => {
    const walSegments = () => fs.readdirSync(path.join(dataDir, 'pg_wal')).filter((name) => /^[0-9A-F]{24}$/.test(name));
    const sqlOn = (database: EmbeddedDatabase) => postgres(database.url, { max: 1, onnotice: () => {} });
    const first = await startEmbeddedDatabase({
      dataDir,
      port: 0,
      firstStart: (directory) =>
        buildDataDirInMemory(directory, async (memory) => {
          await fill(['w0'])(memory);
          // Several segments filled before the checkpoint, which keeps them renamed for reuse.
          const sql = sqlOn(memory);
          // The build's own settings (see BUILD_SETTINGS) ...
          expect((await sql`show full_page_writes`)[0]!.full_page_writes).toBe('off');
          for (const word of ['w1', 'w2', 'w3', 'w4', 'w5']) {
            await sql`insert into words values (${word})`;
            await sql`select pg_switch_wal()`;
          }
          await sql.end();
        }),
    });
    expect(walSegments()).toHaveLength(1);
    let sql = sqlOn(first);
    // ... stay with the build: the data dir opens with PostgreSQL's defaults.
    expect((await sql`show full_page_writes`)[0]!.full_page_writes).toBe('on');
    await sql`insert into words values ('after')`;
    await sql`select pg_switch_wal()`; // into a segment the copy did not hold
    await sql`insert into words values ('later')`;
    await sql.end();
    await first.stop();

    const again = await startEmbeddedDatabase({ dataDir, port: 0 });
    expect(await rows(again)).toEqual(['after', 'later', 'w0', 'w1', 'w2', 'w3', 'w4', 'w5']);
    sql = sqlOn(again);
    await sql`insert into words values ('z')`;
    await sql.end();
    await again.stop();
  });

  test('a first start that fails leaves no database and no lock, and the next start builds it', { timeout: 60_000 }, async () => {
    await expect(
      startEmbeddedDatabase({
        dataDir,
        port: 0,
        firstStart: (directory) =>
          buildDataDirInMemory(directory, async (memory) => {
            await fill(['half'])(memory);
            throw new Error('interrupted');
          }),
      }),
    ).rejects.toThrow('interrupted');
    expect(holdsDatabase(dataDir)).toBe(false);
    expect(fs.readdirSync(path.dirname(dataDir))).toEqual([]);

    const next = await startEmbeddedDatabase({ dataDir, port: 0, firstStart: (directory) => buildDataDirInMemory(directory, fill(['whole'])) });
    expect(await rows(next)).toEqual(['whole']);
    await next.stop();
  });

  test('a data dir that holds other files but no database is refused with what to do, and left as it was', { timeout: 60_000 }, async () => {
    fs.mkdirSync(dataDir);
    fs.writeFileSync(path.join(dataDir, 'notes.txt'), 'not a database');

    await expect(startEmbeddedDatabase({ dataDir, port: 0, firstStart: (directory) => buildDataDirInMemory(directory, fill(['x'])) })).rejects.toThrow(
      /holds files but no database: move it away/,
    );
    expect(fs.readdirSync(dataDir)).toEqual(['notes.txt']);
    // Nothing of the build is left beside it, and the lock is released.
    expect(fs.readdirSync(path.dirname(dataDir)).sort()).toEqual(['pglite']);
  });
});
