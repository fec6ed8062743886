import { eq, isNull, type SQL } from 'drizzle-orm';
import { customers } from '@/db/schema';

/**
 * Which customers a sweep works on: the real ones (on real time), or those of one test clock
 * (on that clock's time). A sweep never mixes the two, so a simulation can never bill a real
 * customer early.
 */
export type ClockScope = { kind: 'real' } | { kind: 'test-clock'; clockId: string };

export const REAL_TIME: ClockScope = { kind: 'real' };

export function clockCondition(scope: ClockScope): SQL {
  return scope.kind === 'real' ? isNull(customers.testClockId) : eq(customers.testClockId, scope.clockId);
}
