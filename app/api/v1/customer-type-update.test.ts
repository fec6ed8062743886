import { beforeAll, expect, test } from 'vitest';
import { callApi } from '@/lib/api/testing/call-api';
import { responseProblems } from '@/lib/api/testing/validate-response';
import { createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { createApiKey } from '@/lib/services/api-keys/create-api-key';

let key = '';

beforeAll(async () => {
  const owner = await createStaffUser('owner');
  const created = await createApiKey({ name: 'customer type', scope: 'write' }, { staffUserId: owner.id });
  if (!created.ok) throw new Error(created.error.message);
  key = created.value.key;
});

test('a customer update sets customer_type as a create does; without it the type stays; a wrong one is refused naming it', async () => {
  const created = await callApi('post', '/customers', {
    key,
    body: {
      name: 'Type Changer',
      email: `type-${crypto.randomUUID()}@example.test`,
      address: { line1: 'Apiweg 2', postal_code: '1011 AB', city: 'Amsterdam', country: 'NL' },
    },
  });
  expect(created.status).toBe(201);
  const id = (created.body as { id: string; customer_type: string }).id;
  expect(created.body).toMatchObject({ customer_type: 'consumer' });

  const business = await callApi('post', `/customers/${id}`, { key, body: { customer_type: 'business', company_name: 'Type B.V.', vat_id: 'NL812345680B01' } });
  expect(business.status).toBe(200);
  expect(business.body).toMatchObject({ customer_type: 'business', company_name: 'Type B.V.' });
  expect(responseProblems(business)).toEqual([]);

  const renamed = await callApi('post', `/customers/${id}`, { key, body: { name: 'Type Keeper' } });
  expect(renamed.body).toMatchObject({ customer_type: 'business', name: 'Type Keeper' });

  const wrong = await callApi('post', `/customers/${id}`, { key, body: { customer_type: 'company' } });
  expect(wrong.status).toBe(422);
  expect(wrong.body).toMatchObject({ error: { param: 'customer_type' } });
});
