import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { dashboardModules, literalsIn } from './dashboard-literals';

/**
 * A staff member reads the dashboard in their language (en, nl, de, nb): its pages and the
 * components they show take every word from the catalog. This scan reads the markup of every
 * dashboard page and component for words written into it instead.
 */

/** Written the same in every language: file formats, units, an example address. */
const SAME_IN_EVERY_LANGUAGE = new Set(['.csv', 'PDF', 'EHF', 'ms', 'https://', 'https://crm.example.com/hooks/kadens']);

/**
 * Files still in English, each to be moved to the catalog: none are left. A file leaves this list
 * when it is translated (the last test fails while a file here has no English left, so the list
 * only shrinks), and a new page or component in English fails the second test.
 */
const NOT_YET_TRANSLATED = new Set<string>([]);

const modules = dashboardModules();
const relative = (file: string) => path.relative(process.cwd(), file);
const findings = modules.flatMap(literalsIn).filter(({ text }) => !SAME_IN_EVERY_LANGUAGE.has(text));

describe('words written into the dashboard’s markup', () => {
  test('the scan finds the pages and the components they show', () => {
    expect(modules.length).toBeGreaterThan(100);
    expect(modules.map(relative)).toEqual(
      expect.arrayContaining([
        'app/(merchant)/dashboard/texts/[target]/page.tsx',
        'components/texts/text-row-form.tsx',
        'components/dashboard/subscribers-table.tsx',
        'components/dashboard/staff-pause-button.tsx',
        'components/dashboard/outbox-email-view.tsx',
      ]),
    );
  });

  test('every page and component outside the list takes its words from the catalog', () => {
    const english = findings.filter(({ file }) => !NOT_YET_TRANSLATED.has(file)).map(({ file, line, text }) => `${file}:${line} ${text}`);
    expect(english).toEqual([]);
  });

  test('every file on the list still has English (a translated one leaves the list)', () => {
    const withEnglish = new Set(findings.map(({ file }) => file));
    expect([...NOT_YET_TRANSLATED].filter((file) => !withEnglish.has(file))).toEqual([]);
  });

  test('the scan would catch text, a shown literal, a read attribute and a title; not keys, classes or arguments', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'literals-')), 'sample.tsx');
    fs.writeFileSync(
      file,
      [
        "export const metadata = { title: 'Edit texts' };",
        'export function Sample({ t, on }: { t: (key: string) => string; on: boolean }) {',
        '  return (',
        '    <div className="muted" data-testid="sample" title="Sample title">',
        '      Rendering…',
        "      {on ? 'Allow' : t('forbid')}",
        "      {t('key')} · {`${1}`} → ",
        "      <input placeholder={t('hint')} aria-label=\"Search\" />",
        '    </div>',
        '  );',
        '}',
      ].join('\n'),
    );
    expect(literalsIn(file).map(({ text }) => text)).toEqual(['Edit texts', 'Sample title', 'Rendering…', 'Allow', 'Search']);
  });
});
