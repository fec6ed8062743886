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
