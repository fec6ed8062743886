const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const NEEDS_WORK = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Escapes text and attribute values; also drops characters XML 1.0 cannot carry. */
export function escapeXml(text: string): string {
  // Most values (amounts, dates, codes) need nothing: one test instead of two replaces.
  if (!NEEDS_WORK.test(text)) return text;
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"]/g, (char) => ESCAPES[char]);
}

type Attributes = Readonly<Record<string, string | undefined>>;

function attributeText(attributes: Attributes | undefined): string {
  if (!attributes) return '';
  let text = '';
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) text += ` ${name}="${escapeXml(value)}"`;
  return text;
}

/** `<name attrs>text</name>`, or nothing when the value is absent or empty (optional elements). */
export function leaf(name: string, value: string | number | undefined | null, attributes?: Attributes): string {
  if (value === undefined || value === null || value === '') return '';
  return `<${name}${attributeText(attributes)}>${escapeXml(String(value))}</${name}>`;
}

/** `<name>children</name>`, or nothing when every child was empty. */
export function node(name: string, ...children: string[]): string {
  const inner = children.join('');
  return inner === '' ? '' : `<${name}>${inner}</${name}>`;
}
