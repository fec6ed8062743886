import { beforeAll, describe, expect, test } from 'vitest';
import { createTestClockFixture, type TestClockFixture } from '@/db/queries/test-clocks/test-clock-fixture';
import { advanceTestClock } from '@/lib/services/test-clocks/advance-test-clock';
import { defaultListQuery, parseListQuery } from '@/lib/validations/list-query';
import { ENGINE_LOG_LIST, engineLogBatches, listEngineLog } from './list-engine-log';

// One simulated subscriber without autopay, run for most of a year: renewals, then reminders
// and the end when the invoices stay unpaid. Read on its own clock only.
let fixture: TestClockFixture;
let scope: { kind: 'test-clock'; clockId: string };
beforeAll(async () => {
  fixture = await createTestClockFixture();
  scope = { kind: 'test-clock', clockId: fixture.clock.id };
  await advanceTestClock({ clockId: fixture.clock.id, to: new Date('2026-09-01T09:00:00Z') });
}, 180_000);

describe('the engine log list', () => {
  test('latest step first, paged on the server with nothing lost or repeated between pages', async () => {
    const all = [];
    for await (const batch of engineLogBatches(scope, defaultListQuery(ENGINE_LOG_LIST))) all.push(...batch);
    expect(all.length).toBeGreaterThan(10);
    const applied = all.map((row) => row.appliedAt);
    expect(applied).toEqual([...applied].sort().reverse());
    expect(all.every((row) => row.customerName === `Sim ${fixture.tag}` && row.subscriptionId === fixture.subscription.id)).toBe(true);

    const first = await listEngineLog(scope, defaultListQuery(ENGINE_LOG_LIST, { size: 10 }));
    expect(first.rows).toHaveLength(10);
    expect(first.prevCursor).toBeNull();
    const second = await listEngineLog(scope, defaultListQuery(ENGINE_LOG_LIST, { size: 10, after: first.nextCursor, page: 2 }));
    expect([...first.rows, ...second.rows].map((row) => row.id)).toEqual(all.slice(0, 10 + second.rows.length).map((row) => row.id));
    const back = await listEngineLog(scope, defaultListQuery(ENGINE_LOG_LIST, { size: 10, before: second.prevCursor, page: 1 }));
    expect(back.rows.map((row) => row.id)).toEqual(first.rows.map((row) => row.id));
  });

  test('filtered by step and by the subscription’s status, searched by the customer', async () => {
    const issues = await listEngineLog(scope, parseListQuery({ action: 'issue', size: '100' }, ENGINE_LOG_LIST).query);
    expect(issues.rows.length).toBeGreaterThan(0);
    expect(issues.rows.every((row) => row.action === 'issue')).toBe(true);
    const reminders = await listEngineLog(scope, parseListQuery({ action: 'dunning', size: '100' }, ENGINE_LOG_LIST).query);
    expect(reminders.rows.length).toBeGreaterThan(0);
    expect(reminders.rows.every((row) => row.action.startsWith('dunning:'))).toBe(true);

    const status = (await listEngineLog(scope, defaultListQuery(ENGINE_LOG_LIST, { size: 10 }))).rows[0]!.status!;
    const other = status === 'active' ? 'paused' : 'active';
    expect((await listEngineLog(scope, parseListQuery({ status }, ENGINE_LOG_LIST).query)).rows.length).toBeGreaterThan(0);
    expect((await listEngineLog(scope, parseListQuery({ status: other }, ENGINE_LOG_LIST).query)).rows).toEqual([]);
    // Every step of the clock is this customer's: searched by name or e-mail, the same rows.
    const every = (await listEngineLog(scope, parseListQuery({ size: '100' }, ENGINE_LOG_LIST).query)).rows.map((row) => row.id);
    expect(every.length).toBeGreaterThan(0);
    expect((await listEngineLog(scope, parseListQuery({ q: fixture.tag, size: '100' }, ENGINE_LOG_LIST).query)).rows.map((row) => row.id)).toEqual(every);
    expect((await listEngineLog(scope, parseListQuery({ q: fixture.tag.toUpperCase(), size: '100' }, ENGINE_LOG_LIST).query)).rows.map((row) => row.id)).toEqual(every);
    expect((await listEngineLog(scope, parseListQuery({ q: 'nobody-by-this-name' }, ENGINE_LOG_LIST).query)).rows).toEqual([]);
  });

  test('an unknown step is refused in words; another clock sees none of these rows', async () => {
    expect(parseListQuery({ action: 'refund' }, ENGINE_LOG_LIST).problem).toEqual({
      kind: 'filter',
      name: 'action',
      allowed: 'announce, invoice, issue, dunning, order, pause, resume, end',
    });
    const empty = await listEngineLog({ kind: 'test-clock', clockId: fixture.emptyClock.id }, defaultListQuery(ENGINE_LOG_LIST));
    expect(empty.rows).toEqual([]);
  });
});
