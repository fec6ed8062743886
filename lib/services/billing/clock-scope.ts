// The clock scope is a read's scope first: it lives with the queries, and the engine uses the same.
export { clockCondition, REAL_TIME, type ClockScope } from '@/db/queries/clock-scope';
