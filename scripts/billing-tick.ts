import { ensureAuthSecret } from './lib/auth-secret';

// The same secret as the app's: pay links in the e-mails this sweep decides are signed with it.
process.env.AUTH_SECRET = ensureAuthSecret();
const { sql } = await import('../db/client');
const { tick } = await import('../lib/services/billing/tick');

// `npm run billing:tick`: one sweep of the embedded billing driver at the current time, against
// the running embedded database (npm run dev / db:serve) or DATABASE_URL.
const started = Date.now();
const report = await tick({ now: new Date() });
console.log(
  `Billing tick: ${report.renewals} renewal steps, ${report.dunning} dunning steps, ${report.charges} charges, ` +
    `${report.failed.length} failed, in ${Date.now() - started} ms`,
);
for (const failure of report.failed) console.log(`  ${failure.subscriptionId}: ${failure.error}`);
await sql.end();
