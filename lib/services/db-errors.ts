type PgError = { code?: string; constraint_name?: string; constraint?: string };

function pgErrorOf(error: unknown): PgError | null {
  if (!error || typeof error !== 'object') return null;
  // drizzle wraps the driver's error in `cause`; test the SQLSTATE, not the class name.
  const cause = (error as { cause?: unknown }).cause;
  const candidate = (cause && typeof cause === 'object' ? cause : error) as PgError;
  return typeof candidate.code === 'string' ? candidate : null;
}

/** True for a unique violation (SQLSTATE 23505), optionally of one named constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pg = pgErrorOf(error);
  if (pg?.code !== '23505') return false;
  return !constraint || (pg.constraint_name ?? pg.constraint) === constraint;
}
