import type { CustomerCountryEvidence } from '@/db/queries/customers/get-country-evidence';

const KIND_LABELS: Record<CustomerCountryEvidence['evidence'][number]['kind'], string> = {
  'billing-address': 'Billing address',
  'bank-country': 'Bank account (IBAN)',
  'card-country': 'Card (issuing country)',
  'ip-address': 'IP address',
  'phone-country': 'Phone number',
};

const GROUNDS: Record<CustomerCountryEvidence['place']['ground'], string> = {
  agreeing: 'the billing address and another piece agree',
  'address-outweighed': 'two other pieces agree and outweigh the billing address',
  unproven: 'no two kinds of evidence agree: the billing address is used until they do',
};

export const COUNTRY_EVIDENCE_TEST_IDS = { panel: 'customer-country-evidence', place: 'customer-country-evidence-place', note: 'customer-country-evidence-note' } as const;

/**
 * For staff: the evidence of where the customer is that the shop holds, and the country whose
 * VAT a digital service to them follows under OSS (two non-contradictory pieces), with what to
 * look at when the pieces disagree or one is missing.
 */
export function CountryEvidencePanel({ evidence }: { evidence: CustomerCountryEvidence }) {
  return (
    <section className="panel stack" data-testid={COUNTRY_EVIDENCE_TEST_IDS.panel}>
      <h2 style={{ margin: 0 }}>Country evidence (OSS)</h2>
      <table>
        <tbody>
          {evidence.evidence.map((piece) => (
            <tr key={piece.kind}>
              <th scope="row" style={{ textAlign: 'left', fontWeight: 'normal' }}>
                {KIND_LABELS[piece.kind]}
              </th>
              <td>{piece.country}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid={COUNTRY_EVIDENCE_TEST_IDS.place}>
        Digital services to this customer as a consumer are taxed for <strong>{evidence.place.country}</strong>: {GROUNDS[evidence.place.ground]}.
      </p>
      {evidence.notes.map((note) => (
        <p key={note} className="muted" data-testid={COUNTRY_EVIDENCE_TEST_IDS.note}>
          {note}
        </p>
      ))}
    </section>
  );
}
