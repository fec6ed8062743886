import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { CountryEvidencePanel } from '@/components/customers/country-evidence-panel';
import { PostalAddressText } from '@/components/ui/postal-address';
import { AUDIT_ACTION_NAMES, AUDIT_RECORD_TYPES } from '@/lib/validations/audit-actions';
import { AuditFilterForm } from './audit-filter-form';
import { AuditTable } from './audit-table';
import { auditTexts } from './audit-texts';

const BERLIN = 'Europe/Berlin';

describe('the audit log for a staff member who chose German', () => {
  const texts = auditTexts('de', BERLIN);

  test('every action and kind of record has its German name', () => {
    for (const name of AUDIT_ACTION_NAMES) expect(texts.actions[name], name).not.toMatch(/^dashboard|actions\./);
    for (const type of AUDIT_RECORD_TYPES) expect(texts.records[type], type).not.toMatch(/^dashboard|records\./);
    expect(texts.actions['payment.register']).toBe('Zahlung von Hand erfasst');
    expect(new Set(Object.values(texts.actions)).size).toBe(AUDIT_ACTION_NAMES.length);
  });

  test('the filters, with the day range in the shop’s time zone', () => {
    const values = { actor: '', action: '', recordType: 'invoice', record: '', from: '', to: '' };
    const html = renderToStaticMarkup(
      <AuditFilterForm values={values} actors={[]} actions={[{ value: 'plan.update', label: texts.actions['plan.update']! }]} recordTypes={AUDIT_RECORD_TYPES} texts={texts} />,
    );
    for (const text of ['Wer<select', '>Alle</option>', '>Jede Änderung</option>', '>Tarif geändert</option>', '>Rechnung</option>', 'Datensatz-ID', 'Von (Europe/Berlin)', 'Bis (einschließlich)', '>Anzeigen</button>']) {
      expect(html).toContain(text);
    }
  });

  test('the entries', () => {
    const row = { id: 'a1', at: '2026-03-05T10:00:00.000Z', actorUserId: 'u1', actorEmail: 'staff@example.test', actorRole: 'admin', action: 'coupon.create', recordType: 'coupon', recordId: 'c1', before: null, after: { code: 'SPRING' } };
    const html = renderToStaticMarkup(<AuditTable rows={[row]} texts={texts} timeZone={BERLIN} />);
    for (const text of ['<th>Wann</th>', '<th>Vorher → nachher</th>', '05.03.2026 11:00', 'Gutscheincode angelegt', 'Gutscheincode<div']) expect(html).toContain(text);
    expect(renderToStaticMarkup(<AuditTable rows={[]} texts={texts} timeZone={BERLIN} />)).toContain('Keine passenden Einträge.');
  });
});

describe('a customer’s address and country evidence in German', () => {
  test('the VAT id under the address', () => {
    const address = { name: 'Jonas Weber', addressLine1: 'Hauptstraße 1', postalCode: '10115', city: 'Berlin', country: 'DE', vatId: 'DE123456789' };
    expect(renderToStaticMarkup(<PostalAddressText address={address} locale="de" />)).toContain('MwSt. DE123456789');
  });

  test('the evidence, the country it places the customer in and why', () => {
    const evidence = {
      evidence: [
        { kind: 'billing-address', country: 'DE' },
        { kind: 'bank-country', country: 'AT' },
        { kind: 'card-country', country: 'AT' },
      ],
      place: { country: 'AT', ground: 'address-outweighed' },
      notes: [],
    } as const;
    const html = renderToStaticMarkup(<CountryEvidencePanel evidence={structuredClone(evidence) as never} locale="de" />);
    for (const text of ['Nachweise zum Land (OSS)', 'Rechnungsadresse', 'Bankkonto (IBAN)', 'Karte (Ausgabeland)']) expect(html).toContain(text);
    expect(html).toContain('besteuert: zwei andere Nachweise stimmen überein und wiegen schwerer als die Rechnungsadresse.');
    expect(html).toContain('<strong>AT</strong>');
  });
});
