import postgres from 'postgres';

/** A socket factory for postgres-js (its documented `socket` option, missing from its types). */
export type Connect = () => unknown;

/**
 * A client with one connection, for a start's own jobs (migrations, seeding). In process when
 * `connect` is given: the process that serves the embedded database reaches it without TCP, and
 * before its port serves other clients (db/embedded/held-listener.ts).
 */
export function oneConnection(url: string, connect?: Connect): postgres.Sql {
  const options: postgres.Options<Record<string, never>> & { socket?: Connect } = { max: 1, onnotice: () => {}, socket: connect };
  return postgres(url, options);
}
