import { and, asc, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { listCustomerPaymentMethods } from '@/db/queries/portal/list-customer-payment-methods';
import { listUnpaidChargedInvoices } from '@/db/queries/portal/list-unpaid-charged-invoices';
import { getAutopayMethod } from '@/db/queries/payments/get-autopay-method';
import { emailOutbox, invoices, paymentMethods, payments, subscriptions, testProviderPayments } from '@/db/schema';
import { POST as webhook } from '@/app/api/webhooks/[provider]/route';
import { decideTestCheckout } from '@/lib/payments/test-provider-events';
import { signTestWebhook, TEST_SIGNATURE_HEADER } from '@/lib/payments/test-provider-webhook';

import { REAL_TIME } from '@/lib/services/billing/clock-scope';
import { createTestCustomer } from '@/lib/services/email/test-fixtures';
import { completeMethodSetup } from './complete-method-setup';
import { pastDueSubscriber, saveMethod } from './payment-method-test-fixtures';
import { payInvoiceWithSavedMethod } from './pay-invoice-with-saved-method';
import { removePaymentMethod } from './remove-payment-method';
import { sendCardExpiryNotices } from './send-card-expiry-notices';
import { setDefaultPaymentMethod } from './set-default-payment-method';
import { startMethodSetup } from './start-method-setup';

beforeEach(() => {
  vi.stubEnv('RESEND_API_KEY', '');
  vi.stubEnv('APP_URL', 'http://shop.test');
});
afterEach(() => vi.unstubAllEnvs());

const methodRows = (customerId: string) =>
  db.select().from(paymentMethods).where(eq(paymentMethods.customerId, customerId)).orderBy(asc(paymentMethods.createdAt));
const chargesOn = (mandateRef: string) =>
  db.select().from(testProviderPayments).where(and(eq(testProviderPayments.mandateRef, mandateRef), eq(testProviderPayments.kind, 'charge')));

describe('saving a payment method', () => {
  test('the provider setup stores card brand, last four and expiry, and autopay uses the new method', async () => {
    const customer = await createTestCustomer();
    const saved = await saveMethod(customer.id);
    expect(saved.status).toBe('completed');

    const [listed] = await listCustomerPaymentMethods(customer.id);
    expect(listed).toMatchObject({ type: 'card', brand: 'Visa', last4: '4242', label: 'Visa •••• 4242', usedForAutopay: true });
    expect(listed!.expiryYear).toBe(new Date().getUTCFullYear() + 3);
    expect((await getAutopayMethod(db, customer.id))?.id).toBe(listed!.id);

    // Replaying the return stores nothing more.
    const again = await completeMethodSetup({ customerId: customer.id, setupId: saved.setupId, now: new Date() });
    expect(again).toEqual({ ok: true, value: { status: 'completed', invoiceId: null, paymentMethodId: listed!.id } });
    expect(await methodRows(customer.id)).toHaveLength(1);
  });

  test('a SEPA mandate shows its masked IBAN; a canceled setup saves nothing', async () => {
    const customer = await createTestCustomer();
    await saveMethod(customer.id, { method: 'ideal' });
    const canceled = await saveMethod(customer.id, { outcome: 'cancel' });
    expect(canceled.status).toBe('canceled');
    const listed = await listCustomerPaymentMethods(customer.id);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ type: 'sepa_debit', ibanMasked: 'NL91 •••• 4300', usedForAutopay: true });
  });

  test("another customer's setup is not found and stores nothing", async () => {
    const owner = await createTestCustomer();
    const stranger = await createTestCustomer();
    const started = await startMethodSetup({ customerId: owner.id, method: 'card', baseUrl: 'http://shop.test' });
    if (!started.ok) throw new Error(started.error.message);
    await decideTestCheckout(started.value.redirectUrl.split('/').pop()!, { status: 'paid', mandate: 'ok', at: new Date() });
    const result = await completeMethodSetup({ customerId: stranger.id, setupId: started.value.setupId, now: new Date() });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await methodRows(stranger.id)).toEqual([]);
    expect(await methodRows(owner.id)).toEqual([]);
  });

  test('the provider\'s webhook stores the method when the customer never comes back', async () => {
    const customer = await createTestCustomer();
    const started = await startMethodSetup({ customerId: customer.id, method: 'card', baseUrl: 'http://shop.test' });
    if (!started.ok) throw new Error(started.error.message);
    const providerSetupId = started.value.redirectUrl.split('/').pop()!;
    await decideTestCheckout(providerSetupId, { status: 'paid', mandate: 'ok', at: new Date() });

    const body = JSON.stringify({ id: providerSetupId });
    const request = new Request('http://shop.test/api/webhooks/test', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TEST_SIGNATURE_HEADER]: signTestWebhook(body) },
      body,
    });
    const response = await webhook(request as never, { params: Promise.resolve({ provider: 'test' }) });
    expect(await response.json()).toEqual({ ok: true, handled: [{ providerPaymentId: providerSetupId, outcome: 'setup' }] });
    expect((await listCustomerPaymentMethods(customer.id)).map((m) => m.usedForAutopay)).toEqual([true]);
    // The late return finds it done.
    expect(await completeMethodSetup({ customerId: customer.id, setupId: started.value.setupId, now: new Date() })).toMatchObject({
      ok: true,
      value: { status: 'completed' },
    });
    expect(await methodRows(customer.id)).toHaveLength(1);
  });

  test('a method the shop does not offer cannot be added', async () => {
    const customer = await createTestCustomer();
    const result = await startMethodSetup({ customerId: customer.id, method: 'bank_transfer', baseUrl: 'http://shop.test' });
    expect(result).toMatchObject({ ok: false, error: { code: 'method_not_offered', field: 'method' } });
  });
});

describe('scoping', () => {
  test("another customer's method id is not found: it is not listed, and neither made default nor removed", async () => {
    const owner = await createTestCustomer();
    const stranger = await createTestCustomer();
    await saveMethod(owner.id);
    await saveMethod(stranger.id);
    const [ownersMethod] = await methodRows(owner.id);

    expect((await listCustomerPaymentMethods(stranger.id)).map((m) => m.id)).not.toContain(ownersMethod!.id);
    expect(await setDefaultPaymentMethod({ customerId: stranger.id, methodId: ownersMethod!.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await removePaymentMethod({ customerId: stranger.id, methodId: ownersMethod!.id, switchToInvoice: true })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await methodRows(owner.id)).toEqual([ownersMethod]);
    expect((await methodRows(stranger.id)).map((m) => m.isDefault)).toEqual([true]);
  });
});

describe('removing', () => {
  test('the last method cannot be removed while autopay is on, and this shop does not take payment by invoice', async () => {
    const customer = await createTestCustomer();
    await saveMethod(customer.id);
    const [only] = await methodRows(customer.id);

    expect(await removePaymentMethod({ customerId: customer.id, methodId: only!.id })).toMatchObject({ ok: false, error: { code: 'last_method' } });
    // The demo shop offers no bank transfer: switching to invoices is refused too.
    expect(await removePaymentMethod({ customerId: customer.id, methodId: only!.id, switchToInvoice: true })).toMatchObject({
      ok: false,
      error: { code: 'invoice_not_allowed' },
    });
    expect(await methodRows(customer.id)).toEqual([only]);
    expect((await getAutopayMethod(db, customer.id))?.id).toBe(only!.id);
  });

  test('removing the method autopay uses hands autopay to the newest remaining one', async () => {
    const customer = await createTestCustomer();
    await saveMethod(customer.id, { method: 'paypal' });
    await saveMethod(customer.id, { method: 'bancontact' });
    await saveMethod(customer.id);
    const [paypal, sepa, card] = await methodRows(customer.id);
    expect(await removePaymentMethod({ customerId: customer.id, methodId: card!.id })).toEqual({ ok: true, value: { autopay: 'on' } });
    expect((await getAutopayMethod(db, customer.id))?.id).toBe(sepa!.id);
    expect((await methodRows(customer.id)).map((m) => m.id)).toEqual([paypal!.id, sepa!.id]);
  });
});

describe('after a failed charge', () => {
  test('saving a new method, then confirming the amount, charges the open invoice once with it', async () => {
    const { customerId, subscription, invoice } = await pastDueSubscriber();
    expect(subscription.status).toBe('past_due');
    const [open] = await listUnpaidChargedInvoices(customerId);
    expect(open).toMatchObject({ id: invoice.id, openMinor: invoice.totalMinor, failureReason: 'Declined: the card has expired', savedMethodIds: [] });

    const saved = await saveMethod(customerId, { invoiceId: invoice.id });
    expect(saved).toMatchObject({ status: 'completed', invoiceId: invoice.id });
    const newMethod = (await getAutopayMethod(db, customerId))!;
    expect(newMethod.id).toBe(saved.paymentMethodId);

    // An amount other than the one owed (the customer saw an old page) is refused, nothing charged.
    const stale = await payInvoiceWithSavedMethod({ customerId, invoiceId: invoice.id, amountMinor: open!.openMinor - 1, now: new Date() });
    expect(stale).toMatchObject({ ok: false, error: { code: 'amount_changed' } });
    expect(await chargesOn(newMethod.mandateRef!)).toEqual([]);

    const paid = await payInvoiceWithSavedMethod({ customerId, invoiceId: invoice.id, amountMinor: open!.openMinor, now: new Date() });
    expect(paid).toMatchObject({ ok: true, value: { status: 'paid' } });
    // A second confirmation (a double click, a replayed form) finds nothing left to pay.
    const twice = await payInvoiceWithSavedMethod({ customerId, invoiceId: invoice.id, amountMinor: open!.openMinor, now: new Date() });
    expect(twice).toMatchObject({ ok: false, error: { code: 'nothing_to_pay' } });

    const charges = await chargesOn(newMethod.mandateRef!);
    expect(charges.map((c) => [c.amountMinor, c.status])).toEqual([[invoice.totalMinor, 'paid']]);
    const attempts = await db.select().from(payments).where(eq(payments.invoiceId, invoice.id)).orderBy(asc(payments.attempt));
    expect(attempts.map((a) => [a.source, a.status])).toEqual([
      ['autopay', 'failed'],
      ['autopay', 'paid'],
    ]);
    expect((await db.select().from(invoices).where(eq(invoices.id, invoice.id)))[0]!.status).toBe('paid');
    expect((await db.select().from(subscriptions).where(eq(subscriptions.id, subscription.id)))[0]!.status).toBe('active');
    expect(await listUnpaidChargedInvoices(customerId)).toEqual([]);
  });

  test('set default decides which method autopay charges', async () => {
    const { customerId, invoice } = await pastDueSubscriber();
    const failing = (await getAutopayMethod(db, customerId))!;
    await saveMethod(customerId);
    const working = (await getAutopayMethod(db, customerId))!;
    expect(working.id).not.toBe(failing.id);
    const amountMinor = invoice.totalMinor;

    // Back to the card that fails: the charge goes to it, and fails.
    expect(await setDefaultPaymentMethod({ customerId, methodId: failing.id })).toEqual({ ok: true, value: { methodId: failing.id } });
    const listed = await listCustomerPaymentMethods(customerId);
    expect(listed.filter((m) => m.usedForAutopay).map((m) => m.id)).toEqual([failing.id]);
    expect(await payInvoiceWithSavedMethod({ customerId, invoiceId: invoice.id, amountMinor, now: new Date() })).toMatchObject({
      ok: true,
      value: { status: 'failed' },
    });
    expect(await chargesOn(working.mandateRef!)).toEqual([]);

    expect(await setDefaultPaymentMethod({ customerId, methodId: working.id })).toMatchObject({ ok: true });
    expect(await payInvoiceWithSavedMethod({ customerId, invoiceId: invoice.id, amountMinor, now: new Date() })).toMatchObject({
      ok: true,
      value: { status: 'paid' },
    });
    expect((await chargesOn(working.mandateRef!)).map((c) => c.status)).toEqual(['paid']);
    expect((await chargesOn(failing.mandateRef!)).map((c) => c.status)).toEqual(['failed', 'failed']);
  });

  test('a provider that takes the charge and then times out is asked for it at once: paid, and confirming again charges nothing more', async () => {
    const { customerId, invoice } = await pastDueSubscriber();
    const started = await startMethodSetup({ customerId, method: 'card', invoiceId: invoice.id, baseUrl: 'http://shop.test' });
    if (!started.ok) throw new Error(started.error.message);
    await decideTestCheckout(started.value.redirectUrl.split('/').pop()!, { status: 'paid', mandate: 'timeout-once', at: new Date() });
    await completeMethodSetup({ customerId, setupId: started.value.setupId, now: new Date() });
    const method = (await getAutopayMethod(db, customerId))!;

    const first = await payInvoiceWithSavedMethod({ customerId, invoiceId: invoice.id, amountMinor: invoice.totalMinor, now: new Date() });
    // The answer never came; the provider, asked for the charge by its key, says it took it.
    expect(first).toEqual({ ok: true, value: { status: 'paid', reason: null, retry: null } });
    const again = await payInvoiceWithSavedMethod({ customerId, invoiceId: invoice.id, amountMinor: invoice.totalMinor, now: new Date() });
    expect(again).toMatchObject({ ok: false, error: { code: 'nothing_to_pay' } });
    expect((await chargesOn(method.mandateRef!)).map((c) => c.status)).toEqual(['paid']);
    expect((await db.select().from(payments).where(eq(payments.invoiceId, invoice.id))).map((p) => p.status).sort()).toEqual(['failed', 'paid']);
  });

  test("another customer's invoice is not found and nothing is charged", async () => {
    const { invoice } = await pastDueSubscriber();
    const stranger = await createTestCustomer();
    await saveMethod(stranger.id);
    const result = await payInvoiceWithSavedMethod({ customerId: stranger.id, invoiceId: invoice.id, amountMinor: invoice.totalMinor, now: new Date() });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await db.select().from(payments).where(eq(payments.invoiceId, invoice.id))).toHaveLength(1);
  });
});

describe('expiring cards', () => {
  test('a card expiring within 30 days gets one e-mail linking to Min Side, however often the sweep runs', async () => {
    const customer = await createTestCustomer();
    await saveMethod(customer.id, { outcome: 'save-expiring' });
    const [expiring] = await methodRows(customer.id);
    const stranger = await createTestCustomer();
    await saveMethod(stranger.id);
    // The card works through the end of its month: the sweep runs in the last days of it.
    const now = new Date(Date.UTC(expiring!.expiryYear!, expiring!.expiryMonth! - 1, 28, 12));

    await sendCardExpiryNotices({ now, scope: REAL_TIME });
    await sendCardExpiryNotices({ now, scope: REAL_TIME });
    await Promise.all([sendCardExpiryNotices({ now, scope: REAL_TIME }), sendCardExpiryNotices({ now, scope: REAL_TIME })]);

    const mails = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, customer.email));
    expect(mails.map((m) => m.template)).toEqual(['card-expiring']);
    expect(mails[0]!.subject).toContain('Visa •••• 1881');
    expect(mails[0]!.html).toContain('http://shop.test/account/payment-methods');
    expect((await methodRows(customer.id))[0]!.expiryNoticeAt).toEqual(now);
    // A card valid for years is left alone.
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, stranger.email))).toEqual([]);
  });
});
