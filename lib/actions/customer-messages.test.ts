import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import type { Viewer } from '@/lib/auth/viewer';
import { catalog } from '@/lib/i18n/catalog';
import { isMessageCode } from '@/lib/i18n/localize-message';
import { customerActionFiles, messagesIn, reachableModules, type Finding } from './customer-messages';

/**
 * A customer reads every answer of the shop's server in their language: what a customer-facing
 * action (or a service or schema it uses) can answer must be a code of the catalog's `errors`
 * namespace, which the action wrapper words in the page's language. English stays for the API,
 * the logs and staff.
 */

/** Modules whose codes another namespace words: their action's answer helper looks them up there. */
const CODE_NAMESPACES: Record<string, string> = {
  'lib/services/payment-methods/method-errors.ts': 'portal.paymentMethods.errors',
  'lib/services/subscriptions/stop-errors.ts': 'portal.subscriptionStop.errors',
  'lib/services/subscriptions/pause/pause-errors.ts': 'portal.subscriptionPause.errors',
  'lib/services/subscriptions/plan-change-errors.ts': 'portal.planChange.errors',
  'lib/services/subscriptions/stop-now-errors.ts': 'portal.subscriptionStopNow.errors',
  'lib/services/subscriptions/stop-subscription-now.ts': 'portal.subscriptionStopNow.errors',
  // The IBAN check's codes, worded by the SEPA mandate form (shop.sepa.errors).
  'lib/payments/sepa/parse-iban.ts': 'shop.sepa.errors',
};
/** Another customer's row: the answer helpers give a 404 page (notFound), never a message. */
const ANSWERED_AS_NOT_FOUND = new Set(['not_found']);
const SEPA_CODES: Record<string, string> = {
  format: 'ibanFormat',
  not_sepa: 'ibanNotSepa',
  length: 'ibanLength',
  checksum: 'ibanChecksum',
};

/** Found by the scan, but never read by a customer; each with why. */
const NOT_CUSTOMER_TEXT: Record<string, string> = {
  'lib/auth/auth-config.ts': "Auth.js's `pages.error: '/signin'` is a path, not a message",
  'lib/billing/lifecycle.ts': 'a thrown bug (an impossible transition), never an answer',
  'lib/payments/test-provider-webhook.ts': "the test provider's webhook answers the provider, not a person",
  'lib/rate-limit/limit-answers.ts': "tooManyRequests is a route's 429 (tooManyAttempts, the forms' answer, is coded)",
  // Checked through checkTaxFields (customer-details.ts), which names the catalog's message of each field.
  'lib/validations/tax-ids/schemas.ts': 'worded per field by checkTaxFields (params.code)',
};
/** Messages of the dashboard's schemas that share a file with Min Side's: the dashboard is worded elsewhere. */
const STAFF_ONLY_TEXT = new Set([
  'Choose whether it is allowed.',
  'Choose a coupon from the list, or none.',
  'Choose what leaving a commitment early costs.',
  'The longest pause is a whole number of terms from 1 to ${MAX_PAUSE_TERMS_CEILING}.',
]);
/** The shop owner's first-run setup is public but no customer's page. */
const NOT_CUSTOMER_ACTIONS = new Set(['lib/actions/setup/complete-setup-action.ts']);

const lookup = (key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog.en);

function catalogued({ file, text, kind }: Finding): boolean {
  const namespace = CODE_NAMESPACES[file];
  if (namespace) {
    if (ANSWERED_AS_NOT_FOUND.has(text)) return true;
    return typeof lookup(`${namespace}.${SEPA_CODES[text] ?? text}`) === 'string';
  }
  if (kind === 'sentence' && STAFF_ONLY_TEXT.has(text)) return true;
  return isMessageCode(text);
}

const entries = customerActionFiles().filter((file) => !NOT_CUSTOMER_ACTIONS.has(path.relative(process.cwd(), file)));
const modules = reachableModules(entries);
const findings = modules.flatMap(messagesIn).filter(({ file }) => !(file in NOT_CUSTOMER_TEXT));

describe('what customer-facing actions answer', () => {
  test('the scan finds the actions and what they answer', () => {
    expect(entries.length).toBeGreaterThan(30);
    expect(modules.map((file) => path.relative(process.cwd(), file))).toEqual(
      expect.arrayContaining(['lib/validations/cart.ts', 'lib/billing/coupon.ts', 'lib/services/checkout/place-order.ts']),
    );
    expect(findings.length).toBeGreaterThan(100);
  });

  test('every message is a code the catalog words (no English sentence reaches a customer)', () => {
    const uncatalogued = findings.filter((finding) => !catalogued(finding)).map(({ file, line, text }) => `${file}:${line} ${text}`);
    expect(uncatalogued).toEqual([]);
  });

  test('the scan would catch a sentence, a constant and an unknown code', () => {
    expect(isMessageCode('Your cart is empty.')).toBe(false);
    expect(isMessageCode('cart_empty')).toBe(true);
    const fake = (text: string, kind: Finding['kind']): Finding => ({
      file: 'lib/services/x.ts',
      line: 1,
      text,
      kind,
    });
    expect(catalogued(fake('This code has expired.', 'sentence'))).toBe(false);
    expect(catalogued(fake('no_such_code', 'code'))).toBe(false);
    expect(catalogued(fake('coupon_expired', 'code'))).toBe(true);
  });
});

// An empty form sent to every customer-facing action, by a signed-in customer on a Dutch page.
const viewer = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock('@/lib/auth/viewer', () => ({ getViewer: async () => viewer.current }));
const page = vi.hoisted(() => ({ locale: 'nl' as 'en' | 'nl' }));
vi.mock('./answer-locale', () => ({ answerLocale: async () => page.locale }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next-auth', () => ({ AuthError: class AuthError extends Error {} }));
vi.mock('@/lib/auth/auth', () => ({
  auth: vi.fn(),
  signIn: vi.fn(),
  signOut: vi.fn(),
}));

type Answer = { error?: string; fieldErrors?: Record<string, string> } | undefined;
const messagesOf = (answer: Answer) => [answer?.error, ...Object.values(answer?.fieldErrors ?? {})].filter((text): text is string => Boolean(text));

describe('an empty form on a Dutch page', async () => {
  const actions = (
    await Promise.all(entries.map(async (file) => Object.entries((await import(file)) as Record<string, unknown>).map(([name, action]) => ({ name, action }))))
  ).flat();

  let answered = 0;
  test.each(actions)('$name answers in Dutch, or not at all', async ({ action }) => {
    viewer.current = {
      userId: 'u1',
      email: 'klant@example.com',
      role: 'customer',
      customerId: 'c1',
    };
    const call = async (locale: 'en' | 'nl'): Promise<Answer> => {
      page.locale = locale;
      try {
        return await (action as (prev: object, form: FormData) => Promise<Answer>)({}, new FormData());
      } catch {
        return undefined; // went past the form (a redirect, or work that needs a request): nothing answered
      }
    };
    const [inEnglish, inDutch] = [messagesOf(await call('en')), messagesOf(await call('nl'))];
    if (inDutch.length) answered += 1;
    expect(inDutch.length).toBe(inEnglish.length);
    for (const [index, text] of inDutch.entries()) {
      expect(text, 'the same words as on an English page').not.toBe(inEnglish[index]);
      expect(text, 'a code left unworded').not.toMatch(/^[a-z]+(_[a-z]+)+$/);
    }
  });

  test('most of them refused the empty form with a message (the check above ran)', () => {
    expect(answered).toBeGreaterThan(20);
  });

  test('a signed-out visitor is told in Dutch to sign in again', async () => {
    viewer.current = null;
    const customerOnly = actions.find(({ name }) => name === 'updateOwnDetailsAction')!;
    const answer = await (customerOnly.action as (prev: object, form: FormData) => Promise<{ error?: string }>)({}, new FormData());
    expect(answer.error).toBe(catalog.nl.errors.session_ended);
  });
});
