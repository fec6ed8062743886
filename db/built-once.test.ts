import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { testProviderPayments } from '@/db/schema';
import { builtOnceQuery, placeholders, setValueFor, valueFor } from './built-once';

const insert = builtOnceQuery<never>(() =>
  db.insert(testProviderPayments).values(placeholders('id', 'amountMinor', 'currency', 'description', 'returnUrl', 'completedAt')),
);
const complete = builtOnceQuery<{ id: string; completedAt: Date | null }>(() =>
  db
    .update(testProviderPayments)
    .set({ completedAt: setValueFor(testProviderPayments.completedAt, 'at') })
    .where(eq(testProviderPayments.id, valueFor(testProviderPayments.id, 'id')))
    .returning({ id: testProviderPayments.id, completedAt: testProviderPayments.completedAt }),
);
const find = builtOnceQuery<typeof testProviderPayments.$inferSelect>(() =>
  db.select().from(testProviderPayments).where(eq(testProviderPayments.id, valueFor(testProviderPayments.id, 'id'))),
);
const row = (id: string, completedAt: Date | null) => ({ id, amountMinor: 100, currency: 'NOK', description: 'probe', returnUrl: '', completedAt });

describe('a statement built once', () => {
  test('a null for a date is stored as null and a date as its instant, as drizzle writes them in place', async () => {
    const open = `built-once-${randomUUID()}`;
    const done = `built-once-${randomUUID()}`;
    const at = new Date('2030-05-06T07:08:09.010Z');
    await insert(db, row(open, null));
    await insert(db, row(done, at));
    expect((await find(db, { id: open }))[0]?.completedAt).toBeNull();
    expect((await find(db, { id: done }))[0]?.completedAt?.toISOString()).toBe(at.toISOString());
    expect(await complete(db, { id: done, at: null })).toEqual([{ id: done, completedAt: null }]);
  });

  test('runs on the handle it is given: in a transaction it sees, and is undone with, what the transaction wrote', async () => {
    const id = `built-once-${randomUUID()}`;
    await expect(
      db.transaction(async (tx) => {
        await insert(tx, row(id, null));
        expect(await find(tx, { id })).toHaveLength(1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await find(db, { id })).toEqual([]);
  });
});
