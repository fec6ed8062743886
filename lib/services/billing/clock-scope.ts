import { eq, type SQL } from 'drizzle-orm';
import { builtOnceQuery, valueFor } from '@/db/built-once';
import type { DbOrTx } from '@/db/client';
import { clockCondition, REAL_TIME, type ClockScope } from '@/db/queries/clock-scope';
import { customers } from '@/db/schema';

// The clock scope is a read's scope first: it lives with the queries, and the engine uses the same.
export { clockCondition, REAL_TIME, type ClockScope } from '@/db/queries/clock-scope';

/**
 * A statement of the engine's built once (db/built-once.ts) for each kind of scope, given its
 * clock condition: for real time as clockCondition writes it, for a test clock with the clock's
 * id as a value, so every clock runs the same text.
 */
export function builtOncePerScope<R>(build: (scope: SQL) => unknown): (on: DbOrTx, scope: ClockScope, values: Record<string, unknown>) => Promise<R[]> {
  const real = builtOnceQuery<R>(() => build(clockCondition(REAL_TIME)));
  const clock = builtOnceQuery<R>(() => build(eq(customers.testClockId, valueFor(customers.testClockId, 'clockId'))));
  return (on, scope, values) => (scope.kind === 'real' ? real(on, values) : clock(on, { ...values, clockId: scope.clockId }));
}
