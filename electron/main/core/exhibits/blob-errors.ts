/** Why a blob failed to open or verify; each says what happened in words a lawyer can act on. */
export type BlobProblem = 'missing' | 'header' | 'truncated' | 'unauthentic' | 'extra-data' | 'padding' | 'hash';

export class BlobDamagedError extends Error {
  constructor(
    readonly problem: BlobProblem,
    message: string,
    /** The chunk where it was found, when it concerns one. */
    readonly chunk?: number,
  ) {
    super(message);
    this.name = 'BlobDamagedError';
  }
}
