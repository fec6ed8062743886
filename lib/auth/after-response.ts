import { after } from 'next/server';

/**
 * Runs `task` once the response has been sent, so how long it takes (an e-mail composed for a
 * known address, nothing for an unknown one) cannot be read from the response time. Outside a
 * request (a script, a test) there is no response to wait for: the task runs before this returns.
 */
export async function afterResponse(task: () => Promise<unknown>): Promise<void> {
  try {
    after(task);
  } catch {
    await task();
  }
}
