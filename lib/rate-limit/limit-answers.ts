import { NextResponse } from 'next/server';

/** "Try again in 40 seconds / 3 minutes / 1 hour": whole units, rounded up. */
export function tryAgainIn(seconds: number): string {
  if (seconds < 60) return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  const hours = Math.ceil(minutes / 60);
  return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
}

/** The wait in whole units, rounded up: what "try again in …" says in any language. */
export function waitUnit(seconds: number): {
  unit: 'second' | 'minute' | 'hour';
  count: number;
} {
  if (seconds < 60) return { unit: 'second', count: seconds };
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return { unit: 'minute', count: minutes };
  return { unit: 'hour', count: Math.ceil(minutes / 60) };
}

/** What a form shows when its action was refused by a limit: coded, so the action's wrapper words it in the page's language. */
export function tooManyAttempts(retryAfterSeconds: number): {
  error: string;
  messageParams: { unit: string; count: number };
} {
  return {
    error: 'too_many_attempts',
    messageParams: waitUnit(retryAfterSeconds),
  };
}

/** A route's answer to a limited request: 429, the message, and `Retry-After` in seconds. */
export function tooManyRequests(retryAfterSeconds: number): NextResponse {
  return NextResponse.json(
    {
      error: `Too many requests. Please try again in ${tryAgainIn(retryAfterSeconds)}.`,
    },
    { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } },
  );
}
