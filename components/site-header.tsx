import Link from 'next/link';
import { isMerchant } from '@/lib/auth/access';
import { getViewer } from '@/lib/auth/viewer';
import { SignOutButton } from './sign-out-button';

export async function SiteHeader() {
  const viewer = await getViewer();
  return (
    <header className="site-header">
      <nav aria-label="Main">
        <Link href="/" className="brand">
          Kadens
        </Link>
        <Link href="/">Shop</Link>
        <Link href="/cart">Cart</Link>
        {viewer?.customerId && <Link href="/account">Min Side</Link>}
        {isMerchant(viewer) && <Link href="/dashboard">Dashboard</Link>}
        {viewer ? (
          <SignOutButton email={viewer.email} />
        ) : (
          <Link href="/signin" data-testid="header-sign-in">
            Sign in
          </Link>
        )}
      </nav>
    </header>
  );
}
