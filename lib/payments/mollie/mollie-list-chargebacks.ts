import type { Chargeback, MollieClient } from '@mollie/api-client';
import type { ListedChargeback } from '../types';
import { callMollie } from './mollie-call';

/** Mollie's largest page: the fewest calls for a long window (the first poll reads months). */
const PAGE_LIMIT = 250;

/**
 * Mollie's chargebacks made at or after `since`, from its List chargebacks endpoint
 * (GET /v2/chargebacks): newest first, a page at a time by its `_links.next`, stopping at the
 * first one older than `since`. Each page has its own deadline, so a long window is not cut short
 * by one timer; a page that fails fails the whole listing (ProviderUnavailableError for an
 * outage), and the caller keeps its watermark.
 * Reversed chargebacks are listed too: whether one still counts is read from its payment.
 */
export async function listMollieChargebacks(
  mollie: MollieClient,
  timeoutMs: number,
  since: Date,
  profile: { profileId?: string },
): Promise<ListedChargeback[]> {
  const listed: ListedChargeback[] = [];
  let page = await callMollie('listing chargebacks', timeoutMs, () => mollie.chargebacks.page({ limit: PAGE_LIMIT, ...profile }));
  for (;;) {
    for (const chargeback of page) {
      const createdAt = new Date(chargeback.createdAt);
      if (createdAt.getTime() < since.getTime()) return listed;
      listed.push(listedOf(chargeback, createdAt));
    }
    const next = page.nextPage;
    if (!next) return listed;
    page = await callMollie(`listing chargebacks from ${page.nextPageCursor ?? 'the next page'}`, timeoutMs, () => next());
  }
}

function listedOf(chargeback: Chargeback, createdAt: Date): ListedChargeback {
  return { providerChargebackId: chargeback.id, providerPaymentId: chargeback.paymentId, createdAt };
}
