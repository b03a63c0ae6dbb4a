/**
 * Hands pieces of an upload from IPC calls to the blob writer, one at a time: `push` resolves only
 * once the writer has taken the piece, so a fast sender can never pile a large file up in memory.
 * The writer reads it as an async iterable; `end()` finishes it and `fail()` makes the writer stop
 * with that error (which also removes its temporary file).
 */
export class PieceQueue implements AsyncIterable<Uint8Array> {
  private waiting: { resolve: (result: IteratorResult<Uint8Array>) => void; reject: (error: unknown) => void } | null = null;
  private offered: { piece: Uint8Array; taken: () => void } | null = null;
  private ended = false;
  private failure: unknown = null;
  private firstPull: (() => void) | null = null;
  /** Settles when the writer first asks for bytes, i.e. once everything before reading was accepted. */
  readonly reading: Promise<void> = new Promise((resolve) => (this.firstPull = resolve));

  push(piece: Uint8Array): Promise<void> {
    if (this.ended || this.failure !== null) return Promise.reject(new Error('This upload has already ended.'));
    if (this.offered) return Promise.reject(new Error('Send the pieces of an upload one at a time, in order.'));
    return new Promise<void>((taken) => {
      if (this.waiting) {
        const { resolve } = this.waiting;
        this.waiting = null;
        resolve({ value: piece, done: false });
        taken();
      } else {
        this.offered = { piece, taken };
      }
    });
  }

  end(): void {
    this.ended = true;
    if (this.waiting && !this.offered) {
      this.waiting.resolve({ value: undefined, done: true });
      this.waiting = null;
    }
  }

  fail(error: unknown): void {
    if (this.failure !== null) return;
    this.failure = error;
    if (this.offered) {
      this.offered.taken();
      this.offered = null;
    }
    if (this.waiting) {
      this.waiting.reject(error);
      this.waiting = null;
    }
  }

  [Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    return {
      next: () => {
        this.firstPull?.();
        this.firstPull = null;
        if (this.failure !== null) return Promise.reject(this.failure);
        if (this.offered) {
          const { piece, taken } = this.offered;
          this.offered = null;
          taken();
          return Promise.resolve({ value: piece, done: false });
        }
        if (this.ended) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
      },
      return: () => {
        // The writer stopped early (an error of its own): later pushes must not hang.
        this.fail(new Error('The upload was stopped.'));
        return Promise.resolve({ value: undefined, done: true });
      },
    };
  }
}
