import { describe, expect, test } from 'vitest';
import { issueCreditNote } from '@/lib/services/credit-notes/issue-credit-note';
import { pendingCheckout } from '@/lib/services/credit-notes/credit-note-fixtures';
import { createCatalogProduct, editPlanInput, newCouponInput, newPlanInput, newProductInput } from '@/lib/services/catalog/catalog-fixture';
import { saveCoupon } from '@/lib/services/catalog/save-coupon';
import { saveProduct } from '@/lib/services/catalog/save-product';
import { saveDunningPlan } from '@/lib/services/catalog/save-dunning-plan';
import { savePlan } from '@/lib/services/catalog/save-plan';
import { createTestInvoice, createTestSubscription } from '@/lib/services/email/test-fixtures';
import { markAbandonedNotPaid, markAbandonedPaid } from '@/lib/services/payments/abandoned-payments';
import { camt053File } from '@/lib/services/payments/bank-import/camt053-test-file';
import { importBankFile } from '@/lib/services/payments/bank-import/import-bank-file';
import { resolveBankTransaction } from '@/lib/services/payments/bank-import/resolve-bank-transaction';
import { createPayableInvoice, uniqueAmountMinor, uniqueIban } from '@/lib/services/payments/payment-test-fixtures';
import { registerManualPayment } from '@/lib/services/payments/register-manual-payment';
import { stopSubscriptionNow } from '@/lib/services/subscriptions/stop-subscription-now';
import { listUnmatchedTransactions } from '@/lib/services/payments/bank-import/list-unmatched-transactions';
import { auditEntriesOf, createStaffUser } from './audit-test-fixtures';

/** Each staff write leaves one entry: who, what, the record, before and after; a refusal leaves none. */
const twoHoursAgo = () => new Date(Date.now() - 2 * 60 * 60_000);

describe('payments', () => {
  test('a payment registered by hand: the invoice before and after, and the payment', async () => {
    const staff = await createStaffUser('admin');
    const { invoice } = await createPayableInvoice();
    const paid = await registerManualPayment(
      { invoiceId: invoice.id, amount: '12.50', currency: 'EUR', paidOn: '2026-03-01', method: 'bank_transfer' },
      { staffUserId: staff.id, now: new Date() },
    );
    expect(paid.ok).toBe(true);
    expect(await auditEntriesOf('invoice', invoice.id)).toEqual([
      expect.objectContaining({
        action: 'payment.register',
        actorUserId: staff.id,
        actorEmail: staff.email,
        before: expect.objectContaining({ number: invoice.number, status: 'open', amountPaidMinor: 0 }),
        after: expect.objectContaining({
          status: 'open',
          amountPaidMinor: 1250,
          payment: expect.objectContaining({ amountMinor: 1250, source: 'manual', status: 'paid' }),
        }),
      }),
    ]);
  });

  test('a refused registration changes nothing and records nothing', async () => {
    const staff = await createStaffUser('admin');
    const { invoice } = await createPayableInvoice({ status: 'void' });
    const refused = await registerManualPayment(
      { invoiceId: invoice.id, amount: '10', currency: 'EUR', paidOn: '2026-03-01', method: 'bank_transfer' },
      { staffUserId: staff.id, now: new Date() },
    );
    expect(refused.ok).toBe(false);
    expect(await auditEntriesOf('invoice', invoice.id)).toEqual([]);
  });

  test('an abandoned checkout marked not paid, and one marked paid', async () => {
    const staff = await createStaffUser('admin');
    const dropped = await pendingCheckout(twoHoursAgo());
    expect((await markAbandonedNotPaid({ paymentId: dropped.payment.id, staffUserId: staff.id, now: new Date() })).ok).toBe(true);
    expect(await auditEntriesOf('payment', dropped.payment.id)).toEqual([
      expect.objectContaining({
        action: 'payment.mark-not-paid',
        before: expect.objectContaining({ payment: expect.objectContaining({ status: 'pending' }), order: expect.objectContaining({ status: 'pending_payment' }) }),
        after: expect.objectContaining({ payment: expect.objectContaining({ status: 'canceled' }), order: expect.objectContaining({ status: 'canceled' }) }),
      }),
    ]);

    const paid = await pendingCheckout(twoHoursAgo());
    expect((await markAbandonedPaid({ paymentId: paid.payment.id, staffUserId: staff.id, now: new Date() })).ok).toBe(true);
    expect(await auditEntriesOf('payment', paid.payment.id)).toEqual([
      expect.objectContaining({
        action: 'payment.mark-paid',
        before: expect.objectContaining({ payment: expect.objectContaining({ status: 'pending' }) }),
        after: expect.objectContaining({ payment: expect.objectContaining({ status: 'paid' }), invoiceId: expect.any(String) }),
      }),
    ]);
  });

  test('a bank file imported, then a line it left unmatched ignored', async () => {
    const staff = await createStaffUser('admin');
    const iban = uniqueIban();
    const amountMinor = uniqueAmountMinor();
    const imported = await importBankFile({
      filename: 'march.xml',
      content: camt053File({ accountIban: iban, entries: [{ amountMinor, bankReference: 'AUD-1', payerName: 'Nobody' }] }),
      importedBy: staff.id,
      now: new Date(),
    });
    if (!imported.ok) throw new Error(imported.error.message);
    expect(await auditEntriesOf('bank-import', imported.value.statements[0]!.importId)).toEqual([
      expect.objectContaining({ action: 'bank-file.import', before: null, after: expect.objectContaining({ filename: 'march.xml', counts: imported.value.counts }) }),
    ]);

    const line = (await listUnmatchedTransactions()).find((row) => row.amountMinor === amountMinor)!;
    expect((await resolveBankTransaction({ transactionId: line.id, invoiceId: 'ignore', staffUserId: staff.id })).ok).toBe(true);
    expect(await auditEntriesOf('bank-transaction', line.id)).toEqual([
      expect.objectContaining({
        action: 'bank-transaction.resolve',
        actorUserId: staff.id,
        before: expect.objectContaining({ status: 'unmatched', amountMinor }),
        after: expect.objectContaining({ status: 'ignored', amountMinor }),
      }),
    ]);
  });
});

describe('credit notes and subscriptions', () => {
  test('a credit note: the invoice before and after, and the note', async () => {
    const accountant = await createStaffUser('accountant');
    const { invoice } = await createTestInvoice('en', 'paid');
    const issued = await issueCreditNote({ invoiceId: invoice.id, amountMinor: 1000, reason: 'Late delivery', disposition: 'balance', staffUserId: accountant.id, now: new Date() });
    if (!issued.ok) throw new Error(issued.error.message);
    expect(await auditEntriesOf('invoice', invoice.id)).toEqual([
      expect.objectContaining({
        action: 'credit-note.issue',
        actorRole: 'accountant',
        before: expect.objectContaining({ status: 'paid', creditedMinor: 0 }),
        after: expect.objectContaining({
          creditedMinor: 1000,
          creditNote: expect.objectContaining({ number: issued.value.creditNote.number, totalMinor: 1000, disposition: 'balance', reason: 'Late delivery' }),
        }),
      }),
    ]);
  });

  test('a subscription stopped by hand', async () => {
    const staff = await createStaffUser('admin');
    const { subscription } = await createTestSubscription();
    expect((await stopSubscriptionNow({ subscriptionId: subscription.id, staffUserId: staff.id, now: new Date('2026-03-10T12:00:00Z') })).ok).toBe(true);
    expect(await auditEntriesOf('subscription', subscription.id)).toEqual([
      expect.objectContaining({ action: 'subscription.stop', before: expect.objectContaining({ status: 'active' }), after: expect.objectContaining({ status: 'ended' }) }),
    ]);
  });
});

describe('catalog', () => {
  test('a plan created, then its price changed', async () => {
    const staff = await createStaffUser('admin');
    const { product } = await createCatalogProduct();
    const input = newPlanInput(product.id);
    const created = await savePlan(input, { staffUserId: staff.id });
    if (!created.ok) throw new Error(created.error.message);
    expect((await savePlan(editPlanInput(input, created.value.id, { price: '35' }), { staffUserId: staff.id })).ok).toBe(true);
    const entries = await auditEntriesOf('plan', created.value.id);
    expect(entries.map((entry) => entry.action)).toEqual(['plan.create', 'plan.update']);
    expect(entries[0]).toMatchObject({ before: null, after: expect.objectContaining({ code: input.code }) });
    expect(entries[1]!.before).toMatchObject({ priceMinor: (entries[0]!.after as { priceMinor: number }).priceMinor });
    expect(entries[1]!.after).toMatchObject({ priceMinor: 3500 });
  });

  test('a reminder process created, then its steps changed', async () => {
    const staff = await createStaffUser('admin');
    const steps = [{ daysAfterDue: 3, action: 'remind' as const, fees: {} }];
    const created = await saveDunningPlan({ id: null, name: 'Audited', suspendInsteadOfRemind: false, endAfterDays: 30, steps }, { staffUserId: staff.id });
    if (!created.ok) throw new Error(created.error.message);
    const edited = [...steps, { daysAfterDue: 10, action: 'suspend' as const, fees: {} }];
    expect((await saveDunningPlan({ id: created.value.id, name: 'Audited', suspendInsteadOfRemind: false, endAfterDays: 30, steps: edited }, { staffUserId: staff.id })).ok).toBe(true);
    const entries = await auditEntriesOf('dunning-plan', created.value.id);
    expect(entries.map((entry) => entry.action)).toEqual(['dunning-plan.create', 'dunning-plan.update']);
    expect(entries[1]).toMatchObject({ before: { name: 'Audited', steps }, after: { name: 'Audited', steps: edited } });
  });

  test('a product created with a variant, then deactivated', async () => {
    const staff = await createStaffUser('admin');
    const input = newProductInput({ variants: [{ id: null, name: 'Print', sku: null }] });
    const created = await saveProduct(input, { staffUserId: staff.id });
    if (!created.ok) throw new Error(created.error.message);
    const [entry] = await auditEntriesOf('product', created.value.id);
    const variantId = (entry!.after as { variants: { id: string }[] }).variants[0]!.id;
    const edit = { ...input, id: created.value.id, active: false, variants: [{ id: variantId, name: 'Print', sku: null }] };
    expect((await saveProduct(edit, { staffUserId: staff.id })).ok).toBe(true);
    const entries = await auditEntriesOf('product', created.value.id);
    expect(entries.map((e) => e.action)).toEqual(['product.create', 'product.update']);
    expect(entries[1]).toMatchObject({ before: { active: true, variants: [{ name: 'Print' }] }, after: { active: false, variants: [{ name: 'Print' }] } });
  });

  test('a coupon created, then its percentage changed; a refused one leaves no entry', async () => {
    const staff = await createStaffUser('admin');
    const input = newCouponInput();
    const created = await saveCoupon(input, { staffUserId: staff.id });
    if (!created.ok) throw new Error(created.error.message);
    const { code: _code, ...fields } = input;
    expect((await saveCoupon({ ...fields, id: created.value.id, percentOff: 150 }, { staffUserId: staff.id })).ok).toBe(false);
    expect((await saveCoupon({ ...fields, id: created.value.id, percentOff: 15 }, { staffUserId: staff.id })).ok).toBe(true);
    const entries = await auditEntriesOf('coupon', created.value.id);
    expect(entries.map((e) => e.action)).toEqual(['coupon.create', 'coupon.update']);
    expect(entries[1]).toMatchObject({ before: { percentOff: 10 }, after: { percentOff: 15 } });
  });
});
