import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { InvoiceDocument } from './invoice-document';
import type { InvoiceDocumentData } from './invoice-document-types';
import { invoiceTestIds } from './test-ids';

const AMS = 'Europe/Amsterdam';

const invoice: InvoiceDocumentData = {
  number: 'KD-2026-0042',
  status: 'open',
  currency: 'EUR',
  issuedAt: new Date('2026-03-01T09:00:00Z'),
  dueAt: new Date('2026-03-15T09:00:00Z'),
  paidAt: null,
  paymentReference: 'RF18 0000 0000 0042',
  billTo: { name: 'Daan de Vries', companyName: 'De Vries BV', addressLine1: 'Keizersgracht 1', postalCode: '1015 AA', city: 'Amsterdam', country: 'NL', vatId: 'NL123456789B01' },
  subtotalMinor: 4000,
  taxMinor: 840,
  totalMinor: 4840,
  amountPaidMinor: 1000,
  creditedMinor: 500,
  openMinor: 3340,
  lines: [
    {
      id: 'l1',
      kind: 'plan',
      description: 'Trendhouse — Monthly',
      periodStart: new Date('2026-03-01T00:00:00Z'),
      periodEnd: new Date('2026-04-01T00:00:00Z'),
      quantity: 2,
      unitAmountMinor: 2000,
      taxRateBp: 2100,
      amountMinor: 4000,
    },
  ],
  payments: [
    {
      id: 'p1',
      date: '2026-03-05T10:00:00.000Z',
      source: 'Registered by hand',
      method: 'Bank transfer',
      status: 'paid',
      amountMinor: 1000,
      currency: 'EUR',
      reference: 'BANK-REF-9',
      notes: ['by staff@example.test', 'paid at the counter'],
    },
  ],
  creditNotes: [
    { id: 'cn1', number: 'CN-2026-0003', issuedAt: new Date('2026-03-06T10:00:00Z'), reason: 'Late delivery', totalMinor: 500, currency: 'EUR', pdfHref: '/account/credit-notes/cn1/pdf' },
  ],
};

const render = (audience: 'merchant' | 'customer') =>
  renderToStaticMarkup(<InvoiceDocument invoice={invoice} timeZone={AMS} audience={audience} />);
const cell = (html: string, testId: string) => new RegExp(`data-testid="${testId}"[^>]*>(?:<strong>)?([^<]*)`).exec(html)?.[1];

describe('InvoiceDocument', () => {
  test.each(['merchant', 'customer'] as const)('%s: the same lines, VAT, totals, payments and credit notes', (audience) => {
    const html = render(audience);
    expect(cell(html, invoiceTestIds.number)).toBe('KD-2026-0042');
    expect(cell(html, invoiceTestIds.status)).toBe('open');
    expect(html).toContain('De Vries BV');
    expect(html).toContain('VAT NL123456789B01');
    expect(html).toContain('21%');
    expect(cell(html, invoiceTestIds.total)).toBe('€48.40');
    expect(html).toContain('Credited');
    expect(cell(html, invoiceTestIds.openAmount)).toBe('€33.40');
    expect(cell(html, invoiceTestIds.paymentReference)).toBe('RF18 0000 0000 0042');
    expect(html.match(new RegExp(`data-testid="${invoiceTestIds.paymentRow}"`, 'g'))).toHaveLength(1);
    expect(html).toContain('CN-2026-0003');
    expect(html).toContain('href="/account/credit-notes/cn1/pdf"');
    // Its e-invoice beside it, for the buyer's accounting system.
    expect(html).toContain('href="/account/credit-notes/cn1/ehf"');
  });

  test('staff see where a payment came from and their notes; the customer does not', () => {
    const staff = render('merchant');
    const customer = render('customer');
    for (const staffOnly of ['Registered by hand', 'BANK-REF-9', 'by staff@example.test', 'paid at the counter']) {
      expect(staff).toContain(staffOnly);
      expect(customer).not.toContain(staffOnly);
    }
  });

  test('dates read as elsewhere in each area: numeric on the dashboard, spelled out in Min Side', () => {
    expect(render('merchant')).toContain('2026-03-15');
    expect(render('customer')).toContain('15 Mar 2026');
  });

  test('no credit notes, no section; a draft has no number yet', () => {
    const html = renderToStaticMarkup(
      <InvoiceDocument invoice={{ ...invoice, number: null, status: 'draft', creditNotes: [], billTo: null }} timeZone={AMS} audience="merchant" />,
    );
    expect(html).not.toContain('Credit notes');
    expect(cell(html, invoiceTestIds.number)).toBe('(draft)');
  });

  test('an order waiting for its money says how often it was reminded, and when it was cancelled unpaid', () => {
    const reminded = { reminders: 2, lastReminderAt: new Date('2026-03-29T09:00:00Z'), cancelledAt: null };
    const open = renderToStaticMarkup(<InvoiceDocument invoice={{ ...invoice, followUp: reminded }} timeZone={AMS} audience="customer" />);
    expect(cell(open, invoiceTestIds.reminders)).toBe('2 sent, the last on ');
    expect(open).toContain('29 Mar 2026');
    expect(open).not.toContain(invoiceTestIds.orderCancelled);

    const lapsed = { ...reminded, cancelledAt: new Date('2026-04-26T08:00:00Z') };
    const dutch = renderToStaticMarkup(<InvoiceDocument invoice={{ ...invoice, status: 'void', followUp: lapsed }} timeZone={AMS} audience="customer" locale="nl" />);
    expect(dutch).toContain('Bestelling geannuleerd');
    expect(dutch).toContain('volledig gecrediteerd');
    // Any other invoice has no such rows.
    expect(render('merchant')).not.toContain(invoiceTestIds.reminders);
  });
});
