import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Finds, without running anything, the words a dashboard page writes into its markup itself
 * instead of taking them from the catalog: every page and layout under app/(merchant)/dashboard
 * and every component they import (in app/ and components/, however deep), and in them each
 * JSX text, each literal in a JSX child expression or in an attribute people read (title,
 * aria-label, placeholder, alt), and the page's metadata title. Used by
 * dashboard-literals.test.ts; a test only.
 */

const ROOT = process.cwd();
const DASHBOARD = path.join(ROOT, 'app/(merchant)/dashboard');
const SOURCE_DIRS = ['app/', 'components/'];
const READ_ATTRIBUTES = new Set(['title', 'aria-label', 'placeholder', 'alt']);

export type Literal = { file: string; line: number; text: string };

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const candidate of [`${base}.tsx`, `${base}.ts`, path.join(base, 'index.tsx'), path.join(base, 'index.ts')]) if (fs.existsSync(candidate)) return candidate;
  return null;
}

function walkDir(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return walkDir(file);
    return /^(page|layout|not-found|error|loading)\.tsx$/.test(entry.name) ? [file] : [];
  });
}

/** The dashboard's pages and layouts, and every .tsx module of app/ or components/ they import. */
export function dashboardModules(): string[] {
  const seen = new Set<string>();
  const queue = walkDir(DASHBOARD);
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = fs.readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
      const resolved = resolveImport(file, match[1]!);
      const relative = resolved && path.relative(ROOT, resolved);
      if (resolved && relative && resolved.endsWith('.tsx') && SOURCE_DIRS.some((dir) => relative.startsWith(dir)) && !relative.includes('.test.')) queue.push(resolved);
    }
  }
  return [...seen].sort();
}

/** Text a person reads: a word of two letters or more (not punctuation, arrows, numbers or a lone unit). */
export const isWords = (text: string) => /\p{L}{2,}/u.test(text);

/** Whether `node`, a literal inside a JSX expression, is what the expression shows (not an argument, a key or a comparison). */
function isShown(node: ts.Node, stop: ts.Node): boolean {
  let child = node;
  for (let parent = node.parent; parent && parent !== stop; child = parent, parent = parent.parent) {
    if (ts.isParenthesizedExpression(parent) || ts.isTemplateSpan(parent) || ts.isTemplateExpression(parent)) continue;
    if (ts.isConditionalExpression(parent) && child !== parent.condition) continue;
    if (ts.isBinaryExpression(parent) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.PlusToken].includes(parent.operatorToken.kind))
      continue;
    return false;
  }
  return true;
}

/** The words one module writes into its markup itself. */
export function literalsIn(file: string): Literal[] {
  const source = fs.readFileSync(file, 'utf8');
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const out: Literal[] = [];
  const add = (node: ts.Node, text: string) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (isWords(clean)) out.push({ file: path.relative(ROOT, file), line: tree.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: clean });
  };
  /** The literal text parts under an expression that is shown. */
  const shownLiterals = (expression: ts.Node, stop: ts.Node) => {
    const visit = (node: ts.Node) => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        if (isShown(node, stop)) add(node, node.text);
      } else if (ts.isTemplateExpression(node)) {
        if (isShown(node, stop)) for (const part of [node.head, ...node.templateSpans.map((span) => span.literal)]) add(part, part.text);
      }
      // JSX inside the expression is visited on its own; functions (render props) too.
      if (!ts.isJsxElement(node) && !ts.isJsxSelfClosingElement(node) && !ts.isJsxFragment(node)) ts.forEachChild(node, visit);
    };
    visit(expression);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) add(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) shownLiterals(node.expression, node);
    else if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      if (ts.isStringLiteral(node.initializer)) add(node.initializer, node.initializer.text);
      else if (ts.isJsxExpression(node.initializer) && node.initializer.expression) shownLiterals(node.initializer.expression, node.initializer);
    } else if (ts.isVariableDeclaration(node) && node.name.getText() === 'metadata' && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
      for (const property of node.initializer.properties)
        if (ts.isPropertyAssignment(property) && property.name.getText() === 'title' && ts.isStringLiteral(property.initializer)) add(property.initializer, property.initializer.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return out;
}
