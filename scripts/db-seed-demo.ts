import { prepareDatabase } from './lib/prepare-database';

// `npm run db:seed-demo`: migrates the configured database and seeds the demo shop into it when
// it is empty (a shop that has settings is left alone). The demo logins are public: never run it
// against a shop customers use.
const database = await prepareDatabase({ demo: true });
await database.stop();
