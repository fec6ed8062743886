import { startEmbeddedDatabase, type EmbeddedDatabase } from './server';

/**
 * Settings for the build only; the data dir once written opens with PostgreSQL's defaults.
 * - wal_init_zero off: a new 16 MB WAL segment is one allocation instead of zeros written in
 *   pieces, each of which grows the in-memory file by an eighth, copying it whole.
 * - full_page_writes off: they guard against a page half written at a crash, but the build is
 *   in memory and a crash loses it whole (the next start builds it again); the copy is taken
 *   after a CHECKPOINT.
 */
const BUILD_SETTINGS = { wal_init_zero: 'off', full_page_writes: 'off' } as const;

/**
 * A database built in memory, then written to `directory` (an empty one: see persistDataDir).
 *
 * NOTE: PGlite on a directory makes file-system calls (fstat, open, write) for every WAL write;
 * a first start's demo history (tens of thousands of commits) makes about a quarter fewer system
 * calls in memory (`npm run bench:demo-history`, 100 customers), and is written to disk once
 * at the end. `fill` gets the database served on a free port (its URL and in-process
 * connections), as startEmbeddedDatabase serves any other.
 */
export async function buildDataDirInMemory(directory: string, fill: (database: EmbeddedDatabase) => Promise<void>): Promise<void> {
  const database = await startEmbeddedDatabase({ dataDir: 'memory://', port: 0, settings: BUILD_SETTINGS });
  try {
    await fill(database);
    await database.copyDataDirTo(directory);
  } finally {
    await database.stop();
  }
}
