import { z } from 'zod';
import { defaultText, findTextTarget } from '@/emails/editable-texts';
import { checkMessageText } from '@/lib/i18n/check-message-text';
import { locales } from '@/lib/i18n/locales';
import { manageCode, manageMessage } from '@/lib/i18n/manage-messages';

/** Which text: an e-mail or the thank-you page, a language, and one of the target's messages. */
const messageRef = z
  .object({
    target: z.string({ error: manageCode('textChooseEmail') }).trim(),
    locale: z.enum(locales, { error: manageCode('textChooseLanguage') }),
    key: z.string({ error: manageCode('textChooseText') }).trim(),
  })
  .superRefine((value, ctx) => {
    const target = findTextTarget(value.target);
    if (!target) ctx.addIssue({ code: 'custom', path: ['target'], message: manageMessage('textNoSuchTarget', { target: value.target }) });
    else if (!target.keys.includes(value.key)) ctx.addIssue({ code: 'custom', path: ['key'], message: manageMessage('textNotOfTarget', { key: value.key }) });
  });

/**
 * A merchant's wording of one message. Refused with a message code naming the problem when its ICU
 * syntax is broken or it uses a macro the e-mail does not offer, so nothing is saved that a
 * customer's e-mail could not show.
 */
export const messageOverrideSchema = z
  .object({
    text: z
      .string({ error: manageCode('textRequired') })
      .trim()
      .min(1, { error: manageCode('textEmpty') })
      .max(5000, { error: manageCode('textTooLong') }),
  })
  .and(messageRef)
  .superRefine((value, ctx) => {
    const target = findTextTarget(value.target);
    if (!target || !target.keys.includes(value.key)) return;
    const problem = checkMessageText(value.text, defaultText('en', value.key), target.macros);
    if (problem) ctx.addIssue({ code: 'custom', path: ['text'], message: problem });
  });
export type MessageOverrideInput = z.infer<typeof messageOverrideSchema>;

/** "Reset to default": which override to remove. */
export const resetMessageOverrideSchema = messageRef;
export type MessageRef = z.infer<typeof messageRef>;

/** "Send a test to the outbox": an e-mail in a language, with the saved texts. */
export const sendTestEmailSchema = z.object({
  target: z.string().trim().refine((id) => id !== 'thank-you' && findTextTarget(id) !== undefined, { error: manageCode('textTestTarget') }),
  locale: z.enum(locales, { error: manageCode('textChooseLanguage') }),
});

/** The live preview: the text as typed, not yet checked (the preview says what is wrong). */
export const previewTextSchema = z.object({ text: z.string().max(5000, { error: manageCode('textTooLong') }) }).and(messageRef);
