import { verifyPayLinkToken, type VerifiedPayLink } from '@/lib/services/payments/pay-link';

/** The pay links in an e-mail's html (`href="<origin>/pay/<token>"`), verified. */
export function payLinksIn(html: string, origin = 'https://shop.example'): (VerifiedPayLink & { token: string })[] {
  const escaped = origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...html.matchAll(new RegExp(`href="${escaped}/pay/([^"?]+)"`, 'g'))].map((match) => {
    const verified = verifyPayLinkToken(match[1]!);
    if (!verified) throw new Error(`The e-mail holds a pay link that does not verify: ${match[1]}`);
    return { ...verified, token: match[1]! };
  });
}
