import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { customers, domainEvents, emailOutbox, invoices } from '@/db/schema';
import { createTestInvoice } from '@/lib/services/email/test-fixtures';
import { deliverToEmbeddedReactions, embeddedReactions } from '@/lib/services/events/embedded-reactions';
import { advanceTestClock } from '@/lib/services/test-clocks/advance-test-clock';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { planByCode } from '@/test/support/checkout-fixtures';

const OUTPUT = path.resolve(import.meta.dirname, '../../../.test-results/einvoices');
const accessPoint = mkdtempSync(path.join(tmpdir(), 'peppol-renewals-'));
afterAll(() => rmSync(accessPoint, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

/** A Dutch business on a test clock (year 3671) that asked for e-invoices, with its Peppol id (KvK). */
async function businessSubscriber(tag: string, peppol: boolean) {
  const clock = await createTestClock({ name: `renewal peppol ${tag}`, startAt: new Date('3671-01-10T09:00:00Z') });
  const plan = await planByCode('trendhouse-monthly');
  const subscribed = await subscribeSimulatedCustomer({ clockId: clock.id, planId: plan.id, autopay: false, name: 'Grachten Advies' });
  if (!subscribed.ok) throw new Error(subscribed.error);
  await db
    .update(customers)
    .set({
      customerType: 'business',
      companyName: 'Grachten Advies B.V.',
      vatId: 'NL812345680B01',
      organisationNumber: '87654321',
      wantsEinvoice: true,
      ...(peppol ? { peppolScheme: '0106', peppolId: '87654321' } : {}),
    })
    .where(eq(customers.id, subscribed.value.customerId));
  return { clock, customerId: subscribed.value.customerId };
}

async function renewalInvoiceOf(customerId: string) {
  const [invoice] = await db
    .select()
    .from(invoices)
    .where(and(eq(invoices.customerId, customerId), isNotNull(invoices.term), eq(invoices.term, 1)));
  return invoice;
}

describe('the bill run reports the invoices it finalises', () => {
  test('one billing/invoice.finalized event per renewal invoice, written with it; its EHF goes to a Peppol buyer’s access point', async () => {
    const { clock, customerId } = await businessSubscriber('sent', true);
    // Past the `invoice` step of the second term (7 days before 3671-02-10), before its `issue`.
    await advanceTestClock({ clockId: clock.id, to: new Date('3671-02-05T12:00:00Z') });
    const invoice = await renewalInvoiceOf(customerId);
    expect(invoice).toMatchObject({ status: 'open', term: 1 });

    const events = await db.select().from(domainEvents).where(eq(domainEvents.subjectId, invoice!.id));
    expect(events.map((e) => [e.name, e.subjectType, e.payload])).toEqual([['billing/invoice.finalized', 'invoice', { invoiceId: invoice!.id }]]);

    // The reactions to it: the e-mail waits for the term's `issue` step, the EHF is sent now.
    vi.stubEnv('KADENS_PEPPOL_OUTBOX_DIR', accessPoint);
    const reactions = embeddedReactions['billing/invoice.finalized'];
    expect(await reactions['send-invoice-email']!({ invoiceId: invoice!.id })).toBeNull();
    // Relayed with an order's invoice in one batch: the order's is e-mailed, the renewal's is not.
    const { invoice: orderInvoice } = await createTestInvoice('en');
    const batch = [events[0]!, { ...events[0]!, id: crypto.randomUUID(), payload: { invoiceId: orderInvoice.id } }];
    expect(await deliverToEmbeddedReactions(batch)).toEqual(new Map());
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, `invoice:${orderInvoice.id}`))).toHaveLength(1);
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, `invoice:${invoice!.id}`))).toHaveLength(0);
    const messageId = `0106_87654321/invoices/${invoice!.number}.xml`;
    expect(await reactions['send-invoice-peppol']!({ invoiceId: invoice!.id })).toEqual({ status: 'sent', messageId });
    const xml = readFileSync(path.join(accessPoint, messageId), 'utf8');
    expect(xml).toContain('<cbc:EndpointID schemeID="0106">87654321</cbc:EndpointID>');
    expect(xml).toContain(`<cbc:ID>${invoice!.number}</cbc:ID>`);
    expect(xml).toContain('mimeCode="application/pdf"');
    mkdirSync(OUTPUT, { recursive: true });
    copyFileSync(path.join(accessPoint, messageId), path.join(OUTPUT, 'service-renewal-invoice-peppol.xml'));

    // At the term's start the bill run's own `issue` step e-mails it, once.
    await advanceTestClock({ clockId: clock.id, to: new Date('3671-02-11T12:00:00Z') });
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, `invoice:${invoice!.id}`))).toHaveLength(1);
    expect(await db.select().from(domainEvents).where(eq(domainEvents.subjectId, invoice!.id))).toHaveLength(1);
  });

  test('a business without a Peppol id gets the event too, and no document at the access point', async () => {
    const { clock, customerId } = await businessSubscriber('skipped', false);
    await advanceTestClock({ clockId: clock.id, to: new Date('3671-02-05T12:00:00Z') });
    const invoice = await renewalInvoiceOf(customerId);
    expect(await db.select({ name: domainEvents.name }).from(domainEvents).where(eq(domainEvents.subjectId, invoice!.id))).toEqual([
      { name: 'billing/invoice.finalized' },
    ]);
    vi.stubEnv('KADENS_PEPPOL_OUTBOX_DIR', accessPoint);
    expect(await embeddedReactions['billing/invoice.finalized']['send-invoice-peppol']!({ invoiceId: invoice!.id })).toEqual({
      status: 'skipped',
      reason: 'no-peppol-id',
    });
    expect(existsSync(path.join(accessPoint, `0106_87654321/invoices/${invoice!.number}.xml`))).toBe(false);
  });
});
