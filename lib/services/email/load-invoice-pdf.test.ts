import { describe, expect, test } from 'vitest';
import { loadInvoicePdfInput } from './load-invoice-pdf';
import { createTestCustomer, createTestInvoice } from './test-fixtures';

describe('loadInvoicePdfInput', () => {
  test('the stored invoice as issued: frozen address, lines with periods, shop, customer language', async () => {
    const { customer, invoice } = await createTestInvoice('nl', 'open', { reminderFeesMinor: [500] });
    const input = await loadInvoicePdfInput(invoice.id);
    expect(input).toMatchObject({
      locale: 'nl',
      shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com', timeZone: 'Europe/Amsterdam' },
      invoice: {
        number: invoice.number,
        status: 'open',
        currency: 'EUR',
        issuedAt: '2026-03-01T09:00:00.000Z',
        dueAt: '2026-03-15T09:00:00.000Z',
        paidAt: null,
        billedTo: { name: 'Frozen Name', addressLine1: 'Old Street 1', city: 'Bergen' },
        totalMinor: 3700,
        paymentReference: invoice.paymentReference,
      },
    });
    expect(input!.invoice.lines).toEqual([
      expect.objectContaining({ description: 'Trendhouse — Monthly', amountMinor: 3200, taxRateBp: 900, periodStart: '2026-02-28T23:00:00.000Z' }),
      expect.objectContaining({ description: 'Reminder fee (step 1)', amountMinor: 500, periodStart: null }),
    ]);
    expect(await loadInvoicePdfInput(invoice.id, { customerId: customer.id })).toEqual(input);
  });

  test('null for another customer’s invoice, a draft, an unknown or malformed id', async () => {
    const { invoice } = await createTestInvoice('en');
    const stranger = await createTestCustomer('en');
    const { invoice: draft, customer: owner } = await createTestInvoice('en', 'draft');
    expect(await loadInvoicePdfInput(invoice.id, { customerId: stranger.id })).toBeNull();
    expect(await loadInvoicePdfInput(draft.id, { customerId: owner.id })).toBeNull();
    expect(await loadInvoicePdfInput(draft.id)).toBeNull();
    expect(await loadInvoicePdfInput('00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await loadInvoicePdfInput('not-a-uuid')).toBeNull();
  });
});
