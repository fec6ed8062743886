import { EventEmitter } from 'node:events';

/**
 * One end of a connection between two parts of this process: what one end writes, the other
 * receives as 'data', in order, on a later tick (as from a socket), without a system call.
 * It has the part of net.Socket's surface that postgres-js (its `socket` option) and
 * pglite-socket's connection handler use.
 */
export class InProcessSocket extends EventEmitter {
  readonly remoteAddress = 'in-process';
  readonly remotePort = 0;
  readyState: 'open' | 'closed' = 'open';
  private peer: InProcessSocket | null = null;

  /** Two connected ends. */
  static pair(): [InProcessSocket, InProcessSocket] {
    const a = new InProcessSocket();
    const b = new InProcessSocket();
    a.peer = b;
    b.peer = a;
    return [a, b];
  }

  get writable(): boolean {
    return this.readyState === 'open';
  }

  write(data: Uint8Array | string, callback?: (error?: Error | null) => void): boolean {
    const peer = this.peer;
    if (this.readyState !== 'open' || !peer) {
      process.nextTick(() => callback?.(new Error('The in-process connection is closed')));
      return false;
    }
    // A copy: the writer may reuse its buffer once write returns, as with a socket.
    const chunk = Buffer.from(typeof data === 'string' ? Buffer.from(data) : data);
    process.nextTick(() => {
      if (peer.readyState === 'open') peer.emit('data', chunk);
      callback?.(null);
    });
    return true;
  }

  end(data?: Uint8Array | string): this {
    if (data !== undefined) this.write(data);
    // After the last data is delivered: both ends close, as a socket's peer sees the FIN.
    process.nextTick(() => this.destroy());
    return this;
  }

  destroy(): this {
    const peer = this.peer;
    this.close();
    if (peer) process.nextTick(() => peer.close());
    return this;
  }

  setNoDelay(): this {
    return this;
  }

  setKeepAlive(): this {
    return this;
  }

  private close(): void {
    if (this.readyState === 'closed') return;
    this.readyState = 'closed';
    this.peer = null;
    process.nextTick(() => this.emit('close', false));
  }
}
