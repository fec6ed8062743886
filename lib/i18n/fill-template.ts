/**
 * A catalog message with its plain `{name}` arguments filled in: what a client component does
 * with the templates a page handed it (`templatesOf`), without the ICU parser. A quoted brace
 * or a plural is not understood here: such messages are formatted on the server.
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
