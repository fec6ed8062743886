import { notFound } from 'next/navigation';
import { SetupForm } from '@/components/setup/setup-form';
import { ownerExists } from '@/db/queries/setup/owner-exists';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Set up the shop' };

const INITIAL = { timeZone: 'Europe/Amsterdam', currency: 'EUR', invoicePrefix: 'INV-' };

/**
 * First-owner setup of a fresh installation: only while the shop has no owner (afterwards a
 * 404), and only with the one-time token the server printed at start.
 */
export default async function SetupPage() {
  if (await ownerExists()) notFound();
  return (
    <div className="panel stack" style={{ maxWidth: 560 }}>
      <h1>Set up your shop</h1>
      <p className="muted">
        Create the owner account: it manages the shop, its staff and its payment settings. You need the one-time setup
        token from the server&apos;s log.
      </p>
      <SetupForm initial={INITIAL} timeZones={Intl.supportedValuesOf('timeZone')} />
    </div>
  );
}
