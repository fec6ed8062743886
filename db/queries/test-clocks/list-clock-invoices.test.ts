import { beforeAll, describe, expect, test } from 'vitest';
import { listClockInvoices } from './list-clock-invoices';
import { createTestClockFixture, type TestClockFixture } from './test-clock-fixture';

let fixture: TestClockFixture;
beforeAll(async () => {
  fixture = await createTestClockFixture();
});

describe('listClockInvoices', () => {
  test("the checkout's invoice and term 1's, the newest issued first", async () => {
    const rows = await listClockInvoices(fixture.clock.id);
    expect(rows.map((r) => [r.term, r.status, r.totalMinor])).toEqual([
      [1, 'open', 3200],
      [null, 'paid', 3200],
    ]);
    expect(rows[0]).toEqual({
      id: expect.any(String),
      // Numbered in the clock's own series, never the shop's.
      number: expect.stringMatching(/\d+$/),
      customerName: `Sim ${fixture.tag}`,
      term: 1,
      status: 'open',
      currency: 'EUR',
      totalMinor: 3200,
      amountPaidMinor: 0,
      issuedAt: '2026-02-21T09:00:00.000Z',
      dueAt: '2026-03-14T09:00:00.000Z',
      // Invoiced by e-mail: no payment attempt yet.
      attempts: '',
    });
    // The checkout's invoice was paid by its one checkout attempt.
    expect(rows[1]!.attempts).toBe('1 paid');
    // The checkout's invoice is dated at the clock's time, not the real one.
    expect(rows[1]!.issuedAt).toBe('2026-01-31T09:00:00.000Z');
  });

  test('another clock sees none of them', async () => {
    expect(await listClockInvoices(fixture.emptyClock.id)).toEqual([]);
  });
});
