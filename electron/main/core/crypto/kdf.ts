import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { HabeasError } from '../../../../shared/ipc/errors';

/**
 * Argon2id parameters as stored in the vault header. Opening refuses anything below the floor, so
 * an attacker who edits the header cannot make a stolen vault cheaper to guess.
 */
export const KdfParams = z.strictObject({
  algorithm: z.literal('argon2id'),
  version: z.literal(19),
  memoryKiB: z.number().int().positive(),
  iterations: z.number().int().positive(),
  parallelism: z.number().int().positive().max(16),
  salt: z.base64(),
});
export type KdfParams = z.infer<typeof KdfParams>;

export const KDF_FLOOR = { memoryKiB: 128 * 1024, iterations: 3 } as const;
/** Upper bounds stop a hostile header from making the app allocate or spin forever. */
const KDF_CEILING = { memoryKiB: 4 * 1024 * 1024, iterations: 64 } as const;

/**
 * `standard` is the only profile the app and the CLI use. `test` exists so unit tests can run
 * thousands of opens; it must be asked for explicitly on both create and open, and a vault made
 * with it is refused by the normal open path.
 */
export type KdfProfile = 'standard' | 'test';
const TEST_PARAMS = { memoryKiB: 1024, iterations: 1, parallelism: 1 } as const;

export function assertKdfAllowed(params: KdfParams, profile: KdfProfile): void {
  if (params.memoryKiB > KDF_CEILING.memoryKiB || params.iterations > KDF_CEILING.iterations) {
    throw new HabeasError('HEADER_DAMAGED', 'The vault header asks for key-derivation settings no Habeas version writes. The header may be damaged or tampered with.');
  }
  if (profile === 'test') return;
  if (params.memoryKiB < KDF_FLOOR.memoryKiB || params.iterations < KDF_FLOOR.iterations) {
    throw new HabeasError(
      'KDF_BELOW_FLOOR',
      'This vault\'s passphrase protection is weaker than Habeas allows (Argon2id needs at least 128 MiB and 3 passes). It may have been tampered with; it was not opened.',
    );
  }
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { argon2id } = require(workerData.hashWasm);
argon2id({
  password: workerData.password,
  salt: workerData.salt,
  parallelism: workerData.parallelism,
  iterations: workerData.iterations,
  memorySize: workerData.memoryKiB,
  hashLength: 32,
  outputType: 'binary',
}).then(
  (key) => { workerData.password.fill(0); parentPort.postMessage({ key }); key.fill(0); },
  (error) => { workerData.password.fill(0); parentPort.postMessage({ error: String(error && error.message || error) }); },
);
`;

function hashWasmPath(): string {
  // Works in the CommonJS bundle electron-vite emits and in ESM under vitest/tsx.
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  return createRequire(here).resolve('hash-wasm');
}

/**
 * Argon2id in a worker thread: the 1 s of hashing never blocks the process that answers the UI.
 * The passphrase buffer is copied into the worker and wiped on both sides.
 */
export async function deriveKey(passphrase: Buffer, params: Omit<KdfParams, 'algorithm' | 'version'>): Promise<Buffer> {
  const password = new Uint8Array(passphrase);
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      hashWasm: hashWasmPath(),
      password,
      salt: new Uint8Array(Buffer.from(params.salt, 'base64')),
      parallelism: params.parallelism,
      iterations: params.iterations,
      memoryKiB: params.memoryKiB,
    },
  });
  password.fill(0);
  try {
    const message = await new Promise<{ key?: Uint8Array; error?: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`key derivation worker exited with code ${code}`)));
    });
    if (!message.key) throw new Error(`key derivation failed: ${message.error ?? 'unknown error'}`);
    // A view, not a copy: the caller's wipe() then clears the only copy of the key in this thread.
    return Buffer.from(message.key.buffer, message.key.byteOffset, message.key.byteLength);
  } finally {
    void worker.terminate();
  }
}

export function normalisePassphrase(passphrase: string): Buffer {
  // The same passphrase typed on different keyboards can arrive composed or decomposed (ə, ş).
  return Buffer.from(passphrase.normalize('NFC'), 'utf8');
}

/**
 * Picks parameters that take about `targetMs` on this machine, never below the floor: one trial at
 * the floor's memory, then memory (up to 1 GiB) and passes are scaled from the measured time.
 */
export async function calibrate(
  profile: KdfProfile,
  salt: string,
  targetMs = 1000,
): Promise<{ params: KdfParams; expectedMs: number }> {
  const base = { algorithm: 'argon2id' as const, version: 19 as const, salt };
  if (profile === 'test') return { params: { ...base, ...TEST_PARAMS }, expectedMs: 5 };
  const trial = { ...base, memoryKiB: KDF_FLOOR.memoryKiB, iterations: KDF_FLOOR.iterations, parallelism: 4 };
  const started = performance.now();
  const key = await deriveKey(Buffer.from('calibration'), trial);
  key.fill(0);
  const trialMs = Math.max(1, performance.now() - started);
  let memoryKiB: number = KDF_FLOOR.memoryKiB;
  let iterations: number = KDF_FLOOR.iterations;
  let expectedMs = trialMs;
  // Memory is the better defence against GPUs, so grow it first, then passes.
  while (expectedMs * 2 <= targetMs * 1.25 && memoryKiB < 1024 * 1024) {
    memoryKiB *= 2;
    expectedMs *= 2;
  }
  while (expectedMs * ((iterations + 1) / iterations) <= targetMs * 1.25 && iterations < 12) {
    expectedMs *= (iterations + 1) / iterations;
    iterations += 1;
  }
  return { params: { ...trial, memoryKiB, iterations }, expectedMs: Math.round(expectedMs) };
}
