import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox, type NewOutboxEmail } from '@/db/schema';
import { auditEntriesOf, createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import type { ResendClient } from './email-transport';
import { resendOutboxEmail } from './resend-outbox-email';

async function storedEmail(values: Partial<NewOutboxEmail> = {}) {
  const [row] = await db
    .insert(emailOutbox)
    .values({
      dedupeKey: `invoice:${randomUUID()}`,
      template: 'invoice',
      toAddress: `resend-${randomUUID()}@example.test`,
      subject: 'Invoice T-1',
      props: { invoiceNumber: 'T-1' },
      html: '<p>Your invoice T-1</p>',
      text: 'Your invoice T-1',
      attachments: [{ kind: 'invoice-pdf', invoiceId: randomUUID(), filename: 'T-1.pdf' }],
      transport: 'outbox',
      status: 'stored',
      ...values,
    })
    .returning();
  return row!;
}
const rowOf = async (id: string) => (await db.select().from(emailOutbox).where(eq(emailOutbox.id, id)))[0]!;

afterEach(() => vi.unstubAllEnvs());

describe('resendOutboxEmail', () => {
  test('a copy of the message, as a new outbox entry, recorded with who sent it again', async () => {
    const support = await createStaffUser('support');
    const original = await storedEmail();
    const now = new Date('2031-04-01T10:15:30Z');
    const resent = await resendOutboxEmail({ emailId: original.id, staffUserId: support.id, now });
    if (!resent.ok) throw new Error(resent.error);
    expect(resent.value).toEqual({ id: expect.any(String), status: 'stored', error: null });
    const copy = await rowOf(resent.value.id);
    expect(copy).toMatchObject({
      dedupeKey: `resend:${original.id}:2031-04-01T10:15`,
      template: original.template,
      toAddress: original.toAddress,
      subject: original.subject,
      html: original.html,
      text: original.text,
      attachments: original.attachments,
    });
    expect(copy.id).not.toBe(original.id);
    expect(await auditEntriesOf('email', original.id)).toEqual([
      expect.objectContaining({ action: 'email.resend', actorUserId: support.id, actorRole: 'support', after: expect.objectContaining({ copyId: copy.id }) }),
    ]);

    // A double click in the same minute sends once.
    expect(await resendOutboxEmail({ emailId: original.id, staffUserId: support.id, now })).toEqual({ ok: false, error: 'It was sent again a moment ago.' });
  });

  test('with Resend configured the copy is delivered at once', async () => {
    vi.stubEnv('RESEND_API_KEY', 're_test_key');
    const support = await createStaffUser('support');
    const original = await storedEmail({ attachments: null });
    const send = vi.fn(async () => ({ data: { id: 're_copy_1' }, error: null, headers: null }));
    const resent = await resendOutboxEmail({ emailId: original.id, staffUserId: support.id, now: new Date() }, { resend: { emails: { send } } as unknown as ResendClient });
    if (!resent.ok) throw new Error(resent.error);
    expect(resent.value.status).toBe('sent');
    expect(send).toHaveBeenCalledTimes(1);
    expect(await rowOf(resent.value.id)).toMatchObject({ status: 'sent', providerMessageId: 're_copy_1' });
  });

  test('a sign-in link is never sent again by staff; a purged message cannot be', async () => {
    const support = await createStaffUser('support');
    const link = await storedEmail({ template: 'sign-in-link', dedupeKey: `sign-in-link:${randomUUID()}` });
    expect(await resendOutboxEmail({ emailId: link.id, staffUserId: support.id, now: new Date() })).toEqual({
      ok: false,
      error: 'A message with a sign-in link is never sent again by staff: the recipient asks for a new one on the sign-in page.',
    });
    const purged = await storedEmail({ html: '', text: '', bodyPurgedAt: new Date() });
    expect(await resendOutboxEmail({ emailId: purged.id, staffUserId: support.id, now: new Date() })).toEqual({
      ok: false,
      error: 'The text of this e-mail was deleted after the retention period: it cannot be sent again.',
    });
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, link.toAddress))).toHaveLength(1);
    expect(await auditEntriesOf('email', link.id)).toEqual([]);
  });
});
