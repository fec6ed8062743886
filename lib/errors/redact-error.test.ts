import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, test } from 'vitest';
import { redactError } from './redact-error';

/** A PostgreSQL error as postgres-js raises it: the fields PostgreSQL sends, and its message. */
function pgError(fields: Record<string, string>, message: string) {
  return Object.assign(new Error(message), { name: 'PostgresError', severity: 'ERROR', ...fields });
}

const HASH = '$2b$12$abcdefghijklmnopqrstuuvwxyzABCDEFGHIJKLMNOPQRSTUVWX';

describe('redactError', () => {
  test('a failed insert names the code, table and constraint, never the parameters', () => {
    const cause = pgError(
      { code: '23505', table_name: 'users', constraint_name: 'users_email_key', detail: 'Key (email)=(daan@example.com) already exists.' },
      'duplicate key value violates unique constraint "users_email_key"',
    );
    const error = new DrizzleQueryError('insert into "users" ("email", "name", "password_hash") values ($1, $2, $3)', ['daan@example.com', 'Daan de Vries', HASH], cause);
    // What logging the error itself would have printed: the parameters are in its message.
    expect(String(error.message)).toContain('daan@example.com');

    const logged = redactError(error);
    expect(logged).toMatch(/^database error 23505 \(table users, constraint users_email_key\): duplicate key value violates unique constraint "…"/);
    for (const secret of ['daan@example.com', 'Daan de Vries', HASH]) expect(logged).not.toContain(secret);
  });

  test('a value PostgreSQL quotes in its message is left out', () => {
    const error = new DrizzleQueryError('select 1 where id = $1', ['not-a-uuid daan@example.com'], pgError({ code: '22P02' }, 'invalid input syntax for type uuid: "not-a-uuid daan@example.com"'));
    expect(redactError(error)).toMatch(/^database error 22P02: invalid input syntax for type uuid: "…"/);
    expect(redactError(error)).not.toContain('daan@example.com');
  });

  test('a query error with no database answer (connection refused) says only that a query failed', () => {
    const error = new DrizzleQueryError('update customers set name = $1', ['Daan de Vries'], new Error('connect ECONNREFUSED'));
    expect(redactError(error).split('\n')[0]).toBe('Error: a database query failed');
  });

  test('any other error keeps its message, with e-mail addresses masked, and where it happened', () => {
    const logged = redactError(new TypeError('Resend refused daan@example.com: invalid domain'));
    expect(logged.split('\n')[0]).toBe('TypeError: Resend refused <e-mail>: invalid domain');
    expect(logged).toMatch(/\n\s+at /);
    expect(redactError('plain daan@example.com')).toBe('plain <e-mail>');
  });
});
