import {
  isArgumentElement,
  isLiteralElement,
  isPluralElement,
  isPoundElement,
  isSelectElement,
  isTagElement,
  parse,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';
import { manageMessage } from './manage-messages';

/** Every argument and tag name a message uses, in nested plural and select branches too. */
export function messageArguments(elements: MessageFormatElement[]): Map<string, 'simple' | 'other'> {
  const found = new Map<string, 'simple' | 'other'>();
  const walk = (list: MessageFormatElement[]) => {
    for (const element of list) {
      if (isLiteralElement(element) || isPoundElement(element)) continue;
      // A plain {x} is 'simple'; a number, date, plural, select or <tag> needs a value of its kind.
      if (isArgumentElement(element)) {
        if (!found.has(element.value)) found.set(element.value, 'simple');
      } else {
        found.set(element.value, 'other');
      }
      if (isPluralElement(element) || isSelectElement(element)) for (const option of Object.values(element.options)) walk(option.value);
      if (isTagElement(element)) walk(element.children);
    }
  };
  walk(elements);
  return found;
}

/**
 * Whether a merchant's text may replace a catalog message: valid ICU syntax, using only the
 * catalog message's own arguments (in any form it may) and the offered macros (plain `{macro}`,
 * their values being text). Answers a `dashboard.manage.messages` code with its arguments naming
 * what is wrong, which the dashboard words in the staff member's language.
 */
export function checkMessageText(text: string, defaultMessage: string, macros: readonly string[]): string | null {
  let elements: MessageFormatElement[];
  try {
    elements = parse(text);
  } catch (error) {
    const location = (error as { location?: { start: { offset: number } } }).location;
    // The parser's own name of the problem (EXPECT_ARGUMENT_CLOSING_BRACE...) stays as it is: a technical hint.
    const detail = (error as Error).message;
    return location ? manageMessage('textBroken', { at: location.start.offset + 1, detail }) : manageMessage('textBrokenSomewhere', { detail });
  }
  const own = messageArguments(parse(defaultMessage));
  const offered = [...new Set([...own.keys(), ...macros])].sort();
  for (const [name, form] of messageArguments(elements)) {
    if (own.has(name)) continue;
    if (!macros.includes(name)) {
      const macro = `{${name}}`;
      return offered.length ? manageMessage('textUnknownMacro', { macro, offered: offered.map((one) => `{${one}}`).join(', ') }) : manageMessage('textUnknownMacroNoMacros', { macro });
    }
    if (form !== 'simple') return manageMessage('textMacroFormat', { macro: `{${name}}` });
  }
  return null;
}
