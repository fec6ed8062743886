import { describe, expect, test } from 'vitest';
import { checkMessageText } from './check-message-text';
import { manageLocalizer } from './manage-messages';

/** The refusal as the dashboard shows it to a staff member reading `locale`. */
const shown = (text: string, locale: 'en' | 'nl' = 'en') => {
  const problem = checkMessageText(text, DEFAULT, MACROS);
  return problem === null ? null : manageLocalizer(locale).text(problem);
};

const DEFAULT = 'When invoice {invoice} was paid, you chose {method}.';
const MACROS = ['name', 'shop', 'invoice', 'amount'];

describe('checkMessageText', () => {
  test.each([
    ['plain text', 'Thanks!'],
    ['the message’s own arguments', 'Invoice {invoice}: {method}.'],
    ['the e-mail’s macros', 'Hi {name}, {shop} got {amount}.'],
    ['an own argument in a plural or select of the default’s', '{method, select, card {Card} other {{method}}}'],
    ['a quoted brace', "Use '{'braces'}' freely"],
  ])('accepts %s', (_, text) => {
    expect(checkMessageText(text, DEFAULT, MACROS)).toBeNull();
  });

  test.each([
    ['an unknown macro, naming it and what is offered', 'Hi {nmae}', 'Unknown macro {nmae}: this text can use {amount}, {invoice}, {method}, {name}, {shop}.'],
    ['a macro with a format its text value cannot take', '{amount, number}', 'The macro {amount} is text: write it as {amount}, without a format.'],
    ['an unknown macro inside a plural branch', '{method, select, card {{pay_link}} other {x}}', 'Unknown macro {pay_link}'],
  ])('refuses %s', (_, text, message) => {
    expect(shown(text)).toContain(message);
  });

  test.each([
    ['an unclosed brace', 'Hi {name'],
    ['an empty macro', 'Hi {}'],
  ])('refuses %s as broken syntax, saying where', (_, text) => {
    expect(shown(text)).toMatch(/^The text has a broken macro or brace near character \d+ \(\w+\)\. Write a macro as \{name\}; to show a brace itself, put it in single quotes: '\{'\.$/);
  });

  test('says what is wrong in the staff member’s language', () => {
    expect(shown('Hoi {nmae}', 'nl')).toBe('Onbekende macro {nmae}: deze tekst kan {amount}, {invoice}, {method}, {name}, {shop} gebruiken.');
    expect(shown('{amount, number}', 'nl')).toBe('De macro {amount} is tekst: schrijf hem als {amount}, zonder opmaak.');
    expect(shown('Hoi {name', 'nl')).toMatch(/^De tekst heeft een kapotte macro of accolade bij teken \d+ /);
    expect(manageLocalizer('nl').text(checkMessageText('{x}', 'Hallo', [])!)).toBe('Onbekende macro {x}: deze tekst kan geen macro’s gebruiken.');
  });
});
