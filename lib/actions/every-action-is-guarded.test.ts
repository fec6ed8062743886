import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Viewer } from '@/lib/auth/viewer';

// The session is what this test varies; nothing past the guard may run for a refused caller.
const viewer = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock('@/lib/auth/viewer', () => ({ getViewer: async () => viewer.current }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
// Auth.js needs Next's runtime to load; the sign-in actions are public and never reach it here.
vi.mock('next-auth', () => ({ AuthError: class AuthError extends Error {} }));
vi.mock('@/lib/auth/auth', () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));

const { actionKind } = await import('./safe-action');

/**
 * Who may call each server action. A new action must be added here, with the wrapper it is built
 * with: an action no wrapper built, or one missing from this table, fails the test.
 */
const EXPECTED: Record<string, 'public' | 'customer' | 'merchant'> = {
  registerAction: 'public',
  sendSignInLinkAction: 'public',
  signInAction: 'public',
  signOutAction: 'public',
  requestPasswordResetAction: 'public',
  // The e-mailed one-time link is the authorisation (with the password, for a registration).
  resetPasswordAction: 'public',
  confirmRegistrationAction: 'public',
  confirmEmailChangeAction: 'public',
  resendConfirmationAction: 'customer',
  changePasswordAction: 'customer',
  signOutEverywhereAction: 'customer',
  changeStaffPasswordAction: 'merchant',
  staffSignOutEverywhereAction: 'merchant',
  requestEmailChangeAction: 'merchant',
  addToCartAction: 'public',
  applyCouponAction: 'public',
  removeCartItemAction: 'public',
  removeCouponAction: 'public',
  updateCartQuantityAction: 'public',
  saveDunningPlanAction: 'merchant',
  savePlanAction: 'merchant',
  placeOrderAction: 'customer',
  retryPaymentAction: 'customer',
  saveCheckoutDetailsAction: 'customer',
  markAbandonedPaidAction: 'merchant',
  markAbandonedNotPaidAction: 'merchant',
  issueCreditNoteAction: 'merchant',
  importBankFileAction: 'merchant',
  registerManualPaymentAction: 'merchant',
  resolveBankTransactionAction: 'merchant',
  // The signed pay link is the authorisation, not a session.
  payByLinkAction: 'public',
  payInvoiceAction: 'customer',
  stopSubscriptionAction: 'merchant',
  addSimulatedSubscriberAction: 'merchant',
  advanceTestClockAction: 'merchant',
  createTestClockAction: 'merchant',
  // The test provider's hosted page and sandbox dashboard stand for an outside provider's.
  completeTestPaymentAction: 'public',
  testProviderEventAction: 'public',
};

/** Merchant actions for the owner alone: other staff are refused like customers. */
const OWNER_ONLY = new Set(['requestEmailChangeAction']);
/** Customer actions an unconfirmed customer may use: the ones that confirm the address. */
const UNCONFIRMED_ALLOWED = new Set(['resendConfirmationAction']);

function serverActionFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return serverActionFiles(file);
    if (!/\.tsx?$/.test(entry.name) || entry.name.includes('.test.')) return [];
    return /^['"]use server['"]/.test(fs.readFileSync(file, 'utf8').trimStart()) ? [file] : [];
  });
}

const actions = await Promise.all(
  serverActionFiles(import.meta.dirname).map(async (file) => {
    const module = (await import(file)) as Record<string, unknown>;
    return Object.entries(module).map(([name, action]) => ({ file: path.relative(import.meta.dirname, file), name, action }));
  }),
).then((lists) => lists.flat());

const OWNER: Viewer = { userId: 'u1', email: 'owner@example.com', role: 'owner', customerId: null };
const STAFF: Viewer = { userId: 'u3', email: 'staff@example.com', role: 'staff', customerId: null };
const CUSTOMER: Viewer = { userId: 'u2', email: 'customer@example.com', role: 'customer', customerId: 'c2' };
const UNCONFIRMED: Viewer = { ...CUSTOMER, unconfirmed: true };

beforeEach(() => {
  viewer.current = null;
});

test('every server action file is found, and every action in it is in the table', () => {
  expect(actions.length).toBeGreaterThan(20);
  expect(actions.map(({ name }) => name).sort()).toEqual(Object.keys(EXPECTED).sort());
});

describe.each(actions)('$file: $name', ({ name, action }) => {
  test('is built by the wrapper its table entry names', () => {
    expect(actionKind(action)).toBe(EXPECTED[name]);
  });
});

type StateAction = (prev: object, formData: FormData) => Promise<{ error?: string }>;
const callEmpty = (action: unknown) => (action as StateAction)({}, new FormData());
const customerActions = actions.filter(({ name }) => EXPECTED[name] === 'customer');
const merchantActions = actions.filter(({ name }) => EXPECTED[name] === 'merchant');
const SESSION_ENDED = /^Your session ended\. Sign in again to /;
const STAFF_ONLY = /^Only the shop’s staff can .+\. Sign in again\.$/;

describe.each(customerActions)('customer action $name', ({ action }) => {
  test.each([
    ['signed out', null],
    ['staff', OWNER],
  ] as const)('refuses a caller who is %s before reading the form', async (_who, who) => {
    viewer.current = who;
    expect(await callEmpty(action)).toEqual({ error: expect.stringMatching(SESSION_ENDED) });
  });
});

describe.each(customerActions.filter(({ name }) => !UNCONFIRMED_ALLOWED.has(name)))('customer action $name', ({ action }) => {
  test('refuses a customer whose address is not confirmed yet', async () => {
    viewer.current = UNCONFIRMED;
    expect(await callEmpty(action)).toEqual({ error: expect.stringMatching(/^Confirm your e-mail address first/) });
  });
});

describe.each(merchantActions)('merchant action $name', ({ name, action }) => {
  test.each([
    ['signed out', null],
    ['a customer', CUSTOMER],
  ] as const)('refuses a caller who is %s before reading the form', async (_who, who) => {
    viewer.current = who;
    expect(await callEmpty(action)).toEqual({ error: expect.stringMatching(STAFF_ONLY) });
  });

  test('lets staff in as far as the form (which is empty here)', async () => {
    viewer.current = OWNER_ONLY.has(name) ? OWNER : STAFF;
    expect((await callEmpty(action)).error ?? '').not.toMatch(STAFF_ONLY);
  });

});

describe.each(merchantActions.filter(({ name }) => OWNER_ONLY.has(name)))('owner action $name', ({ action }) => {
  test('refuses staff who are not the owner', async () => {
    viewer.current = STAFF;
    expect(await callEmpty(action)).toEqual({ error: expect.stringMatching(STAFF_ONLY) });
  });
});
