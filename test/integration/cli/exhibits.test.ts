import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../electron/cli/exit-codes';
import { runCli } from './cli-harness';

const env = { HABEAS_PASSPHRASE: 'correct horse battery staple' };
const PDF = Buffer.from('%PDF-1.7\n% CANARY-CLI-EXHIBIT verdict of the Baku Grave Crimes Court\n%%EOF\n', 'latin1');
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe1]), Buffer.alloc(300_000, 7)]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let root: string;
let vault: string;
let caseId: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'habeas-cli-exhibits-'));
  vault = path.join(root, 'vault');
  expect((await runCli(['init', vault], env)).code).toBe(EXIT.ok);
  const added = await runCli(['case', 'add', vault, '--name', 'Intiqam Əliyev'], env);
  caseId = added.stdout.trim();
  await writeFile(path.join(root, 'verdict.pdf'), PDF);
  await writeFile(path.join(root, 'injuries.jpg'), JPEG);
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('habeas attach / exhibit / verify', () => {
  it('attaches, lists, exports with a .sha256, and verify checks every exhibit — then names the one whose blob has a flipped byte', async () => {
    const pdf = await runCli(['attach', vault, caseId, path.join(root, 'verdict.pdf'), '--received-from', 'Defence counsel', '--method', 'in person'], env);
    expect(pdf.code, pdf.stderr).toBe(EXIT.ok);
    expect(pdf.stdout).toContain(`sha256 ${sha(PDF)}  application/pdf, ${PDF.length} bytes`);
    const pdfId = pdf.stdout.split(' ')[0]!;
    const jpeg = await runCli(['attach', vault, caseId, path.join(root, 'injuries.jpg')], env);
    expect(jpeg.code, jpeg.stderr).toBe(EXIT.ok);
    const jpegId = jpeg.stdout.split(' ')[0]!;

    const listed = await runCli(['exhibit', 'list', vault, caseId, '--json'], env);
    expect(JSON.parse(listed.stdout).map((e: { id: string; mediaType: string; custody: Array<{ counterpart?: string }> }) => [e.id, e.mediaType, e.custody[0]?.counterpart])).toEqual([
      [pdfId, 'application/pdf', 'Defence counsel'],
      [jpegId, 'image/jpeg', undefined],
    ]);
    expect((await runCli(['exhibit', 'list', vault, caseId], env)).stdout).toContain(`${sha(PDF).slice(0, 12)}  application/pdf`);

    const target = path.join(root, 'exported verdict.pdf');
    const exported = await runCli(['exhibit', 'export', vault, pdfId, target, '--note', 'for the appeal'], env);
    expect(exported.code, exported.stderr).toBe(EXIT.ok);
    expect(exported.stderr).toContain('not encrypted');
    expect((await readFile(target)).equals(PDF)).toBe(true);
    expect(await readFile(`${target}.sha256`, 'utf8')).toBe(`${sha(PDF)}  exported verdict.pdf\n`);
    const again = await runCli(['exhibit', 'export', vault, pdfId, target], env);
    expect(again.code).toBe(EXIT.failure);
    expect(again.stderr).toContain('A file named “exported verdict.pdf” already exists in that folder');

    const intact = await runCli(['verify', vault], env);
    expect(intact.code, intact.stdout).toBe(EXIT.ok);
    expect(intact.stdout).toContain('exhibits checked: 2');
    // The vault holds no byte of the PDF in the clear.
    for (const name of await readdir(path.join(vault, 'blobs'))) expect((await readFile(path.join(vault, 'blobs', name))).includes(Buffer.from('CANARY-CLI-EXHIBIT'))).toBe(false);

    // Flip one byte of the JPEG's blob.
    const record = JSON.parse(listed.stdout).find((e: { id: string }) => e.id === jpegId) as { blob: string };
    const blobFile = path.join(vault, 'blobs', record.blob);
    const bytes = await readFile(blobFile);
    bytes[100_000]! ^= 0x10;
    await writeFile(blobFile, bytes);
    const damaged = await runCli(['verify', vault], env);
    expect(damaged.code).toBe(EXIT.damaged);
    expect(damaged.stdout).toMatch(new RegExp(`DAMAGED exhibit ${jpegId} \\("injuries.jpg", case ${caseId}\\) — Chunk 1 of \\d+ .* not authentic`)); // 1 MiB chunks: byte 100,000 is in the first
    expect(damaged.stdout).not.toContain(`DAMAGED exhibit ${pdfId}`);
    const json = JSON.parse((await runCli(['verify', vault, '--json'], env)).stdout) as { ok: boolean; exhibits: Array<{ id: string; ok: boolean }> };
    expect(json.ok).toBe(false);
    expect(json.exhibits).toEqual([expect.objectContaining({ id: pdfId, ok: true }), expect.objectContaining({ id: jpegId, ok: false, problem: expect.stringMatching(/not authentic/) })]);
  }, 120_000);

  it('a working copy, removal and an explicitly confirmed purge', async () => {
    const original = (await runCli(['attach', vault, caseId, path.join(root, 'injuries.jpg')], env)).stdout.split(' ')[0]!;
    const copy = await runCli(['attach', vault, caseId, path.join(root, 'verdict.pdf'), '--derived-from', original, '--derivation', 'translation into English'], env);
    expect(copy.code, copy.stderr).toBe(EXIT.ok);
    const copyId = copy.stdout.split(' ')[0]!;
    expect((await runCli(['exhibit', 'purge', vault, copyId, '--reason', 'wrong file'], env)).code).toBe(EXIT.usage); // no --yes
    expect((await runCli(['exhibit', 'purge', vault, copyId, '--yes'], env)).code).toBe(EXIT.usage); // no reason
    expect((await runCli(['exhibit', 'purge', vault, copyId, '--reason', 'wrong file', '--yes'], env)).code).toBe(EXIT.failure); // not removed yet
    expect((await runCli(['exhibit', 'remove', vault, copyId, '--reason', 'wrong file'], env)).code).toBe(EXIT.ok);
    const purged = await runCli(['exhibit', 'purge', vault, copyId, '--reason', 'wrong file', '--yes'], env);
    expect(purged.code, purged.stderr).toBe(EXIT.ok);
    const listed = JSON.parse((await runCli(['exhibit', 'list', vault, caseId, '--json'], env)).stdout) as Array<{ id: string; derivedFrom?: string; custody: Array<{ action: string }> }>;
    const record = listed.find((e) => e.id === copyId)!;
    expect(record.derivedFrom).toBe(original);
    expect(record.custody.map((c) => c.action)).toEqual(['received', 'removed', 'purged']);
  }, 120_000);

  it('refuses an unknown case and a missing file with exit codes and messages that say what to do', async () => {
    const unknown = await runCli(['attach', vault, '00000000-0000-4000-8000-00000000dead', path.join(root, 'verdict.pdf')], env);
    expect(unknown.code).toBe(EXIT.notFound);
    const missing = await runCli(['attach', vault, caseId, path.join(root, 'nope.pdf')], env);
    expect(missing.code).toBe(EXIT.notFound);
    expect(missing.stderr).toContain('Check the path');
  }, 60_000);
});
