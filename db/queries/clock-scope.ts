import { eq, isNull, type SQL } from 'drizzle-orm';
import { customers } from '@/db/schema';

/**
 * Which customers a read or a sweep works on: the real ones (on real time), or those of one test
 * clock (on that clock's time). Never both: a simulation can never bill a real customer early,
 * and the dashboard's figures never count simulated money. Every query over customers' rows takes
 * one, so "all customers" is never a default.
 */
export type ClockScope = { kind: 'real' } | { kind: 'test-clock'; clockId: string };

export const REAL_TIME: ClockScope = { kind: 'real' };

/** The condition on `customers` for a scope (join customers first). */
export function clockCondition(scope: ClockScope): SQL {
  return scope.kind === 'real' ? isNull(customers.testClockId) : eq(customers.testClockId, scope.clockId);
}
