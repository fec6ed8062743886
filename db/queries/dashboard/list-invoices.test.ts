import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { createDashboardFixture, type DashboardFixture } from './dashboard-test-fixture';
import { defaultListQuery } from '@/lib/validations/list-query';
import { INVOICE_LIST, listInvoices, listInvoicesPage } from './list-invoices';

let fixture: DashboardFixture;
beforeAll(async () => {
  fixture = await createDashboardFixture();
});
afterAll(async () => {
  await fixture?.cleanUp();
});

describe('listInvoices', () => {
  test('returns every invoice, drafts included, newest first', async () => {
    const rows = (await listInvoicesPage(REAL_TIME, defaultListQuery(INVOICE_LIST, { q: fixture.tag, size: 100 }))).rows;
    const { paidInvoice, openAtStart, voidInvoice, lastMonthInvoice, atEnd, draft } = fixture.invoices;
    expect(rows.map((r) => r.id)).toEqual([draft, atEnd, lastMonthInvoice, voidInvoice, openAtStart, paidInvoice].map((i) => i.id));
  });

  test('names the customer from the snapshot, and drafts have no number', async () => {
    const rows = (await listInvoicesPage(REAL_TIME, defaultListQuery(INVOICE_LIST, { q: fixture.tag, size: 100 }))).rows;
    expect(rows.find((r) => r.id === fixture.invoices.paidInvoice.id)).toEqual({
      id: fixture.invoices.paidInvoice.id,
      number: `DASH-${fixture.tag}-1`,
      status: 'paid',
      customerId: fixture.customer.id,
      customerName: `Snapshot Name ${fixture.tag}`,
      customerEmail: fixture.customer.email,
      currency: fixture.currency,
      totalMinor: 3200,
      amountPaidMinor: 0,
      paymentReference: null,
      issuedAt: '2031-05-10T09:00:00.000Z',
      dueAt: null,
      createdAt: '2031-05-10T09:00:00.000Z',
      dunningStep: null,
    });
    const draft = rows.find((r) => r.id === fixture.invoices.draft.id);
    expect(draft).toMatchObject({ number: null, status: 'draft', issuedAt: null, totalMinor: 1234 });
    // A draft has no snapshot yet: the customer's current name stands in.
    expect(draft?.customerName).toBe(`Dash Customer ${fixture.tag}`);
  });

  test('limits the list for the overview', async () => {
    const rows = await listInvoices(REAL_TIME, { limit: 5 });
    expect(rows.length).toBeLessThanOrEqual(5);
    expect(rows.length).toBeGreaterThan(0);
    const created = rows.map((r) => r.createdAt);
    expect([...created].sort().reverse()).toEqual(created);
  });
});
