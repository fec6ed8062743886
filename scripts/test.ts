import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { countPlaywright, countVitest, type Counts } from './lib/test-counts';

/**
 * `npm test`: type check, lint, unit and service tests (vitest), a production build, and the
 * end-to-end suite (Playwright in Chromium). Ends with one line: `N passed, N failed[, N skipped]`.
 */
const RESULTS = '.test-results';
fs.rmSync(RESULTS, { recursive: true, force: true });
fs.mkdirSync(RESULTS, { recursive: true });

const timings: string[] = [];

function run(title: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  // Where the suite's minutes go, printed at the end: the budget is about ten minutes in all.
  timings.push(`${title} ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return result.status === 0;
}

/**
 * Like run, in the background with its output held until it ends (printed whole, not interleaved
 * with the step in the foreground): the type check is single-threaded and the build mostly so, so
 * on two cores they take little longer together than the build alone.
 */
function runBeside(title: string, command: string, args: string[]): Promise<boolean> {
  const started = performance.now();
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
  const output: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      console.log(`\n=== ${title} (beside the build): ${command} ${args.join(' ')}`);
      process.stdout.write(Buffer.concat(output));
      timings.push(`${title} ${((performance.now() - started) / 1000).toFixed(0)} s (beside the build)`);
      resolve(code === 0);
    });
  });
}

function ensureBrowser(): void {
  if (fs.existsSync('/usr/bin/chromium')) return;
  run('browser', 'npx', ['playwright', 'install', 'chromium']);
}

const gates = [
  run('lint', 'npx', ['eslint', '.', '--max-warnings=0']),
  run('layers', 'npm', ['run', '--silent', 'lint:layers']),
];
const vitestOk = run('unit and service tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${RESULTS}/vitest.json`,
]);
ensureBrowser();
// The build leaves type checking to tsc just after it, which then sees the route types the
// build wrote as well: one pass over the program instead of two.
const typeCheck = runBeside('type check', 'npx', ['tsc', '--noEmit']);
const buildOk = run('build', 'npx', ['next', 'build', '--webpack'], { KADENS_BUILD_SKIPS_TYPECHECK: '1' });
const typesOk = await typeCheck;
const e2eOk = buildOk && run('end-to-end tests', 'npx', ['playwright', 'test'], { CI: process.env.CI ?? '' });

const total: Counts = { passed: 0, failed: 0, skipped: 0 };
for (const counts of [countVitest(`${RESULTS}/vitest.json`), countPlaywright(`${RESULTS}/playwright.json`)]) {
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}
const problems = [
  ...(typesOk ? [] : ['type check failed']),
  ...(gates[0] ? [] : ['lint failed']),
  ...(gates[1] ? [] : ['layer rules failed (npm run lint:layers)']),
  ...(buildOk ? [] : ['build failed']),
  ...(vitestOk || total.failed > 0 ? [] : ['vitest did not finish']),
  ...(e2eOk || !buildOk || total.failed > 0 ? [] : ['playwright did not finish']),
];
console.log(`\nTimes: ${timings.join(', ')}.`);
if (problems.length) console.log(`\nAlso: ${problems.join('; ')}.`);
console.log(
  `\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`,
);
process.exit(problems.length === 0 && total.failed === 0 && vitestOk && e2eOk ? 0 : 1);
