import { randomUUID } from 'node:crypto';
import { db } from '@/db/client';
import { sampleProps } from '@/emails/editable-texts';
import type { TemplateName } from '@/emails/registry';
import type { Locale } from '@/lib/i18n/locales';
import { queueEmail } from '@/lib/services/email/queue-email';

/**
 * Queues one e-mail with the sample data of its preview, in one language and with the saved
 * texts, to the staff member who asked: through the outbox like any other message, so it shows
 * exactly what a customer would get.
 */
export async function sendTestEmail(input: { template: TemplateName; locale: Locale; to: string }): Promise<{ id: string }> {
  const { locale: _locale, ...props } = sampleProps(input.template, input.locale);
  const queued = await queueEmail(db, {
    template: input.template,
    to: input.to,
    locale: input.locale,
    props: props as never,
    // NOTE: every test is a message of its own; the key only has to be unique.
    dedupeKey: `text-test:${input.template}:${randomUUID()}`,
  });
  return { id: queued.id };
}
