import { describe, expect, test } from 'vitest';
import type { Locale } from '@/lib/i18n/locales';
import type { CreditNotePdfInput } from './credit-note-pdf-input';
import { extractPdfText } from './extract-pdf-text';
import { renderCreditNotePdf } from './render-credit-note-pdf';
import { renderInvoicePdf } from './render-invoice-pdf';

const line = { description: 'Trendhouse – Monthly', quantity: 1, unitAmountMinor: 3200, amountMinor: 3200, taxRateBp: 900, taxMinor: 264, periodStart: '2026-02-28T23:00:00.000Z', periodEnd: '2026-03-31T22:00:00.000Z' };
const party = { name: 'Kari Nordmann', companyName: null, vatId: null, addressLine1: 'Testgate 1', addressLine2: null, postalCode: '0150', city: 'Oslo', country: 'NO' };
const shop = { name: 'Kadens Demo Shop', supportEmail: 'support@example.com', timeZone: 'Europe/Amsterdam' };
const sample: CreditNotePdfInput = {
  locale: 'en',
  shop,
  creditNote: { number: 'CN-000007', invoiceNumber: 'KD-000042', currency: 'EUR', issuedAt: '2026-03-20T10:00:00.000Z', reason: 'Damaged issue', disposition: 'balance', billedTo: party, lines: [line], subtotalMinor: 2936, taxMinor: 264, totalMinor: 3200 },
};

const textOf = async (input: CreditNotePdfInput) => extractPdfText(await renderCreditNotePdf(input, { compress: false }));

/** Where the credited money goes, as each language says it. */
const dispositions: Array<[Locale, CreditNotePdfInput['creditNote']['disposition'], string]> = [
  ['en', 'refund', 'The amount is refunded to the payment method you paid with.'],
  ['en', 'balance', 'The amount is added to your credit balance and used on your next invoice.'],
  ['en', 'reduce_open', 'The amount is deducted from what invoice KD-000042 still owes.'],
  ['nl', 'refund', 'Het bedrag wordt terugbetaald via de betaalmethode waarmee je hebt betaald.'],
  ['nl', 'reduce_open', 'Het bedrag wordt afgetrokken van wat er op factuur KD-000042 nog openstaat.'],
  ['de', 'balance', 'Der Betrag wird Ihrem Guthaben gutgeschrieben und mit Ihrer nächsten Rechnung verrechnet.'],
  ['de', 'reduce_open', 'Der Betrag wird vom offenen Betrag der Rechnung KD-000042 abgezogen.'],
  ['nb', 'refund', 'Beløpet betales tilbake til betalingsmåten du betalte med.'],
  ['nb', 'reduce_open', 'Beløpet trekkes fra det som gjenstår å betale på faktura KD-000042.'],
];

describe('renderCreditNotePdf', () => {
  test.each(dispositions)('%s, %s: says where the money goes', async (locale, disposition, sentence) => {
    const text = await textOf({ ...sample, locale, creditNote: { ...sample.creditNote, disposition } });
    expect(text).toContain(sentence);
  });

  test('the invoice’s layout: the same columns, period line, totals, VAT summary and footer', async () => {
    const note = (await textOf(sample)).split('\n');
    const invoice = extractPdfText(
      await renderInvoicePdf(
        {
          locale: 'en',
          shop,
          invoice: { number: 'KD-000042', status: 'paid', currency: 'EUR', issuedAt: '2026-03-01T09:00:00.000Z', dueAt: null, paidAt: '2026-03-01T09:00:00.000Z', billedTo: party, lines: [line], subtotalMinor: 2936, taxMinor: 264, totalMinor: 3200, amountPaidMinor: 3200, creditedMinor: 0, paymentReference: null },
        },
        { compress: false },
      ),
    ).split('\n');
    const from = (lines: string[], first: string, count: number) => lines.slice(lines.indexOf(first), lines.indexOf(first) + count);
    // From the column headers through the line, its period and figures, to the totals.
    expect(from(note, 'DESCRIPTION', 16)).toEqual(from(invoice, 'DESCRIPTION', 16));
    expect(from(note, 'VAT summary', 9)).toEqual(from(invoice, 'VAT summary', 9));
    expect(note).toContain('Reason: Damaged issue');
    expect(note).toContain('Kadens Demo Shop · support@example.com');
    expect(note).toContain('Page 1 of 1');
  });
});
