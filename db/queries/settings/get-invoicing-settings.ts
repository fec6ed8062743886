import { shopSettings } from '@/db/schema';
import { listShopInvoiceSeries } from './list-shop-invoice-series';
import { selectShopSettings } from './select-shop-settings';

/**
 * Settings → Invoicing as the form shows it: the time zone, the series in use and its prefix,
 * the payment terms, and the series to choose from (`notIds`: the credit notes' series).
 */
export async function getInvoicingSettings(notIds: readonly string[]) {
  const [settings, series] = await Promise.all([
    selectShopSettings({ timeZone: shopSettings.timeZone, invoiceSeriesId: shopSettings.invoiceSeriesId, paymentTermsDays: shopSettings.paymentTermsDays }),
    listShopInvoiceSeries(notIds),
  ]);
  const current = series.find((s) => s.id === settings.invoiceSeriesId);
  return { values: { ...settings, invoicePrefix: current?.prefix ?? '' }, series };
}
