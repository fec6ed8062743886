import type { z } from 'zod';
import { localizeIssue } from '@/lib/i18n/localize-message';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { customers, domainEvents } from '@/db/schema';
import { auditEntriesOf, createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { lastMail, tokenIn, userById } from '@/lib/services/auth/auth-test-fixtures';
import { confirmEmailChange } from '@/lib/services/auth/confirm-email-change';
import { requestEmailChange } from '@/lib/services/auth/request-email-change';
import { registerCustomer } from '@/lib/services/customers/register-customer';
import { checkoutTaxIdentitySchema, customerDetailsSchema, ownDetailsSchema } from '@/lib/validations/customer-details';
import { updateCustomerDetails } from './update-customer-details';

beforeEach(() => {
  vi.stubEnv('RESEND_API_KEY', '');
  vi.stubEnv('APP_URL', 'https://shop.example');
});
afterEach(() => vi.unstubAllEnvs());

/** A customer of one test, registered as at checkout (a password only when given). */
async function newCustomer(password?: string) {
  const registered = await registerCustomer(
    {
      name: 'Kari Nordmann',
      email: `details-${randomUUID()}@example.test`,
      password,
      companyName: null,
      vatId: null,
      addressLine1: 'Storgata 1',
      addressLine2: null,
      postalCode: '0155',
      city: 'Oslo',
      country: 'NO',
      locale: 'nb',
    },
    { requirePassword: false },
  );
  if (!registered.ok) throw new Error(registered.error.message);
  const [customer] = await db.select().from(customers).where(eq(customers.id, registered.value.customerId));
  return customer!;
}

/** The form as Min Side and the dashboard send it: every field a string. */
const form = (fields: Record<string, string> = {}) => ({
  name: 'Kari Nordmann',
  addressLine1: 'Storgata 1',
  postalCode: '0155',
  city: 'Oslo',
  country: 'NO',
  locale: 'nb',
  customerType: 'business',
  companyName: 'Fjord Media AS',
  ...fields,
});

/** What the form shows beside each field, in English (the schemas carry catalog codes). */
const fieldErrors = (result: { success: boolean; error?: { issues: z.core.$ZodIssue[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), localizeIssue('en', issue)]));

describe('the details form', () => {
  test.each([
    ['a VAT id with a wrong check digit', { vatId: 'NO 974 760 674 MVA' }, 'vatId', 'check digits do not match'],
    ['a VAT id without a country code', { vatId: '974760673' }, 'vatId', 'starts with its country code'],
    ['an organisation number with a wrong check digit', { organisationNumber: '974 760 674' }, 'organisationNumber', '9 digits with a valid check digit'],
    ['an unknown Peppol scheme', { peppolScheme: '1234', peppolId: '974760673' }, 'peppolScheme', 'not a Peppol identifier scheme'],
    ['a Peppol id that fails its scheme', { peppolScheme: '0192', peppolId: '974760674' }, 'peppolId', ''],
    ['a Peppol id without its scheme', { peppolId: '974760673' }, 'peppolScheme', 'not a Peppol identifier scheme'],
    ['a business without a company name', { companyName: '' }, 'companyName', 'Enter the company name'],
    ['a phone number with letters', { phone: 'call me' }, 'phone', 'digits'],
  ])('%s is refused on its own field, with what to fix', (_case, fields, field, message) => {
    const errors = fieldErrors(customerDetailsSchema.safeParse(form(fields)));
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field]).toContain(message);
  });

  test('a business comes out normalised; a private person keeps none of the business fields', () => {
    const business = customerDetailsSchema.parse(
      form({ vatId: 'no 974 760 673', organisationNumber: '974 760 673', peppolScheme: '0192', peppolId: '974 760 673', wantsEinvoice: 'on', phone: '+47 22 33 44 55' }),
    );
    expect(business).toMatchObject({
      customerType: 'business',
      vatId: 'NO974760673MVA',
      organisationNumber: '974760673',
      peppolScheme: '0192',
      peppolId: '974760673',
      wantsEinvoice: true,
      phone: '+47 22 33 44 55',
    });
    const consumer = customerDetailsSchema.parse(form({ customerType: 'consumer', vatId: 'NO974760673MVA', wantsEinvoice: 'on' }));
    expect(consumer).toMatchObject({ customerType: 'consumer', companyName: null, vatId: null, peppolId: null, wantsEinvoice: false });
  });

  test('checkout checks the organisation number against the country of the stored address', () => {
    const fields = { customerType: 'business', companyName: 'Kaaskop B.V.', organisationNumber: '974760673' };
    expect(checkoutTaxIdentitySchema('NO').safeParse(fields).success).toBe(true);
    expect(fieldErrors(checkoutTaxIdentitySchema('NL').safeParse(fields))).toEqual({ organisationNumber: 'A KvK number has 8 digits.' });
  });
});

describe('saving details', () => {
  test('the customer’s own edit is saved and not audited; staff’s is audited by field name, without the values', async () => {
    const customer = await newCustomer();
    const own = ownDetailsSchema.parse(form({ vatId: 'NO974760673MVA', signInByLinkOnly: 'on' }));
    const saved = await updateCustomerDetails({ customerId: customer.id, changes: { ...own.details, signInByLinkOnly: own.signInByLinkOnly } });
    expect(saved).toMatchObject({ ok: true, value: { changed: expect.arrayContaining(['customerType', 'companyName', 'vatId', 'signInByLinkOnly']) } });
    const [stored] = await db.select().from(customers).where(eq(customers.id, customer.id));
    expect(stored).toMatchObject({ customerType: 'business', companyName: 'Fjord Media AS', vatId: 'NO974760673MVA', signInByLinkOnly: true, locale: 'nb' });
    expect(await auditEntriesOf('customer', customer.id)).toEqual([]);

    const staff = await createStaffUser('admin');
    const details = customerDetailsSchema.parse(form({ vatId: 'NO974760673MVA', city: 'Bergen', postalCode: '5003', locale: 'en' }));
    expect(await updateCustomerDetails({ customerId: customer.id, changes: details, staffUserId: staff.id })).toMatchObject({
      ok: true,
      value: { changed: ['postalCode', 'city', 'locale'] },
    });
    const entries = await auditEntriesOf('customer', customer.id);
    expect(entries).toEqual([expect.objectContaining({ action: 'customer.details', actorUserId: staff.id, after: expect.objectContaining({ fields: ['postalCode', 'city', 'locale'] }) })]);
    expect(JSON.stringify(entries[0])).not.toContain('Bergen');

    // The same details again change nothing and record nothing.
    expect(await updateCustomerDetails({ customerId: customer.id, changes: details, staffUserId: staff.id })).toMatchObject({ ok: true, value: { changed: [] } });
    expect(await auditEntriesOf('customer', customer.id)).toHaveLength(1);
  });

  test('an unknown customer is refused', async () => {
    const details = customerDetailsSchema.parse(form());
    expect(await updateCustomerDetails({ customerId: randomUUID(), changes: details })).toMatchObject({ ok: false, error: { code: 'customer_not_found' } });
  });
});

describe('a customer’s e-mail change', () => {
  test('nothing changes until the link sent to the new address is opened; then the login and the invoice address move', async () => {
    // Signs in by link: no password to give, the session is the proof.
    const customer = await newCustomer();
    const newEmail = `moved-${randomUUID()}@example.test`;
    expect(await requestEmailChange({ userId: customer.userId, newEmail, now: new Date() })).toEqual({ ok: true, value: { sentTo: newEmail } });
    const [before] = await db.select().from(customers).where(eq(customers.id, customer.id));
    expect(before!.email).toBe(customer.email);
    expect((await userById(customer.userId)).email).toBe(customer.email);

    const token = tokenIn((await lastMail(newEmail, 'email-change'))!.text, '/signin/email-change');
    expect(await confirmEmailChange({ token, now: new Date() })).toEqual({ ok: true, value: { email: newEmail } });
    const [after] = await db.select().from(customers).where(eq(customers.id, customer.id));
    expect(after!.email).toBe(newEmail);
    expect((await userById(customer.userId)).email).toBe(newEmail);
  });

  test('an account with a password must give it', async () => {
    const customer = await newCustomer('a good password');
    const newEmail = `moved-${randomUUID()}@example.test`;
    expect(await requestEmailChange({ userId: customer.userId, newEmail, now: new Date() })).toMatchObject({ ok: false, error: { code: 'password_wrong', field: 'currentPassword' } });
    expect(await lastMail(newEmail, 'email-change')).toBeUndefined();
    expect((await requestEmailChange({ userId: customer.userId, currentPassword: 'a good password', newEmail, now: new Date() })).ok).toBe(true);
  });
});

test('a saved change is announced as customer/updated (for the webhooks); saving the same details again announces nothing', async () => {
  const customer = await newCustomer();
  const events = () =>
    db.select().from(domainEvents).where(and(eq(domainEvents.name, 'customer/updated'), eq(domainEvents.subjectId, customer.id)));
  const saved = await updateCustomerDetails({ customerId: customer.id, changes: { phone: '+47 22 00 00 00' } });
  expect(saved.ok).toBe(true);
  expect(await events()).toHaveLength(1);
  await updateCustomerDetails({ customerId: customer.id, changes: { phone: '+47 22 00 00 00' } });
  expect(await events()).toHaveLength(1);
});
