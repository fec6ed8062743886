import { and, eq, inArray, lte } from 'drizzle-orm';
import { db } from '@/db/client';
import { chargebackPolls, payments } from '@/db/schema';
import { redactError } from '@/lib/errors/redact-error';
import { activeProviders } from '@/lib/payments/providers';
import type { ListedChargeback, PaymentProvider } from '@/lib/payments/types';
import { syncProviderPayment } from './sync-provider-payment';

const HOUR_MS = 60 * 60_000;
const DAY_MS = 24 * HOUR_MS;
/** Daily, less an hour: the 02:00 cron always finds yesterday's poll due, however late that ran. */
export const CHARGEBACK_POLL_INTERVAL_MS = 23 * HOUR_MS;
/**
 * Each poll reads again from this long before the last one: a chargeback the provider was still
 * writing while we listed, or dated by a clock behind ours, is read by the next poll. Reading one
 * twice costs nothing (one recorded already is not asked about again).
 */
export const CHARGEBACK_POLL_OVERLAP_MS = 2 * DAY_MS;
/**
 * The first poll reads this far back. A SEPA return comes within 8 weeks of the debit (Mollie
 * reports it days later still), a card chargeback within 120 days of the payment for most card
 * schemes' reasons: 120 days covers what a lost webhook could plausibly have hidden before this
 * poll existed, while the listing stays a few pages even for a busy shop. (An unauthorised SEPA
 * debit can come back for 13 months; such a rare one still arrives by webhook.)
 */
export const FIRST_CHARGEBACK_POLL_WINDOW_MS = 120 * DAY_MS;
/** After an outage (and how long a claimed poll is left to finish), the next try. */
export const CHARGEBACK_POLL_RETRY_MS = HOUR_MS;

export type ChargebackPollReport = {
  /** The providers asked (those that list chargebacks and whose poll was due). */
  polled: string[];
  /** Chargebacks the providers listed since their watermarks. The counts below are of their payments. */
  found: number;
  /** Reversed by this poll: their webhook never came. */
  recorded: number;
  /** Charged back here already (their webhook came, or an earlier poll found them): nothing asked. */
  alreadyRecorded: number;
  /** Read back and left as they were (a chargeback the provider reversed again). */
  unchanged: number;
  /** Payments this shop does not know (another shop on the same account, or older than our data). */
  notOurs: number;
  /** Payments whose read-back failed: the watermark stays before them, so the next poll asks again. */
  failed: number;
  /** Providers that did not answer: their watermark stays where it was. */
  unavailable: string[];
};

/**
 * The safety net for chargebacks whose webhook was lost (our server down longer than the
 * provider's retries): a paid payment charged back at the provider must not stay paid here.
 * Once a day per provider that can list its chargebacks (PaymentProvider.listChargebacks), the
 * chargebacks made since the provider's watermark (less CHARGEBACK_POLL_OVERLAP_MS; the first
 * poll FIRST_CHARGEBACK_POLL_WINDOW_MS) are listed, and each payment we hold that is not yet
 * charged back is read back and applied exactly as the webhook would (syncProviderPayment): the
 * same reversal, the same single e-mail. Idempotent: a payment reversed already is skipped, and
 * reversePayment changes nothing on one reversed meanwhile.
 * Run by the embedded sweep (tick, wall-clock time) and the `billing-daily` Inngest cron; the
 * due poll is claimed in one statement (chargeback_polls.next_poll_at), so two sweeps at once
 * poll once.
 */
export async function pollChargebacks(input: { now: Date; providers?: PaymentProvider[] }): Promise<ChargebackPollReport> {
  const report: ChargebackPollReport = { polled: [], found: 0, recorded: 0, alreadyRecorded: 0, unchanged: 0, notOurs: 0, failed: 0, unavailable: [] };
  for (const provider of input.providers ?? activeProviders()) {
    if (!provider.listChargebacks) continue;
    const claimed = await claimPoll(provider.id, input.now);
    if (!claimed) continue;
    report.polled.push(provider.id);
    const since = new Date(
      claimed.polledThrough ? claimed.polledThrough.getTime() - CHARGEBACK_POLL_OVERLAP_MS : input.now.getTime() - FIRST_CHARGEBACK_POLL_WINDOW_MS,
    );

    let listed: ListedChargeback[];
    try {
      listed = await provider.listChargebacks(since);
    } catch (error) {
      // The watermark stays: the next poll (in an hour for the sweep, tomorrow for the cron) reads from it.
      report.unavailable.push(provider.id);
      const message = redactError(error);
      console.error(`[payments] chargeback poll ${provider.id}: listing since ${since.toISOString()} failed:`, message);
      const lastError = message.split('\n')[0]!;
      await db
        .update(chargebackPolls)
        .set({ nextPollAt: new Date(input.now.getTime() + CHARGEBACK_POLL_RETRY_MS), lastError })
        .where(eq(chargebackPolls.provider, provider.id));
      continue;
    }

    const outcome = await applyListed(provider.id, listed, input.now);
    report.found += listed.length;
    report.recorded += outcome.recorded;
    report.alreadyRecorded += outcome.alreadyRecorded;
    report.unchanged += outcome.unchanged;
    report.notOurs += outcome.notOurs;
    report.failed += outcome.failed;
    console.info(
      `[payments] chargeback poll ${provider.id}: ${listed.length} found since ${since.toISOString()}, ${outcome.recorded} recorded (webhook lost), ` +
        `${outcome.alreadyRecorded} already recorded, ${outcome.notOurs} not ours, ${outcome.failed} failed`,
    );
    await db
      .update(chargebackPolls)
      .set({
        // NOTE: a payment that could not be read back holds the watermark at its chargeback, so
        // the next poll (reading from the overlap before it) asks about it again.
        polledThrough: outcome.failedFrom ?? input.now,
        lastPolledAt: input.now,
        nextPollAt: new Date(input.now.getTime() + CHARGEBACK_POLL_INTERVAL_MS),
        lastFound: listed.length,
        lastRecorded: outcome.recorded,
        lastError: outcome.failed > 0 ? `${outcome.failed} of the charged-back payments could not be read back` : null,
      })
      .where(eq(chargebackPolls.provider, provider.id));
  }
  return report;
}

/**
 * Takes the provider's poll when it is due (or was never run), marking it taken for
 * CHARGEBACK_POLL_RETRY_MS, in one statement: a concurrent sweep finds it not due.
 */
async function claimPoll(provider: string, now: Date) {
  const lease = new Date(now.getTime() + CHARGEBACK_POLL_RETRY_MS);
  const [row] = await db
    .insert(chargebackPolls)
    .values({ provider, nextPollAt: lease })
    .onConflictDoUpdate({ target: chargebackPolls.provider, set: { nextPollAt: lease }, where: lte(chargebackPolls.nextPollAt, now) })
    .returning();
  return row ?? null;
}

type Applied = { recorded: number; alreadyRecorded: number; unchanged: number; notOurs: number; failed: number; failedFrom: Date | null };

/** Each listed payment we hold, oldest chargeback first, through the webhook's path. */
async function applyListed(provider: string, listed: ListedChargeback[], now: Date): Promise<Applied> {
  const applied: Applied = { recorded: 0, alreadyRecorded: 0, unchanged: 0, notOurs: 0, failed: 0, failedFrom: null };
  // A payment charged back twice (the first reversed again) is asked about once, dated by its first.
  const firstOf = new Map<string, ListedChargeback>();
  for (const chargeback of [...listed].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    if (!firstOf.has(chargeback.providerPaymentId)) firstOf.set(chargeback.providerPaymentId, chargeback);
  }
  const held = await statusesOf(provider, [...firstOf.keys()]);
  for (const [providerPaymentId, chargeback] of firstOf) {
    const status = held.get(providerPaymentId);
    if (status === undefined) applied.notOurs += 1;
    else if (status === 'charged_back') applied.alreadyRecorded += 1;
    else {
      try {
        await syncProviderPayment({ provider, providerPaymentId, now });
        if ((await statusesOf(provider, [providerPaymentId])).get(providerPaymentId) === 'charged_back') applied.recorded += 1;
        else applied.unchanged += 1;
      } catch (error) {
        applied.failed += 1;
        applied.failedFrom ??= chargeback.createdAt;
        console.error(`[payments] chargeback poll ${provider}: reading back ${providerPaymentId} failed:`, redactError(error));
      }
    }
  }
  return applied;
}

/** Our payments' statuses by the provider's ids (a provider's id names one payment of ours at most). */
async function statusesOf(provider: string, providerPaymentIds: string[]): Promise<Map<string, string>> {
  const statuses = new Map<string, string>();
  for (let at = 0; at < providerPaymentIds.length; at += 500) {
    const rows = await db
      .select({ providerPaymentId: payments.providerPaymentId, status: payments.status })
      .from(payments)
      .where(and(eq(payments.provider, provider), inArray(payments.providerPaymentId, providerPaymentIds.slice(at, at + 500))));
    for (const row of rows) statuses.set(row.providerPaymentId!, row.status);
  }
  return statuses;
}
