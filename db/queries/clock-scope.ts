import { eq, isNull, sql, type AnyColumn, type SQL } from 'drizzle-orm';
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

/**
 * The same condition on a row's customer id, without joining customers: for real time an
 * anti-join with the few simulated customers (customers_test_clock_id_idx), for a clock a
 * semi-join with its own. NOTE: a list that joins customers only for its page's names can then
 * filter and order its rows first and join the page's customers alone.
 */
export function clockConditionOn(scope: ClockScope, customerId: SQL | AnyColumn): SQL {
  return scope.kind === 'real'
    ? sql`not exists (select 1 from customers scope_c where scope_c.id = ${customerId} and scope_c.test_clock_id is not null)`
    : sql`exists (select 1 from customers scope_c where scope_c.id = ${customerId} and scope_c.test_clock_id = ${scope.clockId})`;
}
