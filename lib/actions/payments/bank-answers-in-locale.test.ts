import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { bankTransactions } from '@/db/schema';
import { createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { camt053File } from '@/lib/services/payments/bank-import/camt053-test-file';
import { createPayableInvoice, uniqueAmountMinor, uniqueIban } from '@/lib/services/payments/payment-test-fixtures';
import { cookie, viewer } from '@/test/support/staff-request';

vi.mock('@/lib/auth/viewer', () => import('@/test/support/staff-request').then((m) => m.viewerModule));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => import('@/test/support/staff-request').then((m) => m.headersModule));

const { importBankFileAction } = await import('./import-bank-file-action');
const { resolveBankTransactionAction } = await import('./resolve-bank-transaction-action');
const { registerManualPaymentAction } = await import('./register-manual-payment-action');

const upload = (content: string, name: string) => {
  const data = new FormData();
  data.set('file', new File([content], name, { type: 'text/xml' }));
  return data;
};
const signIn = async (locale: string) => {
  const admin = await createStaffUser('admin');
  viewer.current = { userId: admin.id, email: admin.email, role: 'admin', customerId: null };
  cookie.locale = locale;
};

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

describe('a bank file’s import answers in the staff member’s language', () => {
  test('Dutch: what became of the entries, then the same file again', async () => {
    await signIn('nl');
    const { invoice } = await createPayableInvoice();
    const content = camt053File({
      accountIban: uniqueIban(),
      entries: [
        { amountMinor: 3200, bankReference: 'NL-1', reference: invoice.paymentReference },
        { amountMinor: uniqueAmountMinor(), bankReference: 'NL-2', payerName: 'Niemand' },
      ],
    });
    const state = await importBankFileAction({}, upload(content, 'maart.xml'));
    expect(state.notice).toBe('maart.xml geïmporteerd: 2 boekingen; 1 betaling aan een factuur toegewezen, 1 blijft over om zelf toe te wijzen.');
    const again = await importBankFileAction({}, upload(content, 'opnieuw.xml'));
    expect(again.error).toMatch(/^Dit bestand is al geïmporteerd op \d{2}-\d{2}-\d{4} \(als maart\.xml\); er is niets gewijzigd\.$/);
  });

  test('German: a file that does not parse; Norwegian: a file of another kind', async () => {
    await signIn('de');
    const broken = '<?xml version="1.0"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">\n<Broken>\n</Document>';
    expect((await importBankFileAction({}, upload(broken, 'kaputt.xml'))).error).toBe('kaputt.xml wurde nicht importiert: Die Datei enthält einen Fehler.');
    cookie.locale = 'nb';
    expect((await importBankFileAction({}, upload('%PDF-1.4', 'utskrift.pdf'))).error).toBe(
      'Last opp en camt.053-kontoutskrift (.xml) eller en OCR-giro-fil fra Nets (.txt).',
    );
  });

  test('Norwegian: deciding a queued line, a number no invoice has, a line decided already', async () => {
    await signIn('nb');
    const iban = uniqueIban();
    await importBankFileAction({}, upload(camt053File({ accountIban: iban, entries: [{ amountMinor: uniqueAmountMinor(), bankReference: 'NB-1', payerName: 'Ingen' }] }), 'mars.xml'));
    const [line] = await db.select().from(bankTransactions).where(and(eq(bankTransactions.accountKey, iban), eq(bankTransactions.bankReference, 'NB-1')));
    const decide = (fields: Record<string, string>) => {
      const data = new FormData();
      for (const [key, value] of Object.entries({ transactionId: line!.id, ...fields })) data.set(key, value);
      return resolveBankTransactionAction({}, data);
    };
    expect(await decide({ decision: 'apply', invoiceNumber: 'FINNES-IKKE-1' })).toMatchObject({ fieldErrors: { invoiceNumber: 'Ingen faktura har nummeret FINNES-IKKE-1.' } });
    expect(await decide({ decision: 'ignore' })).toEqual({ notice: 'Ignorert.' });
    expect((await decide({ decision: 'ignore' })).error).toMatch(/^Denne transaksjonen ble allerede ignorert \d{4}-\d{2}-\d{2}; ingenting ble endret\.$/);
  });

  test('German: someone who is not staff, and a role that may not, are refused in German', async () => {
    cookie.locale = 'de';
    viewer.current = null;
    expect(await importBankFileAction({}, upload('%PDF-1.4', 'x.pdf'))).toEqual({ error: 'Nur Mitarbeitende des Shops dürfen Bankdateien importieren. Melden Sie sich erneut an.' });
    const support = await createStaffUser('support');
    viewer.current = { userId: support.id, email: support.email, role: 'support', customerId: null };
    expect(await importBankFileAction({}, upload('%PDF-1.4', 'x.pdf'))).toEqual({ error: 'Mit Ihrer Rolle dürfen Sie nicht Bankdateien importieren.' });
  });

  test('German: a payment the invoice refuses, registered by hand', async () => {
    await signIn('de');
    const register = (invoiceId: string, fields: Record<string, string>) => {
      const data = new FormData();
      for (const [key, value] of Object.entries({ invoiceId, amount: '10,00', paidOn: '3970-01-01', method: 'bank_transfer', ...fields })) data.set(key, value);
      return registerManualPaymentAction({}, data);
    };
    const { invoice } = await createPayableInvoice({ currency: 'NOK' });
    const other = await register(invoice.id, { currency: 'EUR' });
    expect(other.error).toBe(`Die Zahlung ist in EUR, Rechnung ${invoice.number} aber in NOK.`);
    expect(other.fieldErrors).toEqual({ currency: `Die Zahlung ist in EUR, Rechnung ${invoice.number} aber in NOK.` });
    expect((await register(invoice.id, { currency: 'NOK', paidOn: '3979-12-31' })).fieldErrors).toEqual({ paidOn: 'Das Zahlungsdatum darf nicht in der Zukunft liegen.' });
    const { invoice: voided } = await createPayableInvoice({ status: 'void' });
    expect((await register(voided.id, { currency: 'EUR' })).error).toBe(`Rechnung ${voided.number} ist storniert: Sie kann keine Zahlung annehmen.`);
  });

  test('Dutch and English: the reasons beside the entries of a statement that does not parse', async () => {
    const entries = [
      { amountMinor: 1250, bankReference: 'E-1', payerName: 'Een' },
      { amountMinor: 2500, bankReference: 'E-2', payerName: 'Twee' },
    ];
    const content = camt053File({ accountIban: uniqueIban(), entries })
      .replace('<Amt Ccy="EUR">12.50</Amt>', '<Amt Ccy="EUR">12.505</Amt>')
      .replace(/(25\.00<\/Amt>\s*<CdtDbtInd>)CRDT/, '$1CRD');
    await signIn('nl');
    const dutch = await importBankFileAction({}, upload(content, 'fout.xml'));
    expect(dutch.lineErrors?.map(({ reason }) => reason)).toEqual([
      'Boeking 1: Bedrag "12.505" heeft meer decimalen dan EUR heeft (2).',
      'Boeking 2: onbekende credit/debet-indicator "CRD"; verwacht CRDT of DBIT.',
    ]);
    cookie.locale = 'en';
    const english = await importBankFileAction({}, upload(content, 'bad.xml'));
    expect(english.lineErrors?.map(({ reason }) => reason)).toEqual([
      'Entry 1: Amount "12.505" has more decimals than EUR has (2).',
      'Entry 2: unknown credit/debit indicator "CRD"; expected CRDT or DBIT.',
    ]);
  });

  test('German and English: the reason beside an OCR giro record, and beside an end record that does not add up', async () => {
    const start = 'NY000010'.padEnd(80, '0');
    const badField = `NY090020${'A'.repeat(9)}`.padEnd(80, '0');
    await signIn('de');
    expect((await importBankFileAction({}, upload(`${start}\n${badField}\n`, 'ocr.txt'))).lineErrors).toEqual([
      { line: 2, reason: 'Vereinbarungs-ID (Positionen 9-17) ist nicht numerisch: "AAAAAAAAA".' },
    ]);
    const wrongCount = `${start}\n${'NY000089'.padEnd(8 + 8, '0')}${'00000005'}${'0'.repeat(56)}\n`;
    expect((await importBankFileAction({}, upload(wrongCount, 'ocr.txt'))).lineErrors).toEqual([
      { line: 2, reason: 'Der Übertragungsendesatz zählt 5 Datensätze; die Übertragung enthält 2.' },
    ]);
    cookie.locale = 'en';
    expect((await importBankFileAction({}, upload(wrongCount, 'ocr.txt'))).lineErrors).toEqual([
      { line: 2, reason: 'Transmission end record counts 5 records; the transmission holds 2.' },
    ]);
  });

  test('Norwegian: the reason beside each line of a file that does not parse', async () => {
    await signIn('nb');
    const shortRecord = `${'NY000010'.padEnd(80, '0')}\n${'NY000020'.padEnd(79, '0')}\n`;
    const state = await importBankFileAction({}, upload(shortRecord, 'ocr.txt'));
    expect(state.lineErrors).toEqual([{ line: 2, reason: 'Posten er 79 tegn lang; OCR-giro-poster er på 80 tegn.' }]);
    const broken = '<?xml version="1.0"?>\n<!DOCTYPE x>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"/>';
    expect((await importBankFileAction({}, upload(broken, 'doctype.xml'))).lineErrors).toEqual([{ line: 2, reason: 'En DOCTYPE er ikke tillatt i en kontoutskrift.' }]);
  });
});
