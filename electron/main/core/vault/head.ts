import { createHmac, timingSafeEqual } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { z } from 'zod';
import { replaceFileDurably } from '../fs/durable';
import type { LogWalk } from './log-walk';

/**
 * `head.json` anchors the end of the log: how many frames it had and the hash of the last one,
 * under a MAC only the key holder can make. Frames only ever get appended, so a log that no longer
 * reaches the recorded head was cut short or rolled back, which the log alone cannot show (a
 * shortened log looks like an interrupted save). The head is rewritten shortly after writes and
 * when the vault is closed, never on the path of acknowledging a save; frames written after the
 * last head update are covered by the chain but not by the head.
 */
const HeadFile = z.strictObject({
  version: z.literal(1),
  frames: z.number().int().nonnegative(),
  tip: z.string().regex(/^[0-9a-f]{32}$/),
  mac: z.string().regex(/^[0-9a-f]{64}$/),
});

function macOf(key: Buffer, frames: number, tip: string): Buffer {
  return createHmac('sha256', key).update(`habeas/head-v1\0${frames}\0${tip}`).digest();
}

export async function writeHead(file: string, key: Buffer, frames: number, tip: string): Promise<void> {
  const body = { version: 1, frames, tip, mac: macOf(key, frames, tip).toString('hex') };
  await replaceFileDurably(file, Buffer.from(`${JSON.stringify(body)}\n`, 'utf8'));
}

export type HeadCheck = { ok: true } | { ok: false; reason: 'head-invalid' } | { ok: false; reason: 'truncated'; frames: number };

/** Compares the log as read with the last head written. */
export async function checkHead(file: string, key: Buffer, walk: LogWalk, required: boolean): Promise<HeadCheck> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    // Vaults record in their (MAC'd) header that they have a head, so deleting it is no way around it.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return required ? { ok: false, reason: 'head-invalid' } : { ok: true };
    throw error;
  }
  let head: z.infer<typeof HeadFile>;
  try {
    head = HeadFile.parse(JSON.parse(text));
  } catch {
    return { ok: false, reason: 'head-invalid' };
  }
  if (!timingSafeEqual(macOf(key, head.frames, head.tip), Buffer.from(head.mac, 'hex'))) return { ok: false, reason: 'head-invalid' };
  if (head.frames === 0) return { ok: true };
  const atHead = walk.frames[head.frames - 1];
  return atHead && atHead.hash === head.tip ? { ok: true } : { ok: false, reason: 'truncated', frames: head.frames };
}
