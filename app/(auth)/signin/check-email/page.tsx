export const metadata = { title: 'Check your e-mail' };

export default function CheckEmailPage() {
  return (
    <div className="panel" style={{ maxWidth: 460 }} data-testid="check-email">
      <h1>Check your e-mail</h1>
      <p>If an account exists for that address, a sign-in link is on its way. It works once, for one hour.</p>
    </div>
  );
}
