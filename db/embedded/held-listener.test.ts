import net from 'node:net';
import { describe, expect, test } from 'vitest';
import { listenHeld } from './held-listener';

const connect = (port: number) =>
  new Promise<net.Socket>((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
const firstData = (socket: net.Socket) => new Promise<string>((resolve) => socket.once('data', (data) => resolve(String(data))));

describe('a port that listens before the database behind it is ready', () => {
  test('a connection made early is accepted, waits unanswered, and gets what it sent once served', async () => {
    const listener = await listenHeld(0);
    const port = Number(new URL(listener.url).port);
    const client = await connect(port);
    client.write('hello before ready');
    const answer = firstData(client);
    let answered = false;
    void answer.then(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answered).toBe(false);

    // The server side echoes what it reads: the early client's bytes were kept for it.
    listener.serve((socket) => socket.on('data', (data) => socket.write(`echo: ${data}`)));
    expect(await answer).toBe('echo: hello before ready');

    const later = await connect(port);
    later.write('after');
    expect(await firstData(later)).toBe('echo: after');
    client.destroy();
    later.destroy();
    await listener.close();
  });

  test('a client that gives up while held does not take the process down; closing drops the held ones', async () => {
    const listener = await listenHeld(0);
    const port = Number(new URL(listener.url).port);
    const quitter = await connect(port);
    quitter.resetAndDestroy();
    const waiting = await connect(port);
    const closed = new Promise((resolve) => waiting.once('close', resolve));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await listener.close();
    await closed;
    await expect(connect(port)).rejects.toThrow(/ECONNREFUSED/);
  });
});

test('a port already taken is refused with the setting that moves it', async () => {
  const first = await listenHeld(0);
  const port = Number(new URL(first.url).port);
  await expect(listenHeld(port)).rejects.toThrow(`Port ${port} of the embedded database is in use: is the app already running? Stop it, or set KADENS_EMBEDDED_DB_PORT to a free port.`);
  await first.close();
});
