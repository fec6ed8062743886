import { getMessageOverrides } from '@/db/queries/texts/get-message-overrides';
import { defaultText, findTextTarget, sampleProps } from '@/emails/editable-texts';
import type { TemplateName } from '@/emails/registry';
import { renderEmail } from '@/emails/render';
import { checkMessageText } from '@/lib/i18n/check-message-text';
import { getTranslator } from '@/lib/i18n/translator';
import type { MessageRef } from '@/lib/validations/message-override';

/** `problem`: a `dashboard.manage.messages` code naming what is wrong with the text, or null. */
export type TextPreview = { subject: string | null; html: string | null; text: string; problem: string | null };

const SAMPLE_THANK_YOU = { order: 'Trendhouse – Monthly', name: 'Daan de Vries', invoice: 'KD-000042' };

/**
 * What one message would look like with `text` in place (the other saved texts applied too):
 * the e-mail rendered by its real template with the preview's sample data, or the thank-you
 * page's text. A text that would be refused when saved is answered with why, and the preview
 * shows the saved texts meanwhile.
 */
export async function previewText(input: MessageRef & { text: string }): Promise<TextPreview> {
  const target = findTextTarget(input.target);
  if (!target) throw new Error(`No text target ${input.target}`);
  const problem = input.text.trim() === '' ? null : checkMessageText(input.text, defaultText('en', input.key), target.macros);
  const messages = await getMessageOverrides(input.target, input.locale);
  if (!problem && input.text.trim() !== '') messages[input.key] = input.text.trim();

  if (target.id === 'thank-you') {
    const t = getTranslator(input.locale, 'shop.thankYou', { messages, macros: { ...SAMPLE_THANK_YOU } });
    return { subject: null, html: null, text: `${t('title')}\n\n${t('body', { order: SAMPLE_THANK_YOU.order })}`, problem };
  }
  const template = target.id as TemplateName;
  const rendered = await renderEmail(template, { ...sampleProps(template, input.locale), overrides: { messages } } as never);
  return { subject: rendered.subject, html: rendered.html, text: rendered.text, problem };
}
