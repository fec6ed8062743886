/** An element addressed by local names and the index among same-named siblings, from the root. */
export type XmlPath = ReadonlyArray<readonly [name: string, index: number]>;

// Comments, CDATA, processing instructions and declarations are skipped whole, so a "<Ntry>"
// inside them is not counted. Attribute values may contain ">" when quoted.
const MARKUP =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<![^>]*>|<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

function keyOf(path: XmlPath): string {
  return path.map(([name, index]) => `${name}[${index}]`).join('/');
}

/**
 * Indexes the line of every element of a well-formed document so an error found in the parsed
 * object ("the Amt of the 4th Ntry") can be reported where a person opening the file sees it.
 * fast-xml-parser keeps no positions, and the paths here use the same local names and sibling
 * order as its arrays.
 *
 * The returned lookup falls back to the nearest ancestor that exists: a missing <Amt> is
 * reported on its <Ntry>.
 */
export function indexElementLines(xml: string): (path: XmlPath) => number {
  const lines = new Map<string, number>();
  const stack: { key: string; seen: Map<string, number> }[] = [{ key: '', seen: new Map() }];
  let line = 1;
  let scanned = 0;

  for (const match of xml.matchAll(MARKUP)) {
    for (let i = scanned; i < match.index; i++) if (xml.charCodeAt(i) === 10) line++;
    scanned = match.index;
    const [, closing, name, selfClosing] = match;
    if (name === undefined) continue;
    if (closing) {
      if (stack.length > 1) stack.pop();
      continue;
    }
    const parent = stack[stack.length - 1];
    const index = parent.seen.get(name) ?? 0;
    parent.seen.set(name, index + 1);
    const key = parent.key === '' ? `${name}[${index}]` : `${parent.key}/${name}[${index}]`;
    lines.set(key, line);
    if (!selfClosing) stack.push({ key, seen: new Map() });
  }

  return (path) => {
    for (let depth = path.length; depth > 0; depth--) {
      const found = lines.get(keyOf(path.slice(0, depth)));
      if (found !== undefined) return found;
    }
    return 1;
  };
}
