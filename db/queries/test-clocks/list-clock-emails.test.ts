import { beforeAll, describe, expect, test } from 'vitest';
import { listClockEmails } from './list-clock-emails';
import { listClockInvoices } from './list-clock-invoices';
import { createTestClockFixture, type TestClockFixture } from './test-clock-fixture';

let fixture: TestClockFixture;
beforeAll(async () => {
  fixture = await createTestClockFixture();
});

describe('listClockEmails', () => {
  test("the messages to the clock's customers, among them term 1's invoice", async () => {
    const rows = await listClockEmails(fixture.clock.id);
    const term1 = (await listClockInvoices(fixture.clock.id)).find((i) => i.term === 1)!;
    expect(rows.map((r) => r.template)).toEqual(expect.arrayContaining(['order-confirmation', 'invoice']));
    const invoiceEmail = rows.find((r) => r.template === 'invoice' && r.subject.includes(term1.number!));
    expect(invoiceEmail).toEqual({
      id: expect.any(String),
      customerName: `Sim ${fixture.tag}`,
      toAddress: expect.stringMatching(/@example\.invalid$/),
      template: 'invoice',
      subject: expect.stringContaining(`Invoice ${term1.number}`),
      status: 'stored',
      createdAt: expect.any(String),
    });
    const created = rows.map((r) => r.createdAt);
    expect(created).toEqual([...created].sort().reverse());
  });

  test('another clock sees none of them', async () => {
    expect(await listClockEmails(fixture.emptyClock.id)).toEqual([]);
  });
});
