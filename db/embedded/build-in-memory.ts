import { startEmbeddedDatabase, type EmbeddedDatabase } from './server';

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
  const database = await startEmbeddedDatabase({ dataDir: 'memory://', port: 0 });
  try {
    await fill(database);
    await database.copyDataDirTo(directory);
  } finally {
    await database.stop();
  }
}
