import { beforeEach, describe, expect, test, vi } from 'vitest';
import { z } from 'zod';
import type { Viewer } from '@/lib/auth/viewer';
import { DomainError, domainError } from '@/lib/errors/domain-error';

const viewer = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock('@/lib/auth/viewer', () => ({ getViewer: async () => viewer.current }));
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock('next/cache', () => ({ revalidatePath }));

const { actionKind, actionPermission, customerAction, merchantAction, publicAction } = await import('./safe-action');

const OWNER: Viewer = { userId: 'u1', email: 'owner@example.com', role: 'owner', customerId: null };
const STAFF: Viewer = { userId: 'u3', email: 'staff@example.com', role: 'admin', customerId: null };
const CUSTOMER: Viewer = { userId: 'u2', email: 'customer@example.com', role: 'customer', customerId: 'c2' };
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const amountSchema = z.object({ amount: z.coerce.number({ error: 'Enter an amount.' }).positive({ error: 'Enter an amount above zero.' }) });

beforeEach(() => {
  viewer.current = null;
  revalidatePath.mockClear();
});

describe('the domain error becomes the form’s answer', () => {
  test.each([
    ['returned with a field', async () => domainError('amount_too_high', 'That is more than is left.', 'amount'), { error: 'That is more than is left.', fieldErrors: { amount: 'That is more than is left.' } }],
    ['returned without a field', async () => domainError('invoice_void', 'This invoice is void.'), { error: 'This invoice is void.' }],
    ['thrown with a field', async () => { throw new DomainError({ code: 'amount_too_high', message: 'Too much.', field: 'amount' }); }, { error: 'Too much.', fieldErrors: { amount: 'Too much.' } }],
  ])('%s', async (_case, run, expected) => {
    const action = publicAction({ schema: amountSchema }, run);
    expect(await action({}, form({ amount: '5' }))).toEqual(expected);
  });

  test('a domain error keeps what was typed when the action asks for it; a success does not', async () => {
    const action = publicAction({ schema: amountSchema, keepValues: true }, async ({ amount }) =>
      amount > 10 ? domainError('too_high', 'Too much.', 'amount') : { notice: 'Saved.' },
    );
    expect(await action({}, form({ amount: '11', note: 'late' }))).toEqual({
      error: 'Too much.',
      fieldErrors: { amount: 'Too much.' },
      values: { amount: '11', note: 'late' },
    });
    expect(await action({}, form({ amount: '9' }))).toEqual({ notice: 'Saved.' });
  });

  test('any other error is not an answer: it is thrown', async () => {
    const action = publicAction({ schema: amountSchema }, async () => {
      throw new Error('bug');
    });
    await expect(action(form({ amount: '1' }))).rejects.toThrow('bug');
  });
});

describe('input is parsed before the action runs', () => {
  test('per field by default, or the first message alone', async () => {
    const run = vi.fn(async () => ({ notice: 'ran' }));
    expect(await publicAction({ schema: amountSchema }, run)({}, form({ amount: '-1' }))).toEqual({
      error: 'Please correct the marked fields.',
      fieldErrors: { amount: 'Enter an amount above zero.' },
    });
    expect(await publicAction({ schema: amountSchema, invalid: 'first' }, run)({}, form({ amount: '-1' }))).toEqual({
      error: 'Enter an amount above zero.',
    });
    expect(run).not.toHaveBeenCalled();
    expect(await publicAction({ schema: amountSchema }, run)({}, form({ amount: '2' }))).toEqual({ notice: 'ran' });
    expect(run).toHaveBeenCalledWith({ amount: 2 }, expect.objectContaining({ values: { amount: '2' } }));
  });
});

describe('the session is checked first', () => {
  test('a customer action refuses a visitor and staff, whatever they sent, and never runs', async () => {
    const run = vi.fn(async () => ({ notice: 'paid' }));
    const action = customerAction({ to: 'pay', schema: amountSchema }, run);
    for (const who of [null, OWNER]) {
      viewer.current = who;
      expect(await action({}, form({ amount: 'nonsense' }))).toEqual({ error: 'Your session ended. Sign in again to continue.' });
    }
    expect(run).not.toHaveBeenCalled();
    viewer.current = CUSTOMER;
    expect(await action({}, form({ amount: '3' }))).toEqual({ notice: 'paid' });
    expect(run).toHaveBeenCalledWith({ amount: 3 }, expect.objectContaining({ viewer: CUSTOMER }));
  });

  test('a merchant action refuses customers, and staff whose role lacks its permission', async () => {
    const SUPPORT: Viewer = { ...STAFF, role: 'support' };
    const reading = merchantAction({ to: 'sign out everywhere', permission: 'read', schema: amountSchema }, async () => ({ notice: 'done' }));
    const staffOnly = merchantAction({ to: 'manage the staff', permission: 'staff:manage', schema: amountSchema }, async () => ({ notice: 'done' }));
    const answers = async (who: Viewer | null) => {
      viewer.current = who;
      return [(await reading({}, form({ amount: '1' }))).notice ?? 'refused', (await staffOnly({}, form({ amount: '1' }))).notice ?? 'refused'];
    };
    expect(await answers(null)).toEqual(['refused', 'refused']);
    expect(await answers(CUSTOMER)).toEqual(['refused', 'refused']);
    expect(await answers(SUPPORT)).toEqual(['done', 'refused']);
    expect(await answers(STAFF)).toEqual(['done', 'refused']);
    expect(await answers(OWNER)).toEqual(['done', 'done']);
    viewer.current = CUSTOMER;
    expect(await staffOnly({}, form({ amount: '1' }))).toEqual({ error: 'Only the shop’s staff can manage the staff. Sign in again.' });
    viewer.current = STAFF;
    expect(await staffOnly({}, form({ amount: '1' }))).toEqual({ error: 'Your role does not allow you to manage the staff.' });
  });

  test('each wrapper marks what it built', () => {
    const run = async () => ({});
    expect(actionKind(publicAction({}, run))).toBe('public');
    expect(actionKind(customerAction({ to: 'pay' }, run))).toBe('customer');
    expect(actionKind(merchantAction({ to: 'change the shop settings', permission: 'exports:read' }, run))).toBe('merchant');
    expect(actionKind(async () => ({}))).toBeUndefined();
    expect(actionPermission(merchantAction({ to: 'change the shop settings', permission: 'exports:read' }, run))).toBe('exports:read');
    expect(actionPermission(publicAction({}, run))).toBeUndefined();
  });
});

describe('revalidation', () => {
  test('after the action ran (also when it redirected), never after a refusal', async () => {
    const paths = ['/dashboard/invoices', '/dashboard/invoices/[id]'];
    const action = merchantAction({ to: 'change the shop settings', permission: 'read', schema: amountSchema, revalidate: paths }, async ({ amount }) => {
      if (amount > 5) throw Object.assign(new Error('NEXT_REDIRECT'), { digest: 'NEXT_REDIRECT;replace;/x;303;' });
      return { notice: 'done' };
    });
    await action({}, form({ amount: '1' }));
    expect(revalidatePath).not.toHaveBeenCalled();

    viewer.current = OWNER;
    await action({}, form({ amount: '1' }));
    expect(revalidatePath.mock.calls).toEqual([
      ['/dashboard/invoices', undefined],
      ['/dashboard/invoices/[id]', 'page'],
    ]);
    revalidatePath.mockClear();
    await expect(action({}, form({ amount: '9' }))).rejects.toThrow('NEXT_REDIRECT');
    expect(revalidatePath).toHaveBeenCalledTimes(2);
    revalidatePath.mockClear();
    await action({}, form({ amount: 'x' }));
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  test('paths can depend on the parsed input', async () => {
    const action = publicAction({ schema: z.object({ id: z.string() }), revalidate: ({ id }) => [`/plans/${id}`] }, async () => ({}));
    await action({}, form({ id: 'p7' }));
    expect(revalidatePath).toHaveBeenCalledWith('/plans/p7', undefined);
  });
});

test('a plain form action (no previous state) gets its form data all the same', async () => {
  const run = vi.fn(async () => undefined);
  const action = publicAction({ schema: amountSchema }, run);
  await action(form({ amount: '4' }));
  expect(run).toHaveBeenCalledWith({ amount: 4 }, expect.anything());
});
