import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

/**
 * The layer rules of .dependency-cruiser.cjs, tried on small trees: each wrong-way import or
 * cycle must fail `npm run lint:layers` with its rule's name, and a tree that follows the layers
 * must pass. (The real tree is checked by `npm run lint:layers` itself, in `npm test`.)
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const CONFIG = path.join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = path.join(ROOT, 'node_modules', '.bin', 'depcruise');
const made: string[] = [];

type Tree = Record<string, string>;

/** A project layout that follows every rule; each case adds or replaces files. */
const LAWFUL: Tree = {
  'lib/billing/money.ts': `export const cents = (n: number) => n * 100;`,
  'db/client.ts': `export const db = {};`,
  'db/schema/index.ts': `export type Invoice = { id: string };`,
  'db/queries/invoices/list-invoices.ts': `import { db } from '@/db/client';\nexport type InvoiceRow = { id: string };\nexport const listInvoices = (scope: string): InvoiceRow[] => (db && scope ? [] : []);`,
  'lib/services/pay.ts': `import { cents } from '@/lib/billing/money';\nimport { db } from '@/db/client';\nexport const pay = () => (db ? cents(1) : 0);`,
  'lib/actions/pay-action.ts': `import { pay } from '@/lib/services/pay';\nexport const payAction = () => pay();`,
  'components/invoice-list.tsx': `import type { InvoiceRow } from '@/db/queries/invoices/list-invoices';\nexport const InvoiceList = (p: { rows: InvoiceRow[] }) => p.rows.length;`,
  'app/page.tsx': `import { listInvoices } from '@/db/queries/invoices/list-invoices';\nimport { payAction } from '@/lib/actions/pay-action';\nexport default () => [listInvoices('shop'), payAction()];`,
  'inngest/functions/pay.ts': `import { pay } from '@/lib/services/pay';\nexport const fn = () => pay();`,
};

function writeTree(tree: Tree): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kadens-layers-'));
  made.push(dir);
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./*'] }, jsx: 'preserve' } }),
  );
  for (const [file, source] of Object.entries(tree)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), `${source}\n`);
  }
  return dir;
}

function lintLayers(tree: Tree): { status: number | null; output: string } {
  const dir = writeTree(tree);
  const run = spawnSync(DEPCRUISE, ['app', 'lib', 'db', 'components', 'inngest', '--config', CONFIG, '--output-type', 'err'], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

describe('layer rules', () => {
  test('a tree that follows the layers passes', () => {
    const { status, output } = lintLayers(LAWFUL);
    expect(output).not.toContain('error');
    expect(status).toBe(0);
  });

  // Every wrong-way import in its own file of one tree (one run; the output names each file).
  const VIOLATIONS = [
    ['no-cycles', 'lib/services/cycle-a.ts', { 'lib/services/cycle-a.ts': `import { b } from './cycle-b';\nexport const a = () => b();`, 'lib/services/cycle-b.ts': `import { a } from './cycle-a';\nexport const b = (): number => (a ? 1 : 0);` }],
    ['billing-is-pure', 'lib/billing/impure.ts', { 'lib/billing/impure.ts': `import { db } from '@/db/client';\nexport const cents = (n: number) => (db ? n * 100 : 0);` }],
    ['services-never-import-up', 'lib/services/calls-action.ts', { 'lib/services/calls-action.ts': `import { payAction } from '@/lib/actions/pay-action';\nexport const pay = () => payAction;` }],
    ['lib-never-imports-inngest', 'lib/services/notify.ts', { 'lib/services/notify.ts': `import { fn } from '@/inngest/functions/pay';\nexport const notify = () => fn;` }],
    ['db-never-imports-services', 'db/migrate.ts', { 'db/migrate.ts': `import { pay } from '@/lib/services/pay';\nexport const migrate = () => pay();` }],
    ['no-db-client-in-routes-or-actions', 'app/raw/page.tsx', { 'app/raw/page.tsx': `import { db } from '@/db/client';\nexport default () => db;` }],
    ['components-take-plain-props', 'components/invoice.tsx', { 'components/invoice.tsx': `import type { Invoice } from '@/db/schema';\nexport const Row = (p: { invoice: Invoice }) => p.invoice.id;` }],
    ['components-call-nothing-below', 'components/invoices.tsx', { 'components/invoices.tsx': `import { listInvoices } from '@/db/queries/invoices/list-invoices';\nexport const Rows = () => listInvoices('shop');` }],
  ] as const;

  let broken: { status: number | null; output: string };
  beforeAll(() => {
    broken = lintLayers(Object.assign({}, LAWFUL, ...VIOLATIONS.map(([, , files]) => files)));
  });

  test.each(VIOLATIONS)('%s: a violation in %s fails the lint', (rule, file) => {
    expect(broken.status).not.toBe(0);
    expect(broken.output).toMatch(new RegExp(`error ${rule}: ${file.replace(/[.]/g, '\\.')} `));
  });
});
