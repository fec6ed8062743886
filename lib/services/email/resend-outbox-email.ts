import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { emailOutbox, type OutboxEmail } from '@/db/schema';
import { isSensitiveTemplate } from '@/emails/registry';
import { err, ok, type Result } from '@/lib/billing/result';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { isUniqueViolation } from '@/lib/services/db-errors';
import { deliverEmail, type DeliverEmailOptions } from './deliver-email';
import { EmailDeliveryError } from './email-delivery-error';
import { isResendConfigured } from './email-transport';

export type ResentEmail = { id: string; status: OutboxEmail['status']; error: string | null };

/**
 * Sends an outbox message again (a customer says it never arrived): a copy of the stored message,
 * the same text and attachments, as a new outbox row of its own, delivered like any other.
 *
 * Refused for a message that carries a credential (a sign-in link is asked for again by its
 * owner, never re-sent by staff) and for one whose text was purged after the retention period.
 *
 * NOTE: the copy's dedupe key names the minute it was asked for, so a double click sends once.
 */
export async function resendOutboxEmail(
  input: { emailId: string; staffUserId: string; now: Date },
  options: Omit<DeliverEmailOptions, 'db'> = {},
): Promise<Result<ResentEmail>> {
  let copy: OutboxEmail;
  try {
    const created = await db.transaction(async (tx): Promise<Result<OutboxEmail>> => {
      const [original] = await tx.select().from(emailOutbox).where(eq(emailOutbox.id, input.emailId));
      if (!original) return err('That e-mail does not exist.');
      if (isSensitiveTemplate(original.template)) {
        return err('A message with a sign-in link is never sent again by staff: the recipient asks for a new one on the sign-in page.');
      }
      if (original.bodyPurgedAt) return err('The text of this e-mail was deleted after the retention period: it cannot be sent again.');
      const viaResend = isResendConfigured();
      const [inserted] = await tx
        .insert(emailOutbox)
        .values({
          dedupeKey: `resend:${original.id}:${input.now.toISOString().slice(0, 16)}`,
          template: original.template,
          locale: original.locale,
          toAddress: original.toAddress,
          subject: original.subject,
          props: original.props,
          html: original.html,
          text: original.text,
          attachments: original.attachments,
          links: original.links,
          transport: viaResend ? 'resend' : 'outbox',
          status: viaResend ? 'queued' : 'stored',
        })
        .returning();
      await recordAudit(tx, {
        actorUserId: input.staffUserId,
        action: 'email.resend',
        record: { type: 'email', id: original.id },
        before: null,
        after: { copyId: inserted!.id, template: original.template, transport: inserted!.transport },
      });
      return ok(inserted!);
    });
    if (!created.ok) return created;
    copy = created.value;
  } catch (error) {
    if (isUniqueViolation(error, 'email_outbox_dedupe_key_key')) return err('It was sent again a moment ago.');
    throw error;
  }

  if (copy.status !== 'queued') return ok({ id: copy.id, status: copy.status, error: null });
  try {
    await deliverEmail(copy.id, options);
    return ok({ id: copy.id, status: 'sent', error: null });
  } catch (error) {
    // Recorded on the copy's row; the answer says what the transport said.
    if (error instanceof EmailDeliveryError) return ok({ id: copy.id, status: 'failed', error: error.message });
    throw error;
  }
}
