import { describe, expect, test } from 'vitest';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { planByCode } from '@/test/support/checkout-fixtures';
import { DATA_EXPORT_COLUMNS, dataExportBatches, type DataExportRow, type DataExportTable } from './data-export-batches';

async function all(table: DataExportTable, scope: Parameters<typeof dataExportBatches>[1]): Promise<DataExportRow[]> {
  const rows: DataExportRow[] = [];
  for await (const batch of dataExportBatches(table, scope)) rows.push(...batch);
  return rows;
}

describe('the data export', () => {
  test("holds the real customers' rows in id order, never a simulation's", async () => {
    const clock = await createTestClock({ name: 'not in the export', startAt: new Date('2026-06-01T10:00:00Z') });
    const simulated = await subscribeSimulatedCustomer({ clockId: clock.id, planId: (await planByCode('trendhouse-monthly')).id });
    if (!simulated.ok) throw new Error(simulated.error);

    const customers = await all('customers', REAL_TIME);
    expect(customers.length).toBeGreaterThan(0);
    expect(customers.some((row) => row.id === simulated.value.customerId)).toBe(false);
    const ids = customers.map((row) => String(row.id));
    expect(ids).toEqual([...ids].sort());
    expect(Object.keys(customers[0]!)).toEqual(DATA_EXPORT_COLUMNS.customers);

    const subscriptions = await all('subscriptions', REAL_TIME);
    expect(subscriptions.some((row) => row.customerId === simulated.value.customerId)).toBe(false);
    const own = await all('subscriptions', { kind: 'test-clock', clockId: clock.id });
    expect(own.map((row) => row.customerId)).toEqual([simulated.value.customerId]);
    expect(typeof own[0]!.startedAt).toBe('string');
  });
});
