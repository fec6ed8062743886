import { eq } from 'drizzle-orm';
import { builtOnceQuery, valueFor } from '@/db/built-once';
import { db, type Tx } from '@/db/client';
import { payments, type Payment } from '@/db/schema';

const ID = 'id';
/** Built once: each charge's outcome locks its payment, and the demo history records thousands (db/built-once.ts). */
const lockStatement = builtOnceQuery<Payment>(() => db.select().from(payments).where(eq(payments.id, valueFor(payments.id, ID))).for('update'));

/** A payment, its row locked FOR UPDATE in the caller's transaction; undefined when there is none. */
export async function lockPayment(tx: Tx, paymentId: string): Promise<Payment | undefined> {
  const [payment] = await lockStatement(tx, { [ID]: paymentId });
  return payment;
}
