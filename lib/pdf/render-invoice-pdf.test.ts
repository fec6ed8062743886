import { describe, expect, test } from 'vitest';
import { formatMoney } from '@/lib/billing/money';
import { intlLocales, locales, type Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { extractPdfText } from './extract-pdf-text';
import type { InvoicePdfInput } from './invoice-pdf-input';
import { renderInvoicePdf } from './render-invoice-pdf';
import { toWinAnsi } from './win-ansi';

const sample: InvoicePdfInput = {
  locale: 'en',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com', timeZone: 'Europe/Amsterdam' },
  invoice: {
    number: 'KD-000042',
    status: 'open',
    currency: 'EUR',
    issuedAt: '2026-03-01T09:00:00.000Z',
    dueAt: '2026-03-15T09:00:00.000Z',
    paidAt: null,
    billedTo: {
      name: 'Åse Ødegård',
      companyName: 'Straße & Müller GmbH',
      vatId: 'DE123456789',
      addressLine1: 'Keizersgracht 123',
      addressLine2: null,
      postalCode: '1015 CJ',
      city: 'Amsterdam',
      country: 'NL',
    },
    lines: [
      {
        description: 'Trendhouse – Monthly',
        quantity: 1,
        unitAmountMinor: 3200,
        amountMinor: 3200,
        taxRateBp: 900,
        taxMinor: 264,
        periodStart: '2026-02-28T23:00:00.000Z',
        periodEnd: '2026-03-31T22:00:00.000Z',
      },
      { description: 'Setup fee', quantity: 1, unitAmountMinor: 4900, amountMinor: 4900, taxRateBp: 2100, taxMinor: 850, periodStart: null, periodEnd: null },
      { description: 'Welcome discount', quantity: 1, unitAmountMinor: -1000, amountMinor: -1000, taxRateBp: 2100, taxMinor: -174, periodStart: null, periodEnd: null },
    ],
    subtotalMinor: 6160,
    taxMinor: 940,
    totalMinor: 7100,
    amountPaidMinor: 0,
    creditedMinor: 0,
    paymentReference: '1234 5678 9012',
  },
};

async function textOf(input: InvoicePdfInput): Promise<string> {
  const pdf = await renderInvoicePdf(input, { compress: false });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return extractPdfText(pdf);
}

const money = (minor: number, locale: Locale) => toWinAnsi(formatMoney(minor, 'EUR', intlLocales[locale]));

describe('renderInvoicePdf', () => {
  test('a compressed PDF by default', async () => {
    const pdf = await renderInvoicePdf(sample);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
    expect(pdf.toString('latin1')).toContain('/FlateDecode');
  });

  test.each(locales)('%s: number, totals, VAT per rate, due date and reference', async (locale) => {
    const t = getTranslator(locale, 'pdf.invoice');
    const d = getTranslator(locale, 'documents');
    const text = await textOf({ ...sample, locale });
    expect(text).toContain('KD-000042');
    expect(text).toContain(t('title').toUpperCase());
    expect(text).toContain(d('total'));
    expect(text).toContain(money(7100, locale));
    expect(text).toContain(money(6160, locale));
    // VAT per rate: 9 % on the plan, 21 % on the fee less the discount.
    expect(text).toContain(money(264, locale));
    expect(text).toContain(money(676, locale));
    expect(text).toContain(money(-1000, locale));
    expect(text).toContain(d('vatSummary'));
    expect(text).toContain(`${d('paymentReference')}: 1234 5678 9012`);
    expect(text).not.toContain(t('paidStamp'));
  });

  test('Nordic and German letters and € come through the built-in font', async () => {
    const text = await textOf({ ...sample, locale: 'nb' });
    expect(text).toContain('Åse Ødegård');
    expect(text).toContain('Straße & Müller GmbH');
    expect(text).toContain('Trendhouse – Monthly');
    expect(text).toMatch(/71,00\u00a0€/);
    // Intl writes nb-NO negatives with U+2212, which Helvetica lacks: a hyphen stands in.
    expect(text).toMatch(/-10,00\u00a0€/);
    expect(text).not.toContain('?');
  });

  test('dates in the shop’s zone, the period’s last day inclusive', async () => {
    const text = await textOf(sample);
    expect(text).toContain('1 March 2026');
    expect(text).toContain('15 March 2026');
    expect(text).toContain('Period: 1 March 2026 – 31 March 2026');
    expect(text).toContain('Amount due: €71.00, to be paid by 15 March 2026.');
  });

  test('a paid invoice carries the PAID stamp and the payment date', async () => {
    const paid: InvoicePdfInput = {
      ...sample,
      locale: 'de',
      invoice: { ...sample.invoice, status: 'paid', paidAt: '2026-03-02T10:00:00.000Z', amountPaidMinor: 7100 },
    };
    const text = await textOf(paid);
    expect(text).toContain('BEZAHLT');
    expect(text).toContain('Bezahlt am 2. März 2026. Vielen Dank!');
    expect(text).not.toContain('Offener Betrag');
  });

  test('a partly paid invoice shows what was paid and what is due', async () => {
    const text = await textOf({ ...sample, invoice: { ...sample.invoice, amountPaidMinor: 2100 } });
    expect(text).toContain('Paid\n€21.00');
    expect(text).toContain('Amount due\n€50.00');
  });

  test('a credit note on an open invoice lowers what is due (paid, credited, then the rest)', async () => {
    const text = await textOf({ ...sample, invoice: { ...sample.invoice, amountPaidMinor: 2100, creditedMinor: 1000 } });
    expect(text).toContain('Paid\n€21.00');
    expect(text).toContain('Credited\n€10.00');
    expect(text).toContain('Amount due\n€40.00');
    expect(text).toContain('Amount due: €40.00');
  });

  test('long invoices continue on further pages, numbered', async () => {
    const line = sample.invoice.lines[0]!;
    const many = { ...sample, invoice: { ...sample.invoice, lines: Array.from({ length: 45 }, (_, i) => ({ ...line, description: `Line ${i + 1}` })) } };
    const text = await textOf(many);
    expect(text).toContain('Line 45');
    expect(text).toMatch(/Page 1 of [23]/);
    expect(text.match(/DESCRIPTION/g)!.length).toBeGreaterThan(1);
  });
});
