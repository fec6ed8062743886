import Link from 'next/link';
import { ForgotPasswordForm } from '@/components/auth/forgot-password-form';

export const metadata = { title: 'Forgot your password?' };

export default function ForgotPasswordPage() {
  return (
    <div className="panel stack" style={{ maxWidth: 460 }}>
      <h1>Forgot your password?</h1>
      <p>Enter the address you sign in with. We will e-mail you a link to choose a new password.</p>
      <ForgotPasswordForm />
      <p>
        <Link href="/signin">Back to sign in</Link>
      </p>
    </div>
  );
}
