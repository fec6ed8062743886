import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';

/** Each figure's term and its explanation in `dashboard.overview.definitions`, in the page's order. */
const TERMS = ['mrr', 'arr', 'subscribers', 'movements', 'customerChurn', 'revenueChurn', 'trials', 'payments', 'currencies'] as const;

const tags = { strong: (chunks: ReactNode) => <strong>{chunks}</strong>, em: (chunks: ReactNode) => <em>{chunks}</em> };

/** What each figure of the metrics means, written on the page next to them. */
export function MetricsDefinitions({ locale = 'en' }: { locale?: Locale }) {
  const t = getTranslator(locale, 'dashboard.overview.definitions');
  return (
    <section className="panel" aria-label={t('label')}>
      <h2 style={{ marginTop: 0 }}>{t('title')}</h2>
      <dl className="stack" style={{ margin: 0 }}>
        {TERMS.map((term) => (
          <div key={term}>
            <dt>{t.rich(`${term}Term`, tags)}</dt>
            <dd>{t.rich(`${term}Text`, tags)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
