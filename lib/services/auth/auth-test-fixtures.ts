import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { emailOutbox, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';

/** A staff login with a password, confirmed; every call a new address (tests share one database). */
export async function createPasswordUser(password: string, values: Partial<typeof users.$inferInsert> = {}) {
  const [user] = await db
    .insert(users)
    .values({ email: `auth-${randomUUID()}@example.com`, role: 'admin', emailVerified: new Date(), passwordHash: await hashPassword(password), ...values })
    .returning();
  return user!;
}

export async function userById(id: string) {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user!;
}

/** The newest outbox message of `template` to `to`, or undefined. */
export async function lastMail(to: string, template: string) {
  const [row] = await db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.toAddress, to), eq(emailOutbox.template, template)))
    .orderBy(desc(emailOutbox.createdAt))
    .limit(1);
  return row;
}

/** The token of the one-time link `/<path>/<token>` in a message's plain text. */
export function tokenIn(text: string, path: string): string {
  const match = new RegExp(`${path}/([A-Za-z0-9_-]{20,})`).exec(text);
  if (!match) throw new Error(`No ${path} link in: ${text}`);
  return match[1]!;
}
