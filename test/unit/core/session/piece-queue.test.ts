import { describe, expect, it } from 'vitest';
import { PieceQueue } from '../../../../electron/main/core/session/piece-queue';

async function drain(queue: PieceQueue): Promise<number[]> {
  const seen: number[] = [];
  for await (const piece of queue) seen.push(...piece);
  return seen;
}

describe('PieceQueue', () => {
  it('hands pieces over in order and ends', async () => {
    const queue = new PieceQueue();
    const reading = drain(queue);
    await queue.push(Uint8Array.of(1, 2));
    await queue.push(Uint8Array.of(3));
    queue.end();
    expect(await reading).toEqual([1, 2, 3]);
  });

  it('resolves a push only once the reader has taken the piece (memory stays flat)', async () => {
    const queue = new PieceQueue();
    let taken = false;
    const pushed = queue.push(Uint8Array.of(9)).then(() => (taken = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(taken).toBe(false);
    const iterator = queue[Symbol.asyncIterator]();
    expect(await iterator.next()).toEqual({ value: Uint8Array.of(9), done: false });
    await pushed;
    expect(taken).toBe(true);
  });

  it('refuses a second piece while one is waiting, and pieces after the end', async () => {
    const queue = new PieceQueue();
    void queue.push(Uint8Array.of(1));
    await expect(queue.push(Uint8Array.of(2))).rejects.toThrow(/one at a time/);
    const reading = drain(queue);
    queue.end();
    await reading;
    await expect(queue.push(Uint8Array.of(3))).rejects.toThrow(/already ended/);
  });

  it('fail() stops the reader with the error and releases a waiting push', async () => {
    const queue = new PieceQueue();
    const reading = drain(queue);
    await queue.push(Uint8Array.of(1));
    queue.fail(new Error('cancelled'));
    await expect(reading).rejects.toThrow('cancelled');
    await expect(queue.push(Uint8Array.of(2))).rejects.toThrow();
  });

  it('a reader that stops early makes later pushes fail instead of hang', async () => {
    const queue = new PieceQueue();
    const reader = (async () => {
      for await (const piece of queue) if (piece.length > 0) break;
    })();
    await queue.push(Uint8Array.of(1));
    await reader;
    await expect(queue.push(Uint8Array.of(2))).rejects.toThrow();
  });

  it('`reading` settles when the reader first asks for bytes', async () => {
    const queue = new PieceQueue();
    let started = false;
    void queue.reading.then(() => (started = true));
    await Promise.resolve();
    expect(started).toBe(false);
    const reading = drain(queue);
    await queue.reading;
    expect(started).toBe(true);
    queue.end();
    await reading;
  });
});
