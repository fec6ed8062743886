import { db } from '../../db/client';

/**
 * A process that settles a paid checkout and dies the moment its transaction has committed,
 * before anything after the commit runs (the crash test of lib/services/events). Exits with
 * DIED_AFTER_COMMIT then, and with 1 if settling committed nothing.
 */
export const DIED_AFTER_COMMIT = 42;

const [paymentId] = process.argv.slice(2);
if (paymentId) {
  const transaction = db.transaction.bind(db);
  db.transaction = (async (...args: Parameters<typeof transaction>) => {
    await transaction(...args);
    process.exit(DIED_AFTER_COMMIT);
  }) as typeof db.transaction;
  const { settlePayment } = await import('../../lib/services/checkout/settle-payment');
  await settlePayment({ paymentId, now: new Date() });
  process.exit(1);
}
