import postgres from 'postgres';

/**
 * One database per vitest worker, copied from the migrated and seeded test database: files that
 * run at the same time never see each other's rows or shop-wide settings (a test that changes
 * the shop's time zone or seller identity for a while), exactly as when files ran one by one.
 * A copy by TEMPLATE is a file copy on the server, a fraction of a second. DATABASE_URL's own
 * database is left alone, for the end-to-end server to start on fresh.
 */
export function workerDatabaseUrl(baseUrl: string, poolId: string | number): string {
  const url = new URL(baseUrl);
  url.pathname = `/${url.pathname.slice(1)}_w${poolId}`;
  return url.toString();
}

const nameOf = (url: string) => new URL(url).pathname.slice(1);

/**
 * These databases are thrown away after the run, so a commit need not wait for its WAL to reach
 * the disk: on this kind of machine that wait is about 1 ms of every commit, and the suite commits
 * hundreds of thousands of times. What a test sees is unchanged (the setting trades only crash
 * durability, never visibility or ordering). A database's settings are not copied by TEMPLATE,
 * so each copy gets its own.
 */
const NO_COMMIT_FLUSH = (name: string) => `alter database "${name}" set synchronous_commit = off`;

/** An empty database beside `baseUrl` to migrate and seed once, the workers' template. */
export async function createTemplateDatabase(baseUrl: string): Promise<string> {
  const url = workerDatabaseUrl(baseUrl, 'template');
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  try {
    // Left over from an interrupted run: its rows would be older than this run's migrations.
    await admin.unsafe(`drop database if exists "${nameOf(url)}" with (force)`);
    await admin.unsafe(`create database "${nameOf(url)}"`);
    await admin.unsafe(NO_COMMIT_FLUSH(nameOf(url)));
  } finally {
    await admin.end();
  }
  return url;
}

export async function createWorkerDatabases(baseUrl: string, templateUrl: string, count: number): Promise<void> {
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  try {
    for (let id = 1; id <= count; id++) {
      const name = nameOf(workerDatabaseUrl(baseUrl, id));
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.unsafe(`create database "${name}" template "${nameOf(templateUrl)}"`);
      await admin.unsafe(NO_COMMIT_FLUSH(name));
    }
  } finally {
    await admin.end();
  }
}

export async function dropWorkerDatabases(baseUrl: string, count: number): Promise<void> {
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  try {
    for (const id of [...Array.from({ length: count }, (_, i) => i + 1), 'template']) {
      await admin.unsafe(`drop database if exists "${nameOf(workerDatabaseUrl(baseUrl, id))}" with (force)`);
    }
  } finally {
    await admin.end();
  }
}
