import { createFormatter } from '@/lib/i18n/create-formatter';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { LineTable } from './line-table';

export type OrderLine = {
  description: string;
  quantity: number;
  unitPriceMinor: number;
  /** Quantity × unit price, VAT included, as priced at checkout. */
  amountMinor: number;
};

/** What was ordered, as the customer's confirmation and the merchant's notice both show it. */
export function OrderLinesTable(props: { locale: Locale; currency: string; lines: OrderLine[]; totalMinor: number; taxMinor: number }) {
  const t = getTranslator(props.locale, 'emails.orderLines');
  const f = createFormatter(props.locale);
  const money = (minor: number) => f.money(minor, props.currency);
  return (
    <LineTable
      columns={[t('columns.description'), t('columns.quantity'), t('columns.amount')]}
      rows={props.lines.map((line) => [line.description, String(line.quantity), money(line.amountMinor)])}
      totals={[
        { label: t('total'), value: money(props.totalMinor), emphasis: true },
        { label: t('vatIncluded'), value: money(props.taxMinor) },
      ]}
    />
  );
}
