export const metadata = { title: 'Check your e-mail' };

/** Where sign-in links and registrations land, known address or not: the same words for both. */
export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<{ registered?: string }> }) {
  const { registered } = await searchParams;
  return (
    <div className="panel" style={{ maxWidth: 460 }} data-testid="check-email">
      <h1>Check your e-mail</h1>
      {registered ? (
        <p data-testid="check-email-registered">
          We have sent you an e-mail. Open the link in it to confirm your address and continue. Nothing arrived within a few minutes?
          Look in your spam folder.
        </p>
      ) : (
        <p>If an account exists for that address, a sign-in link is on its way. It works once, for one hour.</p>
      )}
    </div>
  );
}
