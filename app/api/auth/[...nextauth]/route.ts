import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/auth';
import { limitAuthRoute } from '@/lib/auth/limit-auth-route';

export const { GET } = handlers;

export async function POST(request: NextRequest) {
  return (await limitAuthRoute(request)) ?? handlers.POST(request);
}
