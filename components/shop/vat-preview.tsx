import type { PricedInvoice } from '@/lib/billing/pricing';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { PricedLines } from './priced-lines';

/** Categories in which no VAT is charged because the buyer accounts for it (reverse charge) or it is an export. */
const REVERSE_CHARGED = new Set(['AE', 'K']);

/**
 * The checkout's VAT preview once the buyer is known: the lines and VAT exactly as the order's
 * invoice will carry them for this buyer (priced by the same function), and why no VAT is charged
 * where none is.
 */
export function VatPreview({ priced, locale }: { priced: PricedInvoice; locale: Locale }) {
  const t = getTranslator(locale, 'shop.details');
  const codes = new Set(priced.lines.map((line) => line.vatCategory));
  const reason = [...codes].some((code) => code && REVERSE_CHARGED.has(code)) ? t('reverseCharge') : codes.has('G') ? t('export') : null;
  return (
    <section className="panel" aria-label={t('vatTitle')} data-testid="vat-preview">
      <h2 style={{ marginTop: 0 }}>{t('vatTitle')}</h2>
      <p className="muted">{t('vatIntro')}</p>
      <PricedLines priced={priced} testId="vat-preview-lines" locale={locale} />
      {reason && priced.taxMinor === 0 && <p data-testid="vat-preview-none">{t('vatNone', { reason })}</p>}
    </section>
  );
}
