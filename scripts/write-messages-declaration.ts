import { readFileSync, writeFileSync } from 'node:fs';
import { englishDeclarationPath, englishMessagesPath, messagesDeclaration } from '../lib/i18n/messages-declaration';

// `npm run i18n:declaration`: after changing messages/en.json, so the translator's types follow.
writeFileSync(englishDeclarationPath, messagesDeclaration(readFileSync(englishMessagesPath, 'utf8')));
console.log(`Wrote ${englishDeclarationPath}`);
