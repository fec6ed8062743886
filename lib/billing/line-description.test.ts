import { describe, expect, test } from 'vitest';
import { planLineDescription } from './line-description';

describe('planLineDescription', () => {
  test.each([
    ['a product without variants', { productName: 'Trendhouse', variantName: null, planName: 'Monthly' }, 'Trendhouse — Monthly'],
    ['a variable product', { productName: 'Atelier', variantName: 'Print', planName: 'Monthly' }, 'Atelier — Print — Monthly'],
    ['a plan named after its variant is not repeated', { productName: 'Atelier', variantName: 'Print + digital', planName: 'Print + digital, yearly' }, 'Atelier — Print + digital, yearly'],
  ])('%s', (_what, parts, description) => {
    expect(planLineDescription(parts)).toBe(description);
  });
});
