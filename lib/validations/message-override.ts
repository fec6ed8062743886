import { z } from 'zod';
import { defaultText, findTextTarget } from '@/emails/editable-texts';
import { checkMessageText } from '@/lib/i18n/check-message-text';
import { locales } from '@/lib/i18n/locales';

/** Which text: an e-mail or the thank-you page, a language, and one of the target's messages. */
const messageRef = z
  .object({
    target: z.string({ error: 'Choose an e-mail.' }).trim(),
    locale: z.enum(locales, { error: 'Choose a language: en, nl, de or nb.' }),
    key: z.string({ error: 'Choose a text.' }).trim(),
  })
  .superRefine((value, ctx) => {
    const target = findTextTarget(value.target);
    if (!target) ctx.addIssue({ code: 'custom', path: ['target'], message: `There is no e-mail or page called “${value.target}” to reword.` });
    else if (!target.keys.includes(value.key)) ctx.addIssue({ code: 'custom', path: ['key'], message: `“${value.key}” is not one of the texts of ${target.label}.` });
  });

/**
 * A merchant's wording of one message. Refused with a sentence naming the problem when its ICU
 * syntax is broken or it uses a macro the e-mail does not offer, so nothing is saved that a
 * customer's e-mail could not show.
 */
export const messageOverrideSchema = z
  .object({ text: z.string({ error: 'Write the text.' }).trim().min(1, { error: 'Write the text, or reset it to the default.' }).max(5000, { error: 'Keep the text under 5,000 characters.' }) })
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
  target: z.string().trim().refine((id) => id !== 'thank-you' && findTextTarget(id) !== undefined, { error: 'Choose an e-mail to send a test of.' }),
  locale: z.enum(locales, { error: 'Choose a language: en, nl, de or nb.' }),
});

/** The live preview: the text as typed, not yet checked (the preview says what is wrong). */
export const previewTextSchema = z.object({ text: z.string().max(5000, { error: 'Keep the text under 5,000 characters.' }) }).and(messageRef);
