import type { ShopSettings } from '@/db/schema';

/** The shop as every e-mail's header and footer name it, read the same way for each template. */
export function emailShop(settings: Pick<ShopSettings, 'name' | 'supportEmail'>): { name: string; supportEmail: string } {
  return { name: settings.name, supportEmail: settings.supportEmail };
}
