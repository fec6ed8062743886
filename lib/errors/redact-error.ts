/** The fields of a PostgreSQL error (postgres-js) that name what failed without the data. */
type PgFields = { code?: unknown; table_name?: unknown; constraint_name?: unknown; column_name?: unknown; routine?: unknown; message?: unknown };

const EMAIL = /[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+\.[^\s@"'<>(),;:]+/g;
// PostgreSQL quotes the offending value in some messages (`invalid input syntax for type uuid: "x"`).
const QUOTED = /"[^"]*"/g;
const FRAMES = 4;

function pgFieldsOf(error: unknown): PgFields | null {
  for (let candidate = error, depth = 0; candidate && typeof candidate === 'object' && depth < 3; depth += 1) {
    const fields = candidate as PgFields & { cause?: unknown };
    if (typeof fields.code === 'string' && /^[0-9A-Z]{5}$/.test(fields.code)) return fields;
    candidate = fields.cause;
  }
  return null;
}

function framesOf(error: Error): string {
  return (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, FRAMES)
    .join('\n');
}

/**
 * An error as it may be written to a log: no personal data, no password hashes. A database error
 * becomes its SQLSTATE code, table, constraint and column (drizzle's own message holds the query
 * parameters: names, addresses, hashes), with PostgreSQL's message minus quoted values; any other
 * error keeps its name and message with e-mail addresses masked. A few stack frames follow, so a
 * log still says where it happened.
 */
export function redactError(error: unknown): string {
  const pg = pgFieldsOf(error);
  let summary: string;
  if (pg) {
    const where = [
      typeof pg.table_name === 'string' ? `table ${pg.table_name}` : null,
      typeof pg.constraint_name === 'string' ? `constraint ${pg.constraint_name}` : null,
      typeof pg.column_name === 'string' ? `column ${pg.column_name}` : null,
    ].filter(Boolean);
    const message = typeof pg.message === 'string' ? pg.message.replace(QUOTED, '"…"').replace(EMAIL, '<e-mail>') : '';
    summary = `database error ${String(pg.code)}${where.length ? ` (${where.join(', ')})` : ''}${message ? `: ${message}` : ''}`;
  } else if (error instanceof Error) {
    // A query error without a database cause (a connection refused) still carries the parameters.
    const message = error.message.startsWith('Failed query:') ? 'a database query failed' : error.message.replace(EMAIL, '<e-mail>');
    summary = `${error.name}: ${message}`;
  } else {
    summary = String(error).replace(EMAIL, '<e-mail>');
  }
  const frames = error instanceof Error ? framesOf(error) : '';
  return frames ? `${summary}\n${frames}` : summary;
}
