import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Permission } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';

// The session is what this test varies; nothing past the guard may run for a refused caller.
const viewer = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock('@/lib/auth/viewer', () => ({ getViewer: async () => viewer.current }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
// Auth.js needs Next's runtime to load; the sign-in actions are public and never reach it here.
vi.mock('next-auth', () => ({ AuthError: class AuthError extends Error {} }));
vi.mock('@/lib/auth/auth', () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));

const { actionKind, actionPermission } = await import('./safe-action');

type StaffRole = Exclude<Viewer['role'], 'customer'>;
/** A merchant action: the permission it requires, and the roles that have it, written out. */
type MerchantEntry = { permission: Permission; roles: string };
const merchant = (permission: Permission, roles: string): MerchantEntry => ({ permission, roles });
const WRITE = 'owner admin';

/**
 * Who may call each server action. A new action must be added here, with the wrapper it is built
 * with (and for a merchant action the permission and the roles allowed): an action no wrapper
 * built, or one missing from this table, fails the test.
 */
const EXPECTED: Record<string, 'public' | 'customer' | MerchantEntry> = {
  registerAction: 'public',
  sendSignInLinkAction: 'public',
  signInAction: 'public',
  signOutAction: 'public',
  // Anyone picks a language; a signed-in customer's choice is stored on themselves only.
  chooseLanguageAction: 'public',
  requestPasswordResetAction: 'public',
  // The e-mailed one-time link is the authorisation (with the password, for a registration).
  resetPasswordAction: 'public',
  confirmRegistrationAction: 'public',
  confirmEmailChangeAction: 'public',
  resendConfirmationAction: 'customer',
  changePasswordAction: 'customer',
  signOutEverywhereAction: 'customer',
  changeStaffPasswordAction: merchant('read', 'owner admin support accountant'),
  staffSignOutEverywhereAction: merchant('read', 'owner admin support accountant'),
  // Only the owner changes the owner's sign-in address (staff addresses are the owner's to manage).
  requestEmailChangeAction: merchant('staff:manage', 'owner'),
  addToCartAction: 'public',
  applyCouponAction: 'public',
  removeCartItemAction: 'public',
  removeCouponAction: 'public',
  updateCartQuantityAction: 'public',
  saveDunningPlanAction: merchant('catalog:write', WRITE),
  savePlanAction: merchant('catalog:write', WRITE),
  saveProductAction: merchant('catalog:write', WRITE),
  saveCouponAction: merchant('catalog:write', WRITE),
  placeOrderAction: 'customer',
  retryPaymentAction: 'customer',
  confirmSepaMandateAction: 'customer',
  saveCheckoutDetailsAction: 'customer',
  markAbandonedPaidAction: merchant('payments:write', WRITE),
  markAbandonedNotPaidAction: merchant('payments:write', WRITE),
  issueCreditNoteAction: merchant('credit-notes:write', 'owner admin accountant'),
  importBankFileAction: merchant('payments:write', WRITE),
  registerManualPaymentAction: merchant('payments:write', WRITE),
  resolveBankTransactionAction: merchant('payments:write', WRITE),
  // The signed pay link is the authorisation, not a session.
  payByLinkAction: 'public',
  // An expired pay link's "e-mail me a new link": mails only the address on file.
  requestPayLinkAction: 'public',
  payInvoiceAction: 'customer',
  startMethodSetupAction: 'customer',
  setDefaultPaymentMethodAction: 'customer',
  removePaymentMethodAction: 'customer',
  scheduleStopAction: 'customer',
  previewStopNowAction: 'customer',
  stopNowAction: 'customer',
  undoStopAction: 'customer',
  pauseSubscriptionAction: 'customer',
  resumeSubscriptionAction: 'customer',
  acceptRetentionCouponAction: 'customer',
  payInvoiceWithSavedMethodAction: 'customer',
  stopSubscriptionAction: merchant('subscriptions:write', WRITE),
  setCustomerCanStopAction: merchant('subscriptions:write', WRITE),
  setCustomerCanPauseAction: merchant('subscriptions:write', WRITE),
  staffPauseSubscriptionAction: merchant('subscriptions:write', WRITE),
  staffResumeSubscriptionAction: merchant('subscriptions:write', WRITE),
  previewPlanChangeAction: 'customer',
  changePlanAction: 'customer',
  cancelPlanChangeAction: 'customer',
  setCustomerCanChangePlanAction: merchant('subscriptions:write', WRITE),
  staffPreviewPlanChangeAction: merchant('subscriptions:write', WRITE),
  staffChangePlanAction: merchant('subscriptions:write', WRITE),
  extendSubscriptionAction: merchant('subscriptions:write', WRITE),
  setSubscriptionCollectionAction: merchant('subscriptions:write', WRITE),
  addOneOffChargeAction: merchant('subscriptions:write', WRITE),
  saveInvoicingSettingsAction: merchant('settings:write', WRITE),
  saveCustomersCanChangePlanAction: merchant('settings:write', WRITE),
  saveVatOssRegisteredAction: merchant('settings:write', WRITE),
  updateCustomerDetailsAction: merchant('subscriptions:write', WRITE),
  updateOwnDetailsAction: 'customer',
  requestOwnEmailChangeAction: 'customer',
  addSimulatedSubscriberAction: merchant('test-clocks:write', WRITE),
  advanceTestClockAction: merchant('test-clocks:write', WRITE),
  createTestClockAction: merchant('test-clocks:write', WRITE),
  addStaffMemberAction: merchant('staff:manage', 'owner'),
  createApiKeyAction: merchant('api-keys:manage', 'owner'),
  revokeApiKeyAction: merchant('api-keys:manage', 'owner'),
  changeStaffRoleAction: merchant('staff:manage', 'owner'),
  removeStaffMemberAction: merchant('staff:manage', 'owner'),
  resendEmailAction: merchant('emails:resend', 'owner admin support'),
  // The bank account in it only the owner may change: checked by the service (save-seller-identity.test.ts).
  saveSellerIdentityAction: merchant('settings:write', WRITE),
  saveCustomersCanStopAction: merchant('settings:write', WRITE),
  saveStopNowSettingsAction: merchant('settings:write', WRITE),
  setCustomerCanStopNowAction: merchant('subscriptions:write', WRITE),
  savePauseSettingsAction: merchant('settings:write', WRITE),
  saveOrderPaymentSettingsAction: merchant('settings:write', WRITE),
  saveMessageOverrideAction: merchant('settings:write', WRITE),
  resetMessageOverrideAction: merchant('settings:write', WRITE),
  previewTextAction: merchant('read', 'owner admin support accountant'),
  sendTestEmailAction: merchant('settings:write', WRITE),
  eraseCustomerAction: merchant('customers:erase', WRITE),
  createWebhookEndpointAction: merchant('webhooks:manage', 'owner'),
  rotateWebhookSecretAction: merchant('webhooks:manage', 'owner'),
  setWebhookEndpointEnabledAction: merchant('webhooks:manage', 'owner'),
  deleteWebhookEndpointAction: merchant('webhooks:manage', 'owner'),
  replayWebhookDeliveryAction: merchant('webhooks:manage', 'owner'),
  // The test provider's hosted page: staff or the payment's own customer, checked inside
  // (test-provider-access.ts); its sandbox dashboard acts on every payment: staff who may write payments.
  completeTestPaymentAction: 'public',
  testProviderEventAction: merchant('payments:write', WRITE),
  // The one-time setup token is the authorisation, checked by the service.
  completeSetupAction: 'public',
};

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

const STAFF_ROLES: StaffRole[] = ['owner', 'admin', 'support', 'accountant'];
const staff = (role: StaffRole): Viewer => ({ userId: `u-${role}`, email: `${role}@example.com`, role, customerId: null });
const CUSTOMER: Viewer = { userId: 'u2', email: 'customer@example.com', role: 'customer', customerId: 'c2' };
const UNCONFIRMED: Viewer = { ...CUSTOMER, unconfirmed: true };

beforeEach(() => {
  viewer.current = null;
});

test('every server action file is found, and every action in it is in the table', () => {
  expect(actions.length).toBeGreaterThan(20);
  expect(actions.map(({ name }) => name).sort()).toEqual(Object.keys(EXPECTED).sort());
});

const kindOf = (entry: (typeof EXPECTED)[string] | undefined) => (typeof entry === 'object' ? 'merchant' : entry);

describe.each(actions)('$file: $name', ({ name, action }) => {
  test('is built by the wrapper its table entry names, with its permission', () => {
    const entry = EXPECTED[name];
    expect(actionKind(action)).toBe(kindOf(entry));
    expect(actionPermission(action)).toBe(typeof entry === 'object' ? entry.permission : undefined);
  });
});

type StateAction = (prev: object, formData: FormData) => Promise<{ error?: string }>;
const callEmpty = (action: unknown) => (action as StateAction)({}, new FormData());
const customerActions = actions.filter(({ name }) => EXPECTED[name] === 'customer');
const merchantActions = actions.filter(({ name }) => kindOf(EXPECTED[name]) === 'merchant');
const SESSION_ENDED = /^Your session ended\. Sign in again to /;
const STAFF_ONLY = /^Only the shop’s staff can .+\. Sign in again\.$/;
const NOT_PERMITTED = /^Your role does not allow you to .+\.$/;

describe.each(customerActions)('customer action $name', ({ action }) => {
  const callers: [string, Viewer | null][] = [['signed out', null], ...STAFF_ROLES.map((role): [string, Viewer] => [`staff (${role})`, staff(role)])];
  // No role acts as a customer: staff have no customer record, so every customer action refuses them.
  test.each(callers)('refuses a caller who is %s before reading the form', async (_who, who) => {
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

  // Every role against this action: the allowed ones get as far as the (empty) form, the others
  // are refused for their role before anything is read.
  test.each(STAFF_ROLES)('as %s', async (role) => {
    viewer.current = staff(role);
    const allowed = (EXPECTED[name] as MerchantEntry).roles.split(' ').includes(role);
    const { error = '' } = await callEmpty(action);
    if (allowed) {
      expect(error).not.toMatch(STAFF_ONLY);
      expect(error).not.toMatch(NOT_PERMITTED);
    } else {
      expect(error).toMatch(NOT_PERMITTED);
    }
  });

});

