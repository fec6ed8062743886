import type { CustomerCountryEvidence } from '@/db/queries/customers/get-country-evidence';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';

export const COUNTRY_EVIDENCE_TEST_IDS = { panel: 'customer-country-evidence', place: 'customer-country-evidence-place', note: 'customer-country-evidence-note' } as const;

/**
 * For staff: the evidence of where the customer is that the shop holds, and the country whose
 * VAT a digital service to them follows under OSS (two non-contradictory pieces), with what to
 * look at when the pieces disagree or one is missing.
 */
export function CountryEvidencePanel({ evidence, locale }: { evidence: CustomerCountryEvidence; locale: Locale }) {
  // Each kind of evidence and each ground has its own message (dashboard.manage.customer.evidence).
  const t = getTranslator(locale, 'dashboard.manage.customer.evidence');
  return (
    <section className="panel stack" data-testid={COUNTRY_EVIDENCE_TEST_IDS.panel}>
      <h2 style={{ margin: 0 }}>{t('title')}</h2>
      <table>
        <tbody>
          {evidence.evidence.map((piece) => (
            <tr key={piece.kind}>
              <th scope="row" style={{ textAlign: 'left', fontWeight: 'normal' }}>
                {t(piece.kind)}
              </th>
              <td>{piece.country}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid={COUNTRY_EVIDENCE_TEST_IDS.place}>
        {t.rich('place', { country: evidence.place.country, ground: t(`grounds.${evidence.place.ground}`), strong: (chunks) => <strong>{chunks}</strong> })}
      </p>
      {evidence.notes.map((note) => (
        <p key={note} className="muted" data-testid={COUNTRY_EVIDENCE_TEST_IDS.note}>
          {note}
        </p>
      ))}
    </section>
  );
}
