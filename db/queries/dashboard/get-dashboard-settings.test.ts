import { describe, expect, test } from 'vitest';
import { getDashboardSettings } from './get-dashboard-settings';

describe('getDashboardSettings', () => {
  test('reads the seeded shop time zone and currency', async () => {
    const settings = await getDashboardSettings();
    expect(settings).toEqual({
      shopName: expect.any(String),
      timeZone: expect.any(String),
      defaultCurrency: expect.stringMatching(/^[A-Z]{3}$/),
      vatOssRegistered: expect.any(Boolean),
      pricesIncludeVat: expect.any(Boolean),
    });
    expect(() => new Intl.DateTimeFormat('en', { timeZone: settings.timeZone })).not.toThrow();
  });
});
