import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import { InvoicePaymentsTable } from '@/components/invoices/invoice-payments-table';
import { AbandonedPaymentActions } from '@/components/merchant/abandoned-payment-actions';
import { templatesOf } from '@/lib/i18n/templates';
import type { MerchantInvoicePayment } from '@/lib/services/payments/get-merchant-invoice';
import { RegisterPaymentForm } from './register-payment-form';
import { registerPaymentTexts } from './register-payment-texts';
import { staffNotes } from './payment-staff-notes';

// The forms post to server actions; rendering needs only their references.
vi.mock('@/lib/actions/payments/register-manual-payment-action', () => ({ registerManualPaymentAction: async () => ({}) }));
vi.mock('@/lib/actions/payments/abandoned-actions', () => ({ markAbandonedPaidAction: async () => ({}), markAbandonedNotPaidAction: async () => ({}) }));

describe('an invoice for a staff member who chose German', () => {
  test('the register-payment form', () => {
    const html = renderToStaticMarkup(
      <RegisterPaymentForm invoiceId="i1" currency="EUR" defaultAmount="32.00" today="2026-03-05" texts={registerPaymentTexts('de', 'EUR')} />,
    );
    for (const text of ['Betrag (EUR)', 'Eingegangen am', 'Zahlungsart', '>Überweisung</option>', 'Notiz (optional', 'Zahlung erfassen']) expect(html).toContain(text);
    expect(html).not.toMatch(/Received on|Bank transfer|Register payment/);
  });

  test('the payments with their source and notes, and the abandoned checkout’s buttons', () => {
    const payment = { id: 'p1', date: '2026-03-05T10:00:00.000Z', source: 'Bank', method: 'SEPA', status: 'paid', amountMinor: 1250, currency: 'EUR', reference: 'REF-1', notes: [] };
    const table = renderToStaticMarkup(<InvoicePaymentsTable payments={[payment]} timeZone="Europe/Berlin" audience="merchant" locale="de" />);
    expect(table).toContain('<th>Quelle</th>');
    expect(table).toContain('<th>Referenz und Notiz</th>');
    expect(table).toContain('12,50');
    const buttons = renderToStaticMarkup(<AbandonedPaymentActions paymentId="p1" texts={templatesOf('de', 'dashboard.lists.abandoned')} />);
    expect(buttons).toContain('Als bezahlt markieren');
    expect(buttons).toContain('Als nicht bezahlt markieren');
  });
});

describe('what staff read beside a payment, in German', () => {
  test('who registered it, when it was charged back and the provider’s fee', () => {
    const payment: MerchantInvoicePayment = {
      id: 'p1',
      source: 'manual',
      method: 'bank_transfer',
      status: 'charged_back',
      amountMinor: 3200,
      reference: null,
      date: '2026-03-05T10:00:00.000Z',
      recordedBy: 'staff@example.test',
      reversedAt: '2026-03-09T10:00:00.000Z',
      reversalCode: 'MD06',
      chargebackFeeMinor: 350,
      currency: 'EUR',
      failureReason: null,
      note: null,
    };
    expect(staffNotes(payment, 'Europe/Berlin', 'de')).toEqual(['von staff@example.test', 'zurückgebucht am 09.03.2026 (MD06)', 'Rückbuchungsgebühr 3,50\u00a0€']);
  });
});
