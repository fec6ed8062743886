/**
 * Read access to fast-xml-parser output (elements as objects, repeated elements as arrays,
 * attributes as "@_Name", mixed text as "#text") without trusting its shape: a bank file is
 * outside input, so every step may find a string, an array or nothing at all.
 */

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** All `name` children of `node`, in document order. */
export function childrenOf(node: unknown, name: string): unknown[] {
  if (!isObject(node) || !(name in node)) return [];
  const value = node[name];
  return Array.isArray(value) ? value : [value];
}

/** The first `name` child of `node`, following a path of names ("RltdPties", "Dbtr", "Nm"). */
export function childOf(node: unknown, ...names: string[]): unknown {
  let current = node;
  for (const name of names) {
    current = childrenOf(current, name)[0];
    if (current === undefined) return undefined;
  }
  return current;
}

/** An element's text, trimmed; null when absent or empty. */
export function textOf(node: unknown): string | null {
  const value = isObject(node) ? node['#text'] : node;
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}

/** The text at a path below `node`: `textAt(ntry, 'BookgDt', 'Dt')`. */
export function textAt(node: unknown, ...names: string[]): string | null {
  return textOf(childOf(node, ...names));
}

export function attributeOf(node: unknown, name: string): string | null {
  if (!isObject(node)) return null;
  const value = node[`@_${name}`];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
