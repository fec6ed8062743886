import { readFileSync } from 'node:fs';
import { isSelectElement, isPluralElement, isTagElement, isStructurallySame, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, test } from 'vitest';
import { englishDeclarationPath, englishMessagesPath, messagesDeclaration } from './messages-declaration';
import { locales } from './locales';

/** The messages files as they are on disk, not through the typed catalog. */
const files = Object.fromEntries(locales.map((locale) => [locale, JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'))]));

/** Every message by its dotted key; a value that is neither text nor a group is reported as such. */
function flatten(node: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) for (const entry of flatten(value, path)) out.set(...entry);
    else out.set(path, value);
  }
  return out;
}

/** Each select argument's cases: a translation must offer the same ones as English. */
function selectCases(elements: MessageFormatElement[], out = new Map<string, string>()): Map<string, string> {
  for (const el of elements) {
    if (isSelectElement(el)) out.set(el.value, Object.keys(el.options).sort().join('|'));
    if (isSelectElement(el) || isPluralElement(el)) for (const option of Object.values(el.options)) selectCases(option.value, out);
    if (isTagElement(el)) selectCases(el.children, out);
  }
  return out;
}

const english = flatten(files.en);
const others = locales.filter((locale) => locale !== 'en');

/** Keys written twice in one object of a file: JSON.parse keeps the last, and the first is silently lost. */
function repeatedKeys(text: string): string[] {
  const repeated: string[] = [];
  const seen: Set<string>[] = [];
  // Strings (keys and texts, escapes included) and the braces between them, in order.
  for (const token of text.matchAll(/"(?:[^"\\]|\\.)*"\s*:?|[{}]/g)) {
    const t = token[0];
    if (t === '{') seen.push(new Set());
    else if (t === '}') seen.pop();
    else if (t.endsWith(':')) {
      const key = JSON.parse(t.slice(0, -1).trim()) as string;
      const level = seen.at(-1)!;
      if (level.has(key)) repeated.push(key);
      level.add(key);
    }
  }
  return repeated;
}

describe('the message catalog', () => {
  test.each(locales)('%s writes no key twice in one group', (locale) => {
    expect(repeatedKeys(readFileSync(`messages/${locale}.json`, 'utf8'))).toEqual([]);
  });

  test.each(others)('%s has exactly the keys of English', (locale) => {
    const keys = flatten(files[locale]);
    expect([...english.keys()].filter((key) => !keys.has(key)), 'missing').toEqual([]);
    expect([...keys.keys()].filter((key) => !english.has(key)), 'extra').toEqual([]);
  });

  test.each(locales)('%s: every message is non-empty ICU text', (locale) => {
    for (const [key, message] of flatten(files[locale])) {
      expect(typeof message, key).toBe('string');
      expect((message as string).trim(), key).not.toBe('');
      expect(() => parse(message as string, { requiresOtherClause: true }), `${locale}: ${key}`).not.toThrow();
    }
  });

  test.each(others)('%s: every message takes the arguments of the English one', (locale) => {
    const keys = flatten(files[locale]);
    for (const [key, source] of english) {
      const message = keys.get(key);
      if (typeof message !== 'string' || typeof source !== 'string') continue;
      const [theirs, ours] = [parse(message), parse(source)];
      const same = isStructurallySame(ours, theirs);
      expect(same.error?.message ?? 'same arguments', `${locale}: ${key}`).toBe('same arguments');
      expect(Object.fromEntries(selectCases(theirs)), `${locale}: ${key} select cases`).toEqual(Object.fromEntries(selectCases(ours)));
    }
  });

  test('the English declaration is up to date (npm run i18n:declaration)', () => {
    expect(readFileSync(englishDeclarationPath, 'utf8')).toBe(messagesDeclaration(readFileSync(englishMessagesPath, 'utf8')));
  });
});
