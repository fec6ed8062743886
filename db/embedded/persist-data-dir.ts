import fs from 'node:fs';
import path from 'node:path';

/** Whether a data dir holds a database (PostgreSQL writes PG_VERSION first into a new one). */
export function holdsDatabase(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, 'PG_VERSION'));
}

/**
 * Makes the database of a data dir that holds none yet: `write` fills a new sibling directory
 * (buildDataDirInMemory), which then becomes the data dir. The caller holds its lock
 * (acquireDataDirLock).
 *
 * NOTE: written beside it and renamed, not written in place: a start interrupted before or while
 * it writes leaves no half-done database that the next start would take as whole; that one finds
 * none and builds it again.
 */
export async function persistDataDir(dataDir: string, write: (directory: string) => Promise<void>): Promise<void> {
  const building = `${dataDir}.building`;
  fs.rmSync(building, { recursive: true, force: true }); // left by a start interrupted here
  fs.mkdirSync(building, { mode: 0o700 });
  try {
    await write(building);
  } catch (error) {
    fs.rmSync(building, { recursive: true, force: true });
    throw error;
  }
  // NOTE: an empty data dir is replaced; one that holds other files is refused, never overwritten.
  if (fs.existsSync(dataDir)) {
    try {
      fs.rmdirSync(dataDir);
    } catch (error) {
      fs.rmSync(building, { recursive: true, force: true });
      if ((error as NodeJS.ErrnoException).code !== 'ENOTEMPTY') throw error;
      throw new Error(`The data dir ${dataDir} holds files but no database: move it away (or delete it if it is not needed), then start again.`);
    }
  }
  fs.renameSync(building, dataDir);
}
