import fs from 'node:fs';

export type Counts = { passed: number; failed: number; skipped: number };

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Counts from vitest's JSON reporter (Jest-compatible shape). A test file that failed before any
 * of its tests ran (an import error) counts as one failure: its tests would otherwise vanish
 * from the total without a trace.
 */
export function countVitest(file: string): Counts {
  const report = readJson(file) as {
    numPassedTests?: number;
    numFailedTests?: number;
    numPendingTests?: number;
    numTodoTests?: number;
    testResults?: { status?: string; assertionResults?: unknown[] }[];
  } | null;
  const brokenFiles = (report?.testResults ?? []).filter((r) => r.status === 'failed' && (r.assertionResults?.length ?? 0) === 0).length;
  return {
    passed: report?.numPassedTests ?? 0,
    failed: (report?.numFailedTests ?? 0) + brokenFiles,
    skipped: (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0),
  };
}

/** Counts from Playwright's JSON reporter; a flaky test counts as failed (we run no retries). */
export function countPlaywright(file: string): Counts {
  const report = readJson(file) as { stats?: { expected?: number; unexpected?: number; skipped?: number; flaky?: number } } | null;
  const stats = report?.stats ?? {};
  return {
    passed: stats.expected ?? 0,
    failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0),
    skipped: stats.skipped ?? 0,
  };
}
