import { describe, expect, test } from 'vitest';
import { notePart, joinNote } from '@/lib/services/payments/bank-import/match-note';
import { bankNoteText } from './bank-note-text';
import { manageMessage } from './manage-code';

describe('a bank line’s match note, stored coded, read in the staff member’s language', () => {
  const note = joinNote(
    notePart('bankNoteNoReference'),
    notePart('bankNoteSuggested', { number: 'KAD-2026-000042', amountMinor: 123456, amountCurrency: 'EUR', payer: 'SCHMIDT ANNA' }),
  );

  test.each([
    ['en', 'No payment reference. Suggested: invoice KAD-2026-000042 owes €1,234.56 and is billed to a name like “SCHMIDT ANNA”.'],
    ['nl', 'Geen betalingskenmerk. Voorstel: factuur KAD-2026-000042 staat open voor €\u00a01.234,56 en is gericht aan een naam als “SCHMIDT ANNA”.'],
    ['de', 'Keine Zahlungsreferenz. Vorschlag: Rechnung KAD-2026-000042 ist über 1.234,56\u00a0€ offen und lautet auf einen Namen wie „SCHMIDT ANNA“.'],
  ] as const)('%s: each reason worded, the amount written the reader’s way (a no-break space in it, as Intl writes it)', (locale, text) => {
    expect(bankNoteText(locale, note)).toBe(text);
  });

  test('counts and a payer the bank did not name, in Norwegian', () => {
    expect(bankNoteText('nb', notePart('bankNoteNoneByNoName', { count: 2, amountMinor: 49000, amountCurrency: 'NOK' }))).toBe(
      '2 åpne fakturaer er på 490,00\u00a0kr, men banken oppga ikke betalerens navn å sammenligne med.',
    );
  });

  test('a note stored before the notes were coded is shown as it is', () => {
    expect(bankNoteText('de', 'No invoice has the reference 1234. No open invoice owes €5.00.')).toBe('No invoice has the reference 1234. No open invoice owes €5.00.');
  });
});

describe('a bank file entry’s reason, its label a code inside it', () => {
  const reason = manageMessage('bankEntryAmountInvalid', {
    label: manageMessage('bankEntryLabel', { entry: 3, transaction: 2 }),
    problem: manageMessage('bankAmountTooLarge', { text: '1e99' }),
  });

  test.each([
    ['en', 'Entry 3, transaction 2: Amount "1e99" is too large.'],
    ['de', 'Buchung 3, Transaktion 2: Betrag "1e99" ist zu groß.'],
    ['nb', 'Post 3, transaksjon 2: Beløpet «1e99» er for stort.'],
  ] as const)('%s', (locale, text) => {
    expect(bankNoteText(locale, reason)).toBe(text);
  });
});
