import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';

/**
 * On erasure: the logged request bodies of webhooks about the customer (they carry the name,
 * e-mail and address) are replaced by a note; the record of each attempt stays. Other objects'
 * webhooks carry only the customer's id.
 */
export async function purgeCustomerWebhookBodies(tx: Tx, customerId: string): Promise<number> {
  const purged = await tx.execute(sql`
    update webhook_attempts a set request_body = '(erased)'
    from webhook_deliveries d
    where d.id = a.delivery_id and d.object_type = 'customer' and d.object_id = ${customerId}::uuid and a.request_body <> '(erased)'
    returning a.id`);
  return [...purged].length;
}
