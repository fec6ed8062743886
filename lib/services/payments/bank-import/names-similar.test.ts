import { describe, expect, test } from 'vitest';
import { namesSimilar } from './names-similar';

describe('namesSimilar', () => {
  test.each([
    ['Jan de Vries', 'Jan de Vries', true],
    ['VRIES J', 'Jan de Vries', true],
    ['J. de Vries', 'Jan de Vries', true],
    ['Sean OBrien', "Sean O'Brien", true],
    ['Lucía García', 'Lucia Garcia', true],
    ['Trendhouse B.V.', 'Trendhouse', true],
    ['Müller, Anna', 'Anna Muller', true],
    ['de Vries', 'Jan de Vries', true],
    ['Piet de Vries', 'Jan de Vries', false],
    ['Acme BV', 'Trendhouse BV', false],
    ['J', 'Jan de Vries', false],
    ['Aino Virtanen', 'Anna Schmidt', false],
    ['', 'Anna Schmidt', false],
    [null, 'Anna Schmidt', false],
  ])('%s ~ %s: %s', (payer, customer, expected) => {
    expect(namesSimilar(payer, customer)).toBe(expected);
  });
});
