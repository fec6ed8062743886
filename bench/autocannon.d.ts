// The part of autocannon's API bench/load-worker.ts uses (the package ships no types).
declare module 'autocannon' {
  type Instance = PromiseLike<{ requests: { total: number }; duration: number; errors: number; non2xx: number }> & {
    on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, responseTimeMs: number) => void): void;
  };
  export default function autocannon(options: { url: string; connections: number; duration: number; headers?: Record<string, string> }): Instance;
}
