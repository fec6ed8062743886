import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';

const tsx = createRequire(import.meta.url).resolve('tsx/cli');

/** Pids of the processes (other than this one) whose environment holds `marker`. Linux's /proc. */
function processesMarked(marker: string): number[] {
  const found: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      if (fs.readFileSync(`/proc/${pid}/environ`, 'latin1').includes(marker)) found.push(pid);
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return found;
}

test.runIf(process.platform === 'linux')(
  'npm run dev whose database cannot be prepared exits with the reason and leaves no Next.js server running',
  async () => {
    // The data dir is locked by a live process (this one), so the preparation fails after the
    // launcher has already started Next.js beside it (the port listens first: see runNext).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kadens-dev-'));
    const dataDir = path.join(dir, 'pglite');
    fs.writeFileSync(`${dataDir}.lock`, String(process.pid));
    const marker = `kadens-dev-test-${crypto.randomUUID()}`;
    const child = spawn(process.execPath, [tsx, 'scripts/dev.ts'], {
      // No DATABASE_URL: the embedded database, as on a fresh machine.
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        AUTH_SECRET: 'x'.repeat(40),
        PORT: '3697',
        KADENS_EMBEDDED_DB_PORT: '5697',
        KADENS_DATA_DIR: dataDir,
        KADENS_DEV_TEST_MARKER: marker,
      } as Record<string, string> as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    clearTimeout(timer);
    try {
      expect(code).not.toBe(0);
      expect(output).toContain(`The embedded database in ${dataDir} is already open in process ${process.pid}.`);
      // Next.js had been started with the launcher's environment: none of its processes is left
      // (a child outlives its parent unless the parent stops it). Given a moment to exit.
      let left = processesMarked(marker);
      for (let waited = 0; left.length > 0 && waited < 10_000; waited += 250) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        left = processesMarked(marker);
      }
      expect(left).toEqual([]);
    } finally {
      for (const pid of processesMarked(marker)) process.kill(pid, 'SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  90_000,
);
