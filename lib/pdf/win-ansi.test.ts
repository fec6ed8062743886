import { describe, expect, test } from 'vitest';
import { decodeWinAnsi, toWinAnsi } from './win-ansi';

describe('toWinAnsi', () => {
  test.each([
    ['plain ASCII', 'Invoice KD-000042', 'Invoice KD-000042'],
    ['Nordic and German letters, €, dashes', 'Æøå ßü € – — “x”', 'Æøå ßü € – — “x”'],
    ['a minus sign (nb-NO amounts)', '\u221210,00\u00a0kr', '-10,00\u00a0kr'],
    ['a narrow no-break space', '1\u202f234', '1\u00a0234'],
    ['decomposed ü is composed first', 'u\u0308', 'ü'],
    ['what Helvetica cannot show', 'Łódź 😀', '?ód? ?'],
  ])('%s', (_name, input, expected) => {
    expect(toWinAnsi(input)).toBe(expected);
  });
});

describe('decodeWinAnsi', () => {
  test('reads back Windows-1252 codes, 0x80–0x9F included', () => {
    expect(decodeWinAnsi([0x80, 0xe6, 0xf8, 0xe5, 0xdf, 0xfc, 0x96, 0x41])).toBe('€æøåßü–A');
  });
});
