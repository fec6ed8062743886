import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { customers, emailOutbox, invoices, paymentMethods, sessions, subscriptions, users, verificationTokens } from '@/db/schema';
import { auditEntriesOf, createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { createTestInvoice, createTestSubscription } from '@/lib/services/email/test-fixtures';
import { eraseCustomer, ERASED_NAME } from './erase-customer';

const customerRow = async (id: string) => (await db.select().from(customers).where(eq(customers.id, id)))[0]!;

/** A customer whose subscription has ended and whose invoice is paid: nothing runs any more. */
async function finishedCustomer() {
  const { customer, subscription } = await createTestSubscription('en', { mandate: true });
  await db.update(subscriptions).set({ status: 'ended', endedAt: new Date() }).where(eq(subscriptions.id, subscription.id));
  await db.update(customers).set({ vatId: 'NL123456789B01', companyName: 'Daan BV', addressLine2: '3rd floor' }).where(eq(customers.id, customer.id));
  const { invoice } = await createTestInvoice('en', 'paid', { customer });
  await db.insert(emailOutbox).values({
    dedupeKey: `invoice:${randomUUID()}`,
    template: 'invoice',
    toAddress: customer.email,
    subject: 'Your invoice',
    props: { customerName: customer.name },
    html: `<p>Dear ${customer.name}</p>`,
    text: `Dear ${customer.name}`,
    transport: 'outbox',
    status: 'stored',
  });
  await db.insert(sessions).values({ sessionToken: randomUUID(), userId: customer.userId, expires: new Date(Date.now() + 86_400_000) });
  await db.insert(verificationTokens).values({ identifier: customer.email, token: randomUUID(), expires: new Date(Date.now() + 3_600_000) });
  return { customer, invoice };
}

describe('eraseCustomer', () => {
  test('personal data becomes placeholders; the account can no longer be reached; the invoice is kept as issued', async () => {
    const admin = await createStaffUser('admin');
    const { customer, invoice } = await finishedCustomer();
    const now = new Date('2031-06-01T12:00:00Z');
    const erased = await eraseCustomer({ customerId: customer.id, staffUserId: admin.id, now });
    expect(erased).toEqual({ ok: true, value: { paymentMethodsDetached: 1, emailsPurged: 1 } });

    const after = await customerRow(customer.id);
    expect(after).toMatchObject({ name: ERASED_NAME, companyName: null, vatId: null, addressLine1: 'erased', addressLine2: null, postalCode: 'erased', city: 'erased', erasedAt: now });
    expect(after.email).toMatch(/^erased-[0-9a-f-]{36}@erased\.invalid$/);
    const [user] = await db.select().from(users).where(eq(users.id, customer.userId));
    expect(user).toMatchObject({ email: after.email, name: null, passwordHash: null, emailVerified: null });
    // Nobody can sign in with the old address, by password or by link: no account has it.
    expect(await db.select().from(users).where(eq(users.email, customer.email))).toEqual([]);
    expect(await db.select().from(verificationTokens).where(eq(verificationTokens.identifier, customer.email))).toEqual([]);
    expect(await db.select().from(sessions).where(eq(sessions.userId, customer.userId))).toEqual([]);
    expect(await db.select().from(paymentMethods).where(eq(paymentMethods.customerId, customer.id))).toEqual([]);

    const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, after.email));
    expect(mail).toMatchObject({ subject: 'Your invoice', html: '', text: '', props: {}, bodyPurgedAt: now });

    // The invoice keeps what it was issued to: accounting records are kept for the legal period.
    const [kept] = await db.select().from(invoices).where(eq(invoices.id, invoice.id));
    expect(kept!.customerSnapshot).toEqual(invoice.customerSnapshot);
    expect(kept).toMatchObject({ number: invoice.number, totalMinor: invoice.totalMinor, status: 'paid' });

    // Recorded, without what was erased.
    const entries = await auditEntriesOf('customer', customer.id);
    expect(entries).toEqual([expect.objectContaining({ action: 'customer.erase', actorUserId: admin.id })]);
    const logged = JSON.stringify(entries);
    for (const erasedValue of [customer.email, customer.name, 'NL123456789B01', 'Daan BV', customer.addressLine1]) expect(logged).not.toContain(erasedValue);

    expect(await eraseCustomer({ customerId: customer.id, staffUserId: admin.id, now })).toEqual({
      ok: false,
      error: 'This customer’s personal data was already erased.',
    });
  });

  test('refused while a subscription runs or an invoice is open, and nothing changes', async () => {
    const admin = await createStaffUser('admin');
    const { customer } = await createTestSubscription();
    await createTestInvoice('en', 'open', { customer });
    expect(await eraseCustomer({ customerId: customer.id, staffUserId: admin.id, now: new Date() })).toEqual({
      ok: false,
      error:
        'The customer cannot be erased yet: they have a subscription that has not ended (stop it first) and an invoice still open (settle, credit or void it first).',
    });
    expect(await customerRow(customer.id)).toEqual(customer);
    expect(await auditEntriesOf('customer', customer.id)).toEqual([]);
  });
});
