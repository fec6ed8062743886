import { NextRequest } from 'next/server';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { GET } from './route';
import { functions } from '@/inngest';

afterEach(() => vi.unstubAllEnvs());

describe('/api/inngest', () => {
  test('serves the app’s functions', async () => {
    vi.stubEnv('INNGEST_DEV', '1');
    const response = await GET(new NextRequest('http://localhost:3000/api/inngest'), undefined);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { function_count?: number };
    expect(body.function_count).toBe(functions.length);
  });
});
