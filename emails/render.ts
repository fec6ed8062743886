import { render, type Options } from '@react-email/render';
import { createElement } from 'react';
import { dataTableClass } from './components/styles';
import { emailTemplates, type TemplateName, type TemplateProps } from './registry';

// NOTE: html-to-text writes every table cell on its own line; the lines read better as columns.
const plainText: Options = {
  plainText: true,
  htmlToTextOptions: {
    selectors: [
      { selector: `table.${dataTableClass}`, format: 'dataTable', options: { uppercaseHeaderCells: false, maxColumnWidth: 48 } },
    ],
  },
};

export type RenderedEmail = { subject: string; html: string; text: string };

/** Renders a template to what the outbox stores: subject, HTML and a plain-text alternative. */
export async function renderEmail<T extends TemplateName>(template: T, props: TemplateProps<T>): Promise<RenderedEmail> {
  const definition = emailTemplates[template];
  const element = createElement(definition.component, props);
  const [html, text] = await Promise.all([render(element), render(element, plainText)]);
  return { subject: definition.subject(props), html, text };
}
