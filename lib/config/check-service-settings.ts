import { hasRealProvider, paymentEnvProblems } from '@/lib/payments/configured-providers';
import type { Findings } from './check-core-settings';
import type { Env, RuntimeMode } from './runtime-mode';
import { isSwitchOn, SWITCHES } from './switches';

const none: Findings = { problems: [], warnings: [] };

/** A production shop needs a way to be paid: Mollie, Stripe, or payment by invoice. */
export function checkPayments(env: Env, mode: RuntimeMode): Findings {
  const problems = paymentEnvProblems(env);
  if (mode !== 'production') return { problems, warnings: [] };
  const testProvider = isSwitchOn(env, SWITCHES.testProvider);
  if (!problems.length && !hasRealProvider(env) && !isSwitchOn(env, SWITCHES.payByInvoice) && !testProvider) {
    problems.push(
      `No way to pay is configured: set MOLLIE_API_KEY, or STRIPE_SECRET_KEY with STRIPE_WEBHOOK_SECRET, or ${SWITCHES.payByInvoice}=1 to take payment by invoice.`,
    );
  }
  const warnings = testProvider
    ? [`${SWITCHES.testProvider}=1: the test payment provider is mounted. It moves no money; only signed-in staff (and the customer a test payment is for) can use its pages.`]
    : [];
  return { problems, warnings };
}

/**
 * NOTE: with an event key but no signing key Inngest cannot call the app's functions back, so
 * billing stopped without a word. Refused at start instead.
 */
export function checkInngest(env: Env, mode: RuntimeMode): Findings {
  const dev = (env.INNGEST_DEV ?? '').trim().toLowerCase();
  const devOn = dev !== '' && dev !== '0' && dev !== 'false';
  const problems =
    env.INNGEST_EVENT_KEY?.trim() && !env.INNGEST_SIGNING_KEY?.trim() && !devOn
      ? ['INNGEST_EVENT_KEY is set but INNGEST_SIGNING_KEY is not: Inngest could not run the billing functions. Set both (Inngest Cloud: Manage → Signing key), or neither for the embedded billing engine.']
      : [];
  const warnings = mode === 'production' && devOn ? ['INNGEST_DEV is set: billing runs through a local Inngest dev server.'] : [];
  return { problems, warnings };
}

/** Without Resend a production shop sends nothing: every message only lands in the outbox. */
export function checkEmail(env: Env, mode: RuntimeMode): Findings {
  if (mode !== 'production') return none;
  if (!env.RESEND_API_KEY?.trim()) {
    return { problems: [], warnings: ['RESEND_API_KEY is not set: e-mails (sign-in links, invoices, reminders) are only stored in the outbox, not sent.'] };
  }
  if (!env.EMAIL_FROM?.trim()) {
    return { problems: [], warnings: ['EMAIL_FROM is not set: e-mails go out from Resend\'s onboarding address, which delivers only to your own Resend account.'] };
  }
  return none;
}
