import { render, toPlainText } from '@react-email/render';
import { createElement } from 'react';
import { dataTableClass } from './components/styles';
import { emailTemplates, type TemplateName, type TemplateProps } from './registry';
import { templateMacros } from './template-macros';

// NOTE: html-to-text writes every table cell on its own line; the lines read better as columns.
const plainTextOptions: Parameters<typeof toPlainText>[1] = {
  selectors: [
    { selector: `table.${dataTableClass}`, format: 'dataTable', options: { uppercaseHeaderCells: false, maxColumnWidth: 48 } },
  ],
};

export type RenderedEmail = { subject: string; html: string; text: string };

/** Renders a template to what the outbox stores: subject, HTML and a plain-text alternative. */
export async function renderEmail<T extends TemplateName>(template: T, given: TemplateProps<T>): Promise<RenderedEmail> {
  const definition = emailTemplates[template];
  // The merchant's texts may use the e-mail's macros: their values come from the props.
  const props: TemplateProps<T> = given.overrides ? { ...given, overrides: { messages: given.overrides.messages, macros: templateMacros[template](given) } } : given;
  const html = await render(createElement(definition.component, props));
  // NOTE: the text is converted from the HTML just rendered, not rendered a second time from
  // React (the same conversion render(…, { plainText }) does, at half the cost).
  const text = toPlainText(html, plainTextOptions);
  return { subject: definition.subject(props), html, text };
}
