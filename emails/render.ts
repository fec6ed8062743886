import { plainTextSelectors } from '@react-email/render';
import { compile } from 'html-to-text';
import { createElement, type ReactElement } from 'react';
import { dataTableClass } from './components/styles';
import { emailTemplates, type TemplateName, type TemplateProps } from './registry';
import { templateMacros } from './template-macros';

// NOTE: html-to-text writes every table cell on its own line; the lines read better as columns.
// The options are compiled once (selectors parsed, formatters bound): compiling them on every
// message was most of the cost of the plain-text alternative.
export const plainTextOptions = {
  wordwrap: false,
  selectors: [
    ...plainTextSelectors,
    { selector: `table.${dataTableClass}`, format: 'dataTable', options: { uppercaseHeaderCells: false, maxColumnWidth: 48 } },
  ],
} satisfies Parameters<typeof compile>[0];
const toPlainText = compile(plainTextOptions);

// NOTE: html-to-text reads no style (none of its selectors or formatters looks at one), yet its
// parser walks every character of them: about half of a message's HTML. The text is converted
// from the HTML without them (emails/render.test.ts checks that it is the same text).
const STYLE_ATTRIBUTE = / style="[^"]*"/g;

// The doctype @react-email/render puts in front of a message: mail clients read the XHTML one best.
const DOCTYPE = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';
// React 19 adds `<link rel="preload" as="image">` for every <img>: meaningless in a mail client.
const IMAGE_PRELOAD = /<link\b(?=[^>]*\brel="preload")(?=[^>]*\bas="image")[^>]*\/?>/gi;

export type RenderedEmail = { subject: string; html: string; text: string };

type StaticMarkup = (element: ReactElement) => string;
let staticMarkup: StaticMarkup | undefined;

/**
 * react-dom's static renderer, loaded on first use. NOTE: a dynamic import, as @react-email/render
 * loads it too: Next refuses a static import of react-dom/server in server code.
 */
async function loadStaticMarkup(): Promise<StaticMarkup> {
  staticMarkup ??= (await import('react-dom/server')).renderToStaticMarkup;
  return staticMarkup;
}

/**
 * Renders a template to what the outbox stores: subject, HTML and a plain-text alternative.
 *
 * NOTE: static markup, not @react-email/render's stream: the templates never suspend, and the
 * stream (with its text-node separators) cost twice the time per message for the same document.
 * The text is converted from the HTML just rendered, not rendered a second time.
 */
export async function renderEmail<T extends TemplateName>(template: T, given: TemplateProps<T>): Promise<RenderedEmail> {
  const markup = await loadStaticMarkup();
  const definition = emailTemplates[template];
  // The merchant's texts may use the e-mail's macros: their values come from the props.
  const props: TemplateProps<T> = given.overrides ? { ...given, overrides: { messages: given.overrides.messages, macros: templateMacros[template](given) } } : given;
  const body = markup(createElement(definition.component, props)).replace(IMAGE_PRELOAD, '');
  const html = `${DOCTYPE}${body.replace(/<!DOCTYPE.*?>/, '')}`;
  return { subject: definition.subject(props), html, text: toPlainText(html.replace(STYLE_ATTRIBUTE, '')) };
}
