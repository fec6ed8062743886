import fs from 'node:fs';
import path from 'node:path';

/**
 * Finds, without running anything, the messages a customer-facing server action can answer:
 * every module reachable by imports from an action built by `customerAction` or `publicAction`
 * (within lib/ and db/), and in them each message put where a customer reads it. Used by
 * customer-messages.test.ts; a script and a test only.
 */

const ROOT = process.cwd();
const SOURCE_DIRS = ['lib/', 'db/'];

export type Finding = {
  file: string;
  line: number;
  text: string;
  kind: 'code' | 'sentence';
};

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) if (fs.existsSync(candidate)) return candidate;
  return null;
}

/**
 * The modules whose messages reach the customer from these entries: the entries, what they
 * import, and what those import in turn, `depth` steps deep (type-only imports left out). Deeper
 * modules (a billing rule, a provider client) answer their caller, which words the refusal.
 */
export function reachableModules(entries: string[], depth = 2): string[] {
  const seen = new Set<string>();
  let queue = [...entries];
  for (let step = 0; step <= depth; step += 1) {
    const next: string[] = [];
    for (const file of queue) {
      if (seen.has(file)) continue;
      seen.add(file);
      const source = fs.readFileSync(file, 'utf8');
      for (const match of source.matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)) {
        const resolved = resolveImport(file, match[1] ?? match[2]!);
        const relative = resolved && path.relative(ROOT, resolved);
        if (resolved && relative && SOURCE_DIRS.some((dir) => relative.startsWith(dir)) && !relative.includes('.test.')) next.push(resolved);
      }
    }
    queue = next;
  }
  return [...seen];
}

/** The server action files built by the customer and public wrappers. */
export function customerActionFiles(dir = path.join(ROOT, 'lib/actions')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return customerActionFiles(file);
    if (!/\.tsx?$/.test(entry.name) || entry.name.includes('.test.')) return [];
    const source = fs.readFileSync(file, 'utf8');
    return /^['"]use server['"]/.test(source.trimStart()) && /\b(customerAction|publicAction)\(/.test(source) ? [file] : [];
  });
}

const lineOf = (source: string, index: number) => source.slice(0, index).split('\n').length;

const LITERAL = String.raw`(?:'((?:[^'\\\n]|\\.)*)'|` + '`' + String.raw`((?:[^` + '`' + String.raw`\\]|\\.)*)` + '`' + String.raw`|"((?:[^"\\\n]|\\.)*)")`;
const textOf = (m: RegExpMatchArray, from: number) => m[from] ?? m[from + 1] ?? m[from + 2] ?? '';

/**
 * In one module: the codes of its domain errors (`domainError('code'`, an object with a `code`
 * beside its `message`) and the text it puts where a customer reads it (`error:`, `notice:`,
 * `err(...)`, a zod check's `{ error }`, an object's `message` with no code beside it, or a
 * constant holding a sentence that is answered by name). A zod issue's `code: 'custom'` is zod's
 * own word, not a message.
 */
export function messagesIn(file: string): Finding[] {
  const source = fs.readFileSync(file, 'utf8');
  const rel = path.relative(ROOT, file);
  const out: Finding[] = [];
  const add = (index: number, text: string, kind: Finding['kind']) => out.push({ file: rel, line: lineOf(source, index), text, kind });
  for (const m of source.matchAll(new RegExp(String.raw`domainError\(\s*${LITERAL}`, 'g'))) add(m.index!, textOf(m, 1), 'code');
  for (const m of source.matchAll(new RegExp(String.raw`\b(?:error|notice):\s*${LITERAL}`, 'g'))) add(m.index!, textOf(m, 1), 'sentence');
  for (const m of source.matchAll(new RegExp(String.raw`\berr\(\s*${LITERAL}`, 'g'))) add(m.index!, textOf(m, 1), 'sentence');
  // Object literals with a message: coded (their code must be catalogued) or a bare sentence.
  for (const m of source.matchAll(/\{[^{}]*\bmessage:[^{}]*\}/g)) {
    const body = m[0];
    const code = body.match(new RegExp(String.raw`\bcode:\s*${LITERAL}`));
    if (code && textOf(code, 1) !== 'custom') add(m.index!, textOf(code, 1), 'code');
    else if (!code)
      for (const msg of body.matchAll(new RegExp(String.raw`\bmessage:\s*${LITERAL}`, 'g'))) add(m.index! + msg.index!, textOf(msg, 1), 'sentence');
  }
  // A sentence kept in a constant and answered by name.
  for (const m of source.matchAll(new RegExp(String.raw`^(?:export\s+)?const\s+([A-Z][A-Z0-9_]*)\s*=\s*${LITERAL}`, 'gm'))) {
    if (new RegExp(String.raw`\b(?:error|notice):\s*${m[1]}\b|err\(${m[1]}\)`).test(source)) add(m.index!, textOf(m, 2), 'sentence');
  }
  return out;
}
