// First: React's production build for the history's e-mails (see the module).
import './lib/react-production';
import { ensureAuthSecret } from './lib/auth-secret';
import { demoHistorySize, prepareDatabase } from './lib/prepare-database';

// `npm run db:seed-demo`: migrates the configured database and seeds the demo shop into it when
// it is empty (a shop that has settings is left alone), with its history. The demo logins are
// public: never run it against a shop customers use.
// The history's engine signs pay links like `npm run dev` does: the same secret and address.
process.env.AUTH_SECRET = ensureAuthSecret();
process.env.APP_URL ??= `http://localhost:${process.env.PORT ?? 3000}`;
const database = await prepareDatabase({ demo: true, demoHistory: demoHistorySize('seed', process.env) });
await database.stop();
