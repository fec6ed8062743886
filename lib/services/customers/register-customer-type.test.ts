import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { customers } from '@/db/schema';
import { callApi } from '@/lib/api/testing/call-api';
import { responseProblems } from '@/lib/api/testing/validate-response';
import { createApiKey } from '@/lib/services/api-keys/create-api-key';
import { createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { registerSchema } from '@/lib/validations/auth';
import { registerCustomer } from './register-customer';

const form = (email: string, extra: Record<string, string> = {}) =>
  registerSchema.parse({ name: 'Kari Nordmann', email, addressLine1: 'Storgata 1', postalCode: '0155', city: 'Oslo', country: 'NO', ...extra });

async function registered(email: string, extra: Record<string, string> = {}) {
  const result = await registerCustomer(form(email, extra), { requirePassword: false });
  if (!result.ok) throw new Error(result.error.message);
  const [row] = await db.select().from(customers).where(eq(customers.id, result.value.customerId));
  return row!;
}

const email = (tag: string) => `type-${tag}-${crypto.randomUUID()}@example.test`;

describe('a new customer is registered with their type', () => {
  test('the register form: a company name or a VAT id makes a business, neither a consumer', async () => {
    expect((await registered(email('company'), { companyName: 'Fjord Media AS' })).customerType).toBe('business');
    expect((await registered(email('vat'), { vatId: 'NO974760673MVA' })).customerType).toBe('business');
    expect((await registered(email('private'))).customerType).toBe('consumer');
  });

  test('a type chosen explicitly wins: a sole trader without a VAT id is still a business', async () => {
    expect((await registered(email('sole'), { customerType: 'business' })).customerType).toBe('business');
  });

  describe('through the API', () => {
    let key = '';
    beforeAll(async () => {
      const created = await createApiKey({ name: 'customer type', scope: 'write' }, { staffUserId: (await createStaffUser('owner')).id });
      if (!created.ok) throw new Error(created.error.message);
      key = created.value.key;
    });
    const body = (address: string, extra: Record<string, unknown> = {}) => ({
      name: 'Api Buyer',
      email: address,
      address: { line1: 'Apiweg 2', postal_code: '1011 AB', city: 'Amsterdam', country: 'NL' },
      ...extra,
    });

    test('customer_type is set from the request, or from company_name, and answered', async () => {
      const business = await callApi('post', '/customers', { key, body: body(email('api-co'), { company_name: 'Grachten Advies B.V.' }) });
      expect(business.status).toBe(201);
      expect(business.body).toMatchObject({ customer_type: 'business' });
      expect(responseProblems(business)).toEqual([]);
      const chosen = await callApi('post', '/customers', { key, body: body(email('api-chosen'), { customer_type: 'business' }) });
      expect(chosen.body).toMatchObject({ customer_type: 'business', company_name: null });
      const consumer = await callApi('post', '/customers', { key, body: body(email('api-private')) });
      expect(consumer.body).toMatchObject({ customer_type: 'consumer' });
    });

    test('an unknown customer_type is refused on its field and creates nothing', async () => {
      const address = email('api-bad');
      const refused = await callApi('post', '/customers', { key, body: body(address, { customer_type: 'company' }) });
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ error: { param: 'customer_type' } });
      expect(await db.select().from(customers).where(eq(customers.email, address))).toHaveLength(0);
    });
  });
});
