/** Where the English catalog and its declaration live, from the repository root. */
export const englishMessagesPath = 'messages/en.json';
export const englishDeclarationPath = 'messages/en.d.json.ts';

/**
 * The TypeScript declaration of a messages file: its JSON as a type, so every message is a
 * string literal and use-intl reads each message's ICU arguments from it (with
 * `allowArbitraryExtensions`, TypeScript prefers `en.d.json.ts` to `en.json`'s widened types).
 * next-intl's `createMessagesDeclaration` writes the same file, should the pages take it over.
 */
export function messagesDeclaration(json: string): string {
  return [
    '// Generated from en.json by `npm run i18n:declaration`; do not edit.',
    '',
    `declare const messages: ${json.trim()};`,
    'export default messages;',
    '',
  ].join('\n');
}
