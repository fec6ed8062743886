import { expect, test } from 'vitest';
import { escapeXml, leaf, node } from './xml';

test('escapes markup and drops characters XML 1.0 cannot carry', () => {
  expect(escapeXml('Smith & Søn <AS> "quoted"\u0001')).toBe('Smith &amp; Søn &lt;AS&gt; &quot;quoted&quot;');
  expect(escapeXml('2026-11-01')).toBe('2026-11-01');
});

test('optional elements vanish when empty, attributes are escaped', () => {
  expect(leaf('cbc:Note', undefined)).toBe('');
  expect(leaf('cbc:Note', '')).toBe('');
  expect(leaf('cbc:ID', 'A&B', { schemeID: '0192', other: undefined })).toBe('<cbc:ID schemeID="0192">A&amp;B</cbc:ID>');
  expect(node('cac:Contact', '', '')).toBe('');
});
