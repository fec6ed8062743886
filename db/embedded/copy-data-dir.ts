import fs from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';

/**
 * Writes an in-memory PGlite's data dir to `target` (an empty directory), file by file.
 *
 * NOTE: instead of PGlite's dumpDataDir and loadDataDir (a tarball built in memory, then unpacked
 * through PGlite's own file system calls and opened once more): the same files, a few times faster
 * (`npm run bench:demo-history` prints the time). A CHECKPOINT first puts every change into the
 * data files, so opening the copy replays no WAL, and the copy itself is synchronous: no statement
 * runs while it is taken. Call it with no transaction in flight.
 */
export async function copyDataDir(pglite: PGlite, target: string): Promise<void> {
  const [row] = (await pglite.query<{ dir: string }>("select setting as dir from pg_settings where name = 'data_directory'")).rows;
  await pglite.exec('checkpoint');
  const [wal] = (
    await pglite.query<{ first: string; last: string }>(
      'select pg_walfile_name(redo_lsn) as first, pg_walfile_name(pg_current_wal_insert_lsn()) as last from pg_control_checkpoint()',
    )
  ).rows;
  // NOTE: only the WAL segments from the checkpoint's redo point to the current one, as a base
  // backup takes: the checkpoint renames the older ones ahead of the current one for reuse (16 MB
  // each, 80 MB and more after a history), which a start never reads and creates when it needs.
  const walNeeded = (name: string) => !/^[0-9A-F]{24}$/.test(name) || (name >= wal!.first && name <= wal!.last);
  const memfs = pglite.Module.FS;
  const copy = (from: string, to: string) => {
    for (const name of memfs.readdir(from)) {
      if (name === '.' || name === '..') continue;
      if (from.endsWith('/pg_wal') && !walNeeded(name)) continue;
      const source = `${from}/${name}`;
      const destination = path.join(to, name);
      const { mode } = memfs.stat(source);
      if (memfs.isDir(mode)) {
        fs.mkdirSync(destination, { mode: 0o700 });
        copy(source, destination);
      } else if (memfs.isFile(mode)) {
        fs.writeFileSync(destination, memfs.readFile(source), { mode: 0o600 });
      }
    }
  };
  copy(row!.dir, target);
}
