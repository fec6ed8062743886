import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { callApi, type ApiCall } from '@/lib/api/testing/call-api';
import { responseProblems } from '@/lib/api/testing/validate-response';
import { createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { createApiKey } from '@/lib/services/api-keys/create-api-key';
import { revokeApiKey } from '@/lib/services/api-keys/revoke-api-key';
import { startIdempotentRequest } from '@/lib/services/api/idempotency';
import { changeStaffRole } from '@/lib/services/staff/change-staff-role';
import { removeStaffMember } from '@/lib/services/staff/remove-staff-member';
import { listApiKeys } from '@/db/queries/api-keys/list-api-keys';
import { auditEntriesOf } from '@/lib/services/audit/audit-test-fixtures';

/** Auth, scopes, idempotency, pages and bad input: each refusal in the one error shape, as documented. */
let ownerId = '';
let writeKey = '';
let writeKeyId = '';
let readKey = '';

async function newKey(scope: 'read' | 'write') {
  const created = await createApiKey({ name: `refusals ${scope}`, scope }, { staffUserId: ownerId });
  if (!created.ok) throw new Error(created.error.message);
  return created.value;
}

function expectError(answer: ApiCall, status: number, code: string, param?: string) {
  expect(answer.status).toBe(status);
  expect(answer.body).toMatchObject({ error: { code, ...(param ? { param } : {}) } });
  expect(typeof (answer.body as { error: { message: string } }).error.message).toBe('string');
  expect(responseProblems(answer)).toEqual([]);
}

const customerBody = (email: string, name = 'Idem Customer') => ({
  name,
  email,
  address: { line1: 'Apiweg 2', postal_code: '1011 AB', city: 'Amsterdam', country: 'NL' },
});

beforeAll(async () => {
  ownerId = (await createStaffUser('owner')).id;
  const write = await newKey('write');
  writeKey = write.key;
  writeKeyId = write.id;
  readKey = (await newKey('read')).key;
});

describe('API keys', () => {
  test('a key is shown once: stored as a hash, listed by its prefix, audited', async () => {
    const created = await newKey('read');
    expect(created.key).toMatch(/^kad_live_[A-Za-z0-9_-]{32}$/);
    const listed = (await listApiKeys()).find((row) => row.id === created.id)!;
    expect(listed.prefix).toBe(created.key.slice(0, 17));
    expect(JSON.stringify(listed)).not.toContain(created.key);
    expect((await auditEntriesOf('api-key', created.id)).map((e) => e.action)).toEqual(['api-key.create']);
  });

  test('no key, a malformed header and an unknown key are 401', async () => {
    expectError(await callApi('get', '/customers'), 401, 'missing_api_key');
    expectError(await callApi('get', '/customers', { headers: { authorization: 'Basic abc' } }), 401, 'missing_api_key');
    expectError(await callApi('get', '/customers', { key: 'kad_live_notarealkeynotarealkeynotareal' }), 401, 'invalid_api_key');
  });

  test('a revoked key is 401 from its next request on, and the revocation is audited', async () => {
    const created = await newKey('write');
    expect((await callApi('get', '/customers', { key: created.key })).status).toBe(200);
    const revoked = await revokeApiKey({ apiKeyId: created.id, staffUserId: ownerId, now: new Date() });
    expect(revoked.ok).toBe(true);
    expectError(await callApi('get', '/customers', { key: created.key }), 401, 'invalid_api_key');
    expect((await auditEntriesOf('api-key', created.id)).map((e) => e.action)).toEqual(['api-key.create', 'api-key.revoke']);
    const listed = (await listApiKeys()).find((row) => row.id === created.id)!;
    expect(listed.revokedAt).not.toBeNull();
    expect(listed.lastUsedAt).not.toBeNull();
  });

  test('a key works only while the owner who made it is an owner; removing them removes it', async () => {
    const formerOwner = await createStaffUser('owner');
    const created = await createApiKey({ name: 'former owner', scope: 'write' }, { staffUserId: formerOwner.id });
    if (!created.ok) throw new Error(created.error.message);
    expect((await callApi('get', '/plans?limit=1', { key: created.value.key })).status).toBe(200);
    expect((await changeStaffRole({ userId: formerOwner.id, role: 'admin' }, { staffUserId: ownerId })).ok).toBe(true);
    expectError(await callApi('get', '/plans?limit=1', { key: created.value.key }), 401, 'invalid_api_key');
    expect((await removeStaffMember({ userId: formerOwner.id }, { staffUserId: ownerId })).ok).toBe(true);
    expect((await listApiKeys()).some((row) => row.id === created.value.id)).toBe(false);
  });

  test('a read-only key reads and may not write (403)', async () => {
    expect((await callApi('get', '/invoices?limit=1', { key: readKey })).status).toBe(200);
    expectError(await callApi('post', '/customers', { key: readKey, body: customerBody(`ro-${crypto.randomUUID()}@example.test`) }), 403, 'read_only_key');
  });
});

describe('Idempotency-Key', () => {
  test('a retry with the same key and body replays the first answer and creates nothing twice', async () => {
    const email = `idem-${crypto.randomUUID()}@example.test`;
    const headers = { 'idempotency-key': crypto.randomUUID() };
    const first = await callApi('post', '/customers', { key: writeKey, body: customerBody(email), headers });
    expect(first.status).toBe(201);
    const again = await callApi('post', '/customers', { key: writeKey, body: customerBody(email), headers });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const listed = await callApi('get', `/customers?email=${encodeURIComponent(email)}`, { key: writeKey });
    expect((listed.body as { data: unknown[] }).data).toHaveLength(1);
  });

  test('the same key with another body is 422, and nothing is created', async () => {
    const headers = { 'idempotency-key': crypto.randomUUID() };
    await callApi('post', '/customers', { key: writeKey, body: customerBody(`idem-${crypto.randomUUID()}@example.test`), headers });
    const otherEmail = `idem-${crypto.randomUUID()}@example.test`;
    expectError(await callApi('post', '/customers', { key: writeKey, body: customerBody(otherEmail), headers }), 422, 'idempotency_key_reused', 'Idempotency-Key');
    const listed = await callApi('get', `/customers?email=${encodeURIComponent(otherEmail)}`, { key: writeKey });
    expect((listed.body as { data: unknown[] }).data).toHaveLength(0);
  });

  test('a key whose first request is still running is 409', async () => {
    const idempotencyKey = crypto.randomUUID();
    const body = customerBody(`idem-${crypto.randomUUID()}@example.test`);
    // The first request has claimed the key and not answered yet: its claim row has no answer.
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(`createCustomer\n/api/v1/customers\n${JSON.stringify(body)}`).digest('hex');
    expect((await startIdempotentRequest(writeKeyId, idempotencyKey, hash, new Date())).kind).toBe('new');
    expectError(await callApi('post', '/customers', { key: writeKey, body, headers: { 'idempotency-key': idempotencyKey } }), 409, 'idempotency_key_in_use');
  });

  test('two concurrent requests with one key create one customer', async () => {
    const email = `idem-${crypto.randomUUID()}@example.test`;
    const headers = { 'idempotency-key': crypto.randomUUID() };
    const answers = await Promise.all([0, 1, 2].map(() => callApi('post', '/customers', { key: writeKey, body: customerBody(email), headers })));
    expect(answers.filter((a) => a.status === 201).length).toBeGreaterThanOrEqual(1);
    for (const answer of answers) expect([201, 409]).toContain(answer.status);
    const listed = await callApi('get', `/customers?email=${encodeURIComponent(email)}`, { key: writeKey });
    expect((listed.body as { data: unknown[] }).data).toHaveLength(1);
  });

  test('keys are per API key: another key may use the same value', async () => {
    const value = crypto.randomUUID();
    const other = await newKey('write');
    const a = await callApi('post', '/customers', { key: writeKey, body: customerBody(`idem-${crypto.randomUUID()}@example.test`), headers: { 'idempotency-key': value } });
    const b = await callApi('post', '/customers', { key: other.key, body: customerBody(`idem-${crypto.randomUUID()}@example.test`), headers: { 'idempotency-key': value } });
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.headers.get('idempotent-replayed')).toBeNull();
  });
});

describe('bad input is a 4xx that names the problem', () => {
  test('a malformed body is 422 with the field', async () => {
    const noCity = { name: 'No City', email: `bad-${crypto.randomUUID()}@example.test`, address: { line1: 'Apiweg 3', postal_code: '1011', country: 'NL' } };
    expectError(await callApi('post', '/customers', { key: writeKey, body: noCity }), 422, 'parameter_invalid', 'address.city');
    expectError(await callApi('post', '/customers', { key: writeKey, body: { ...customerBody('not-an-address') } }), 422, 'parameter_invalid', 'email');
    expectError(await callApi('post', '/customers', { key: writeKey, body: { ...customerBody(`x-${crypto.randomUUID()}@example.test`), colour: 'blue' } }), 422, 'parameter_invalid', 'colour');
    expectError(await callApi('post', `/subscriptions/${crypto.randomUUID()}/cancel`, { key: writeKey, body: { at: 'tomorrow' } }), 422, 'parameter_invalid', 'at');
  });

  test('a body that is not JSON is 400', async () => {
    expectError(await callApi('post', '/customers', { key: writeKey, rawBody: '{"name": ' }), 400, 'invalid_json');
  });

  test('a taken e-mail address is 409', async () => {
    const email = `taken-${crypto.randomUUID()}@example.test`;
    expect((await callApi('post', '/customers', { key: writeKey, body: customerBody(email) })).status).toBe(201);
    expectError(await callApi('post', '/customers', { key: writeKey, body: customerBody(email.toUpperCase()) }), 409, 'email_taken');
  });

  test('unknown and malformed ids are 404', async () => {
    expectError(await callApi('get', `/customers/${crypto.randomUUID()}`, { key: writeKey }), 404, 'resource_missing', 'id');
    expectError(await callApi('get', '/customers/not-an-id', { key: writeKey }), 404, 'resource_missing', 'id');
    expectError(await callApi('post', `/subscriptions/${crypto.randomUUID()}/cancel`, { key: writeKey, body: {} }), 404, 'resource_missing');
  });

  test('bad query parameters are 400', async () => {
    expectError(await callApi('get', '/customers?limit=0', { key: writeKey }), 400, 'parameter_invalid', 'limit');
    expectError(await callApi('get', '/customers?limit=101', { key: writeKey }), 400, 'parameter_invalid', 'limit');
    expectError(await callApi('get', '/invoices?status=lost', { key: writeKey }), 400, 'parameter_invalid', 'status');
    expectError(await callApi('get', '/invoices?created_gte=yesterday', { key: writeKey }), 400, 'parameter_invalid', 'created_gte');
    expectError(await callApi('get', '/invoices?created_gte=3460-01-02T00:00:00Z&created_lt=3460-01-01T00:00:00Z', { key: writeKey }), 400, 'invalid_range');
  });

  test('a page cursor that was changed, or comes from another list, is 400', async () => {
    const page = await callApi('get', '/customers?limit=1', { key: writeKey });
    const cursor = String((page.body as { next_cursor: string }).next_cursor);
    const [payload, signature] = cursor.split('.');
    const forged = Buffer.from(JSON.stringify({ l: 'customers', id: crypto.randomUUID() })).toString('base64url');
    expectError(await callApi('get', `/customers?starting_after=${forged}.${signature}`, { key: writeKey }), 400, 'invalid_cursor', 'starting_after');
    expectError(await callApi('get', `/customers?starting_after=${payload}`, { key: writeKey }), 400, 'invalid_cursor');
    expectError(await callApi('get', `/invoices?starting_after=${encodeURIComponent(cursor)}`, { key: writeKey }), 400, 'invalid_cursor');
  });

  test('the created range filters a list', async () => {
    const answer = await callApi('get', '/customers?created_gte=3499-01-01T00:00:00Z', { key: writeKey });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ data: [], has_more: false, next_cursor: null });
  });
});

describe('the rate limit', () => {
  afterEach(() => {
    delete process.env.KADENS_RATE_LIMIT_API_KEY;
  });

  test('a key past its limit gets 429 with Retry-After; other keys are not affected', async () => {
    process.env.KADENS_RATE_LIMIT_API_KEY = '3/60';
    const busy = await newKey('read');
    for (let i = 0; i < 3; i += 1) expect((await callApi('get', '/plans?limit=1', { key: busy.key })).status).toBe(200);
    const limited = await callApi('get', '/plans?limit=1', { key: busy.key });
    expectError(limited, 429, 'rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await callApi('get', '/plans?limit=1', { key: readKey })).status).toBe(200);
  });
});

describe('the body size cap', () => {
  test('a body over 64 KiB is 413, in the error shape', async () => {
    const answer = await callApi('post', '/customers', { key: writeKey, rawBody: JSON.stringify({ name: 'x'.repeat(70_000) }) });
    expectError(answer, 413, 'body_too_large');
  });
});
