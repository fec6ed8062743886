import { randomInt } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { bankImports, bankTransactions, emailOutbox, payments, type Invoice } from '@/db/schema';
import { parseBankFile } from '@/lib/payments/bank-files/parse-bank-file';
import { kidFor } from '@/lib/payments/references/kid';
import { referenceForInvoice } from '@/lib/payments/references/reference-for-invoice';
import { createCollectedDebit, createPayableInvoice, invoiceRow, paymentsOf, uniqueAmountMinor, uniqueIban } from '../payment-test-fixtures';
import { bankFileFixture, camt053File, camt053MultiFile } from './camt053-test-file';
import { fileSha256, importBankFile } from './import-bank-file';
import { bankNoteText } from '@/lib/i18n/bank-note-text';

/** A queued line's note as an English-speaking merchant reads it (stored coded). */
const noteOf = (row: { matchNote: string | null } | undefined) => bankNoteText('en', row?.matchNote ?? '');

const NOW = new Date('2026-03-06T08:00:00Z');
const importOf = (content: string, filename = 'statement.xml') =>
  importBankFile({ filename, content, importedBy: 'staff-user-1', now: NOW });

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

const display = (invoice: Invoice) => referenceForInvoice({ currency: invoice.currency, sequenceNumber: invoice.sequenceNumber! }).display;
// NOTE: rows of one import share created_at (the transaction's time): ordered by bank reference.
const transactionsOf = (accountKey: string) =>
  db.select().from(bankTransactions).where(eq(bankTransactions.accountKey, accountKey)).orderBy(bankTransactions.bankReference);
async function transactionByReference(accountKey: string, bankReference: string) {
  const [row] = await db
    .select()
    .from(bankTransactions)
    .where(and(eq(bankTransactions.accountKey, accountKey), eq(bankTransactions.bankReference, bankReference)));
  if (!row) throw new Error(`No bank transaction ${bankReference} on ${accountKey}`);
  return row;
}
const importsWithSha = (content: string) => db.select().from(bankImports).where(eq(bankImports.fileSha256, fileSha256(content)));

/**
 * The ING camt.053.001.08 fixture as the bank sent it, with only the account and the references
 * swapped for those of this test's invoices (the test database is shared).
 */
async function ingStatementScenario() {
  const iban = uniqueIban();
  const rf46 = await createPayableInvoice({ totalMinor: 2900, customerName: 'Aino Virtanen' });
  const text47 = await createPayableInvoice({ totalMinor: 1550, customerName: "Sean O'Brien" });
  const debit48 = await createPayableInvoice({ totalMinor: 1995, customerName: 'Lucia Garcia' });
  const partial49 = await createPayableInvoice({ totalMinor: 3000, customerName: 'Jan de Vries' });
  const reversed31 = await createPayableInvoice({ totalMinor: 1995, status: 'paid', customerName: 'Lucia Garcia' });
  const collected = await createCollectedDebit(reversed31.invoice);
  const content = bankFileFixture('camt053-v08-eur.xml')
    .replaceAll('NL20INGB0001234567', iban)
    .replace('RF23 0000 0046', display(rf46.invoice))
    .replace('rf93 0000 0047', display(text47.invoice).toLowerCase())
    .replace('RF6600000048', debit48.invoice.paymentReference!)
    .replace('RF3900000049', partial49.invoice.paymentReference!)
    .replace('Kadens invoice 2026-0031', `Kadens invoice ${reversed31.invoice.number}`);
  return { iban, content, rf46, text47, debit48, partial49, reversed31, collected };
}

describe('importBankFile: a real camt.053.001.08 statement', () => {
  test('credits pay the invoices their references name, a reversal reopens its invoice, receipts go out', async () => {
    const s = await ingStatementScenario();
    const result = await importOf(s.content, 'ing-2026-03-05.xml');
    expect(result).toEqual({
      ok: true,
      value: {
        format: 'camt053',
        statements: [
          {
            importId: expect.any(String),
            statementId: `${s.iban}-20260305`,
            accountIban: s.iban,
            counts: { entries: 5, matched: 4, reversals: 1, unmatched: 0, duplicates: 0 },
          },
        ],
        counts: { entries: 5, matched: 4, reversals: 1, unmatched: 0, duplicates: 0 },
      },
    });

    expect(await invoiceRow(s.rf46.invoice.id)).toMatchObject({ status: 'paid', amountPaidMinor: 2900 });
    expect(await invoiceRow(s.text47.invoice.id)).toMatchObject({ status: 'paid', amountPaidMinor: 1550 });
    expect(await invoiceRow(s.debit48.invoice.id)).toMatchObject({ status: 'paid', amountPaidMinor: 1995 });
    // 24.50 of 30.00: partly paid, the rest stays open.
    expect(await invoiceRow(s.partial49.invoice.id)).toMatchObject({ status: 'open', amountPaidMinor: 2450 });
    expect(await invoiceRow(s.reversed31.invoice.id)).toMatchObject({ status: 'open', amountPaidMinor: 0 });
    expect((await paymentsOf(s.reversed31.invoice.id))[0]).toMatchObject({
      id: s.collected.id,
      status: 'charged_back',
      failureReason: 'Returned by the bank (MD06)',
    });

    const [paid46] = await paymentsOf(s.rf46.invoice.id);
    expect(paid46).toMatchObject({
      source: 'bank_file',
      method: 'bank_transfer',
      status: 'paid',
      amountMinor: 2900,
      reference: 'INGB-20260305-0000091',
      // The booking day at noon in the shop's zone.
      settledAt: new Date('2026-03-05T11:00:00Z'),
    });

    const rows = await transactionsOf(s.iban);
    expect(rows.map((row) => [row.kind, row.status, row.amountMinor]).sort()).toEqual([
      ['credit', 'matched', 1550],
      ['credit', 'matched', 1995],
      ['credit', 'matched', 2450],
      ['credit', 'matched', 2900],
      ['reversal', 'matched', 1995],
    ]);
    expect((await transactionByReference(s.iban, 'INGB-20260305-0000093-002')).matchNote).toContain('€5.50 still open');
    expect(await transactionByReference(s.iban, 'INGB-20260305-0000094')).toMatchObject({
      invoiceId: s.reversed31.invoice.id,
      paymentId: s.collected.id,
      returnReasonCode: 'MD06',
    });
    expect(await importsWithSha(s.content)).toEqual([
      expect.objectContaining({ filename: 'ing-2026-03-05.xml', entryCount: 5, matchedCount: 5, importedBy: 'staff-user-1' }),
    ]);

    const receipts = await db
      .select({ key: emailOutbox.dedupeKey })
      .from(emailOutbox)
      .where(
        inArray(
          emailOutbox.dedupeKey,
          rows.filter((row) => row.kind === 'credit').map((row) => `payment-received:${row.paymentId}`),
        ),
      );
    expect(receipts).toHaveLength(4);
  });

  test('the same file again changes nothing and says when it was imported', async () => {
    const s = await ingStatementScenario();
    expect((await importOf(s.content)).ok).toBe(true);
    const before = {
      imports: await importsWithSha(s.content),
      rows: await transactionsOf(s.iban),
      payments: await paymentsOf(s.partial49.invoice.id),
      invoice: await invoiceRow(s.partial49.invoice.id),
    };

    const again = await importOf(s.content, 'renamed-copy.xml');
    expect(again).toEqual({
      ok: false,
      error: {
        kind: 'already_imported',
        message: 'This file was already imported on 2026-03-06 (as statement.xml); nothing was changed.',
        importId: before.imports[0]!.id,
        importedAt: NOW,
        filename: 'statement.xml',
      },
    });
    expect({
      imports: await importsWithSha(s.content),
      rows: await transactionsOf(s.iban),
      payments: await paymentsOf(s.partial49.invoice.id),
      invoice: await invoiceRow(s.partial49.invoice.id),
    }).toEqual(before);
  });
});

describe('importBankFile: overlapping statements', () => {
  test('an entry an earlier file already held is skipped and counted; the new ones are booked', async () => {
    const iban = uniqueIban();
    const [a, b, c] = await Promise.all([createPayableInvoice(), createPayableInvoice(), createPayableInvoice()]);
    const entry = (invoice: Invoice, bankReference: string) => ({
      amountMinor: 3200,
      bankReference,
      reference: invoice.paymentReference,
      payerName: 'Test Customer',
    });
    const monday = camt053File({ accountIban: iban, statementId: 'S-MON', entries: [entry(a.invoice, 'BR-1'), entry(b.invoice, 'BR-2')] });
    const overlap = camt053File({ accountIban: iban, statementId: 'S-MON-TUE', entries: [entry(b.invoice, 'BR-2'), entry(c.invoice, 'BR-3')] });

    expect(await importOf(monday)).toMatchObject({ ok: true, value: { counts: { matched: 2, duplicates: 0 } } });
    expect(await importOf(overlap)).toMatchObject({
      ok: true,
      value: { counts: { entries: 2, matched: 1, reversals: 0, unmatched: 0, duplicates: 1 } },
    });
    expect(await paymentsOf(b.invoice.id)).toHaveLength(1);
    expect(await invoiceRow(c.invoice.id)).toMatchObject({ status: 'paid' });
    expect((await transactionsOf(iban)).map((row) => row.bankReference)).toEqual(['BR-1', 'BR-2', 'BR-3']);
  });
});

describe('importBankFile: a file with several statements', () => {
  const credit = (invoice: Invoice, bankReference: string) => ({
    amountMinor: 3200,
    bankReference,
    reference: invoice.paymentReference,
    payerName: 'Test Customer',
  });

  test('two accounts in one file: each statement is booked against its own account', async () => {
    const [eurAccount, savings] = [uniqueIban(), uniqueIban()];
    const [a, b] = await Promise.all([createPayableInvoice(), createPayableInvoice()]);
    // The same bank reference on two accounts is two movements: references are unique per account.
    const content = camt053MultiFile({
      messageId: `two-accounts-${eurAccount}`,
      statements: [
        { accountIban: eurAccount, statementId: 'S-A', entries: [credit(a.invoice, 'SAME-REF')] },
        { accountIban: savings, statementId: 'S-B', entries: [credit(b.invoice, 'SAME-REF')] },
      ],
    });

    const result = await importOf(content, 'export.xml');
    expect(result).toMatchObject({
      ok: true,
      value: {
        statements: [
          { statementId: 'S-A', accountIban: eurAccount, counts: { entries: 1, matched: 1 } },
          { statementId: 'S-B', accountIban: savings, counts: { entries: 1, matched: 1 } },
        ],
        counts: { entries: 2, matched: 2, duplicates: 0 },
      },
    });
    expect(await invoiceRow(a.invoice.id)).toMatchObject({ status: 'paid' });
    expect(await invoiceRow(b.invoice.id)).toMatchObject({ status: 'paid' });
    expect((await transactionsOf(eurAccount)).map((row) => row.invoiceId)).toEqual([a.invoice.id]);
    expect((await transactionsOf(savings)).map((row) => row.invoiceId)).toEqual([b.invoice.id]);
    expect((await importsWithSha(content)).map((row) => [row.statementIndex, row.statementId, row.accountIban]).sort()).toEqual([
      [0, 'S-A', eurAccount],
      [1, 'S-B', savings],
    ]);

    // The same file again changes nothing.
    expect(await importOf(content, 'export-again.xml')).toMatchObject({ ok: false, error: { kind: 'already_imported' } });
    expect(await paymentsOf(a.invoice.id)).toHaveLength(1);
  });

  test('several days of one account, overlapping an earlier file: each entry is booked once', async () => {
    const iban = uniqueIban();
    const [a, b, c] = await Promise.all([createPayableInvoice(), createPayableInvoice(), createPayableInvoice()]);
    await importOf(camt053File({ accountIban: iban, statementId: 'S-MON', entries: [credit(a.invoice, 'BR-1')] }));

    // Monday again (already imported alone), then Tuesday, and Tuesday's entry repeated in
    // Wednesday's statement: only the new entries are booked.
    const week = camt053MultiFile({
      messageId: `week-${iban}`,
      statements: [
        { accountIban: iban, statementId: 'S-MON', entries: [credit(a.invoice, 'BR-1')] },
        { accountIban: iban, statementId: 'S-TUE', entries: [credit(b.invoice, 'BR-2')] },
        { accountIban: iban, statementId: 'S-WED', entries: [credit(b.invoice, 'BR-2'), credit(c.invoice, 'BR-3')] },
      ],
    });
    expect(await importOf(week, 'week.xml')).toMatchObject({
      ok: true,
      value: {
        statements: [
          { statementId: 'S-MON', counts: { matched: 0, duplicates: 1 } },
          { statementId: 'S-TUE', counts: { matched: 1, duplicates: 0 } },
          { statementId: 'S-WED', counts: { matched: 1, duplicates: 1 } },
        ],
        counts: { entries: 4, matched: 2, duplicates: 2 },
      },
    });
    for (const { invoice } of [a, b, c]) expect(await paymentsOf(invoice.id)).toHaveLength(1);
    expect((await transactionsOf(iban)).map((row) => row.bankReference)).toEqual(['BR-1', 'BR-2', 'BR-3']);
  });

  test('a statement that names no account: the whole file is refused, saying which statement', async () => {
    const iban = uniqueIban();
    const good = await createPayableInvoice();
    const content = camt053MultiFile({
      messageId: `no-account-${iban}`,
      statements: [
        { accountIban: iban, statementId: 'S-KNOWN', entries: [credit(good.invoice, 'K-1')] },
        { accountIban: null, statementId: 'S-NOACCOUNT', entries: [{ amountMinor: 1000, bankReference: 'U-1' }] },
      ],
    });
    const result = await importOf(content, 'mixed.xml');
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error).toMatchObject({ kind: 'invalid_file', message: 'mixed.xml was not imported: it has a problem.' });
    if (result.error.kind !== 'invalid_file') throw new Error('expected invalid_file');
    expect(result.error.errors.map(({ line, reason }) => ({ line, reason: bankNoteText('en', reason) }))).toEqual([
      { line: expect.any(Number), reason: expect.stringContaining('Statement S-NOACCOUNT (2 of 2) names no account') },
    ]);
    expect(content.split('\n')[result.error.errors[0]!.line - 1]).toContain('<Id>S-NOACCOUNT</Id>');
    expect(await invoiceRow(good.invoice.id)).toMatchObject({ status: 'open' });
    expect(await importsWithSha(content)).toEqual([]);
  });
});

describe('importBankFile: files that do not parse', () => {
  test.each(['camt053-malformed-xml.xml', 'camt053-bad-amount.xml', 'camt053-missing-currency.xml', 'ocr-giro-sum-mismatch.txt'])(
    '%s: every problem with its line, nothing imported',
    async (name) => {
      const content = bankFileFixture(name);
      const parsed = parseBankFile(content);
      if (parsed.ok) throw new Error(`${name} should not parse`);
      const result = await importOf(content, name);
      expect(result).toEqual({
        ok: false,
        error: { kind: 'invalid_file', message: expect.stringContaining(`${name} was not imported`), errors: parsed.errors },
      });
      expect(parsed.errors.every((error) => error.line >= 1 && error.reason.length > 0)).toBe(true);
      expect(await importsWithSha(content)).toEqual([]);
    },
  );

  test('one bad amount in the second entry: the first entry’s invoice is not paid either', async () => {
    const iban = uniqueIban();
    const good = await createPayableInvoice();
    const badMinor = uniqueAmountMinor();
    const content = camt053File({
      accountIban: iban,
      entries: [
        { amountMinor: 3200, bankReference: 'OK-1', reference: good.invoice.paymentReference },
        { amountMinor: badMinor, bankReference: 'BAD-2' },
      ],
    }).replaceAll(`>${(badMinor / 100).toFixed(2)}<`, `>${(badMinor / 100).toFixed(2).replace('.', ',')}<`);

    const result = await importOf(content);
    expect(result.ok).toBe(false);
    if (result.ok || result.error.kind !== 'invalid_file') throw new Error('expected an invalid file');
    expect(bankNoteText('en', result.error.errors[0]!.reason)).toContain('Entry 2');
    expect(content.split('\n')[result.error.errors[0]!.line - 1]).toContain(',');
    expect(await invoiceRow(good.invoice.id)).toEqual(good.invoice);
    expect(await paymentsOf(good.invoice.id)).toEqual([]);
    expect(await transactionsOf(iban)).toEqual([]);
    expect(await importsWithSha(content)).toEqual([]);
  });
});

describe('importBankFile: what is left for the merchant', () => {
  test('no reference: unmatched, with the open invoice of that amount to a payer of that name suggested', async () => {
    const iban = uniqueIban();
    const amountMinor = uniqueAmountMinor();
    const { invoice, customer } = await createPayableInvoice({ totalMinor: amountMinor, customerName: 'Anna Schmidt' });
    const result = await importOf(
      camt053File({ accountIban: iban, entries: [{ amountMinor, bankReference: 'NOREF-1', text: 'Abo März', payerName: 'SCHMIDT ANNA' }] }),
    );
    expect(result).toMatchObject({ ok: true, value: { counts: { matched: 0, unmatched: 1 } } });
    const [row] = await transactionsOf(iban);
    expect(row).toMatchObject({ status: 'unmatched', suggestedInvoiceId: invoice.id, suggestedCustomerId: customer.id, paymentId: null });
    expect(noteOf(row)).toBe(
      `No payment reference. Suggested: invoice ${invoice.number} owes €${(amountMinor / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} and is billed to a name like “SCHMIDT ANNA”.`,
    );
    expect(await invoiceRow(invoice.id)).toMatchObject({ status: 'open', amountPaidMinor: 0 });
  });

  test('a reference of an invoice already paid: unmatched, that invoice suggested, no second payment', async () => {
    const iban = uniqueIban();
    const { invoice } = await createPayableInvoice({ status: 'paid' });
    await importOf(camt053File({ accountIban: iban, entries: [{ amountMinor: 3200, bankReference: 'TWICE-1', reference: invoice.paymentReference }] }));
    const [row] = await transactionsOf(iban);
    expect(row).toMatchObject({ status: 'unmatched', suggestedInvoiceId: invoice.id });
    expect(noteOf(row)).toContain(`invoice ${invoice.number} is already paid`);
    expect(await paymentsOf(invoice.id)).toEqual([]);
  });

  test('a reference no invoice has, or an invoice in another currency: unmatched, with why', async () => {
    const iban = uniqueIban();
    const nok = await createPayableInvoice({ currency: 'NOK', totalMinor: uniqueAmountMinor() });
    const unknown = referenceForInvoice({ currency: 'EUR', sequenceNumber: randomInt(10_000_000, 49_999_999) }).reference;
    await importOf(
      camt053File({
        accountIban: iban,
        entries: [
          { amountMinor: uniqueAmountMinor(), bankReference: 'UNKNOWN-1', reference: unknown },
          { amountMinor: nok.invoice.totalMinor, bankReference: 'CURRENCY-2', reference: nok.invoice.paymentReference },
        ],
      }),
    );
    const first = await transactionByReference(iban, 'UNKNOWN-1');
    const second = await transactionByReference(iban, 'CURRENCY-2');
    expect(noteOf(first)).toContain(`No invoice has the reference ${unknown}.`);
    expect(noteOf(second)).toContain(`is invoice ${nok.invoice.number}, in NOK; the payment is in EUR.`);
    expect(await paymentsOf(nok.invoice.id)).toEqual([]);
  });
});

describe('importBankFile: reversals', () => {
  test('a returned transfer with the invoice’s reference takes the bank payment back and reopens the invoice', async () => {
    const iban = uniqueIban();
    const { invoice } = await createPayableInvoice({ totalMinor: 3990, customerName: 'Markus Weber' });
    const credit = { amountMinor: 3990, reference: invoice.paymentReference, payerName: 'Markus Weber' };
    await importOf(camt053File({ accountIban: iban, statementId: 'S-1', entries: [{ ...credit, bankReference: 'IN-1' }] }));
    expect(await invoiceRow(invoice.id)).toMatchObject({ status: 'paid' });

    const result = await importOf(
      camt053File({
        accountIban: iban,
        statementId: 'S-2',
        entries: [{ ...credit, kind: 'reversal', bankReference: 'BACK-1', reasonCode: 'AM04', bookingDate: '2026-03-06' }],
      }),
    );
    expect(result).toMatchObject({ ok: true, value: { counts: { entries: 1, matched: 0, reversals: 1, unmatched: 0 } } });
    expect(await invoiceRow(invoice.id)).toMatchObject({ status: 'open', amountPaidMinor: 0, paidAt: null });
    const [payment] = await paymentsOf(invoice.id);
    expect(payment).toMatchObject({ status: 'charged_back', failureReason: 'Returned by the bank (AM04)' });
    const back = await transactionByReference(iban, 'BACK-1');
    expect(back).toMatchObject({ status: 'matched', kind: 'reversal', paymentId: payment!.id, invoiceId: invoice.id });
    expect(back.matchNote).toContain('the invoice is open again');
  });

  test('a reversal nothing identifies for certain is left for the merchant', async () => {
    const iban = uniqueIban();
    const amountMinor = uniqueAmountMinor();
    const [one, two] = await Promise.all([
      createPayableInvoice({ totalMinor: amountMinor, status: 'paid', customerName: 'Eva Berg' }),
      createPayableInvoice({ totalMinor: amountMinor, status: 'paid', customerName: 'Eva Berg' }),
    ]);
    await Promise.all([createCollectedDebit(one.invoice), createCollectedDebit(two.invoice)]);
    const result = await importOf(
      camt053File({ accountIban: iban, entries: [{ kind: 'reversal', amountMinor, bankReference: 'R-1', payerName: 'Eva Berg' }] }),
    );
    expect(result).toMatchObject({ ok: true, value: { counts: { reversals: 0, unmatched: 1 } } });
    const [row] = await transactionsOf(iban);
    expect(noteOf(row)).toContain('2 payments of this amount by a payer of this name');
    expect((await db.select().from(payments).where(inArray(payments.invoiceId, [one.invoice.id, two.invoice.id]))).map((p) => p.status)).toEqual([
      'paid',
      'paid',
    ]);
  });
});

describe('importBankFile: a Nets OCR giro file', () => {
  test('KIDs pay NOK invoices, also one typed into the free text; a giro reversal reopens its invoice', async () => {
    const kid = await createPayableInvoice({ currency: 'NOK', totalMinor: 49900 });
    const typed = await createPayableInvoice({ currency: 'NOK', totalMinor: 12550 });
    const reversed = await createPayableInvoice({ currency: 'NOK', totalMinor: 34900, status: 'paid' });
    const [earlier] = await db
      .insert(payments)
      .values({
        customerId: reversed.invoice.customerId,
        invoiceId: reversed.invoice.id,
        provider: 'none',
        method: 'bank_transfer',
        amountMinor: 34900,
        currency: 'NOK',
        status: 'paid',
        source: 'bank_file',
        settledAt: new Date('2026-03-02T09:00:00Z'),
      })
      .returning();
    // A Norwegian account of this test only (MOD11 control digit): bank references are per account.
    let account = { ok: false } as ReturnType<typeof kidFor>;
    while (!account.ok) account = kidFor(String(randomInt(1_000_000_000, 9_999_999_999)), 'mod11');
    const content = bankFileFixture('ocr-giro-valid.txt')
      .replace('86011117947', account.kid)
      .replace('000000422', kid.invoice.paymentReference!)
      .replaceAll('000000430', typed.invoice.paymentReference!)
      .replace('000000448', reversed.invoice.paymentReference!);

    const result = await importOf(content, 'ocr.txt');
    expect(result).toMatchObject({ ok: true, value: { format: 'ocr', counts: { entries: 3, matched: 2, reversals: 1, unmatched: 0 } } });
    expect(await invoiceRow(kid.invoice.id)).toMatchObject({ status: 'paid', amountPaidMinor: 49900 });
    expect(await invoiceRow(typed.invoice.id)).toMatchObject({ status: 'paid', amountPaidMinor: 12550 });
    expect(await invoiceRow(reversed.invoice.id)).toMatchObject({ status: 'open', amountPaidMinor: 0 });
    expect((await paymentsOf(reversed.invoice.id))[0]).toMatchObject({ id: earlier!.id, status: 'charged_back' });
  });
});
