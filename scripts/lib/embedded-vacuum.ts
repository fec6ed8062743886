import { usesEmbeddedDatabase } from '../../db/database-url';
import { redactError } from '../../lib/errors/redact-error';

const EVERY_MS = 10 * 60_000;

/**
 * The embedded database's autovacuum: every ten minutes, the tables with enough dead rows
 * vacuumed and analyzed (db/vacuum-where-due.ts). Only for the embedded database (PostgreSQL
 * vacuums itself); the first run waits its ten minutes, so a first start's pages come first.
 */
export async function startEmbeddedVacuum(): Promise<() => void> {
  if (!usesEmbeddedDatabase()) return () => {};
  const { vacuumWhereDue } = await import('../../db/vacuum-where-due');
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    vacuumWhereDue()
      .catch((error: unknown) => console.error('[database] vacuum failed:', redactError(error)))
      .finally(() => (running = false));
  }, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
