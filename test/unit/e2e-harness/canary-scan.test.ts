import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeAs, patternsFor, scanForCanaries, type Needle } from '../../e2e/harness/canary-scan';

// A scanner that cannot fail is a defect: these tests plant needles and insist they are found.
const NEEDLES: Needle[] = [
  { label: 'latin name', text: 'Intiqam Əliyev' },
  { label: 'native name', text: 'Интигам Алиев' },
  { label: 'canary', text: 'CANARY-5e1f-Δ' },
  { label: 'passphrase', text: 'correct horse şəki battery' },
];

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'habeas-canary-unit-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const noise = (n: number, seed = 7) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 31 + seed) % 251));
const planted = (text: string, encoding: 'utf8' | 'utf16le' | 'utf16be', before = 100, after = 100) =>
  Buffer.concat([noise(before), encodeAs(text, encoding), noise(after, 3)]);

describe('canary scan', () => {
  it('finds no hits in clean files but counts every file and byte', async () => {
    await writeFile(path.join(root, 'a.bin'), noise(5000));
    await mkdir(path.join(root, 'sub', 'deeper'), { recursive: true });
    await writeFile(path.join(root, 'sub', 'deeper', 'b.txt'), 'Nothing to see: Intiqa m, Алие в');
    const report = await scanForCanaries([root], NEEDLES);
    expect(report.hits).toEqual([]);
    expect(report.files).toBe(2);
    expect(report.bytes).toBe(5000 + Buffer.byteLength('Nothing to see: Intiqa m, Алие в'));
  });

  it.each(['utf8', 'utf16le', 'utf16be'] as const)('finds planted needles encoded as %s', async (encoding) => {
    await mkdir(path.join(root, 'nested'), { recursive: true });
    await writeFile(path.join(root, 'nested', 'latin.bin'), planted('Intiqam Əliyev', encoding));
    await writeFile(path.join(root, 'native.bin'), planted('Интигам Алиев', encoding));
    await writeFile(path.join(root, 'canary.bin'), planted('x CANARY-5e1f-Δ y', encoding));
    const report = await scanForCanaries([root], NEEDLES);
    const found = report.hits.map((h) => [path.relative(root, h.file), h.needle, h.encoding, h.offset]);
    expect(found).toEqual(
      expect.arrayContaining([
        [path.join('nested', 'latin.bin'), 'latin name', encoding, 100],
        ['native.bin', 'native name', encoding, 100],
        ['canary.bin', 'canary', encoding, 100 + encodeAs('x ', encoding).length],
      ]),
    );
    expect(new Set(report.hits.map((h) => h.encoding))).toEqual(new Set([encoding]));
  });

  it('finds case-folded and Azerbaijani-folded forms (search indexes lower-case names)', async () => {
    await writeFile(path.join(root, 'index-default.bin'), planted('intiqam əliyev', 'utf8'));
    await writeFile(path.join(root, 'index-az.bin'), planted('ıntiqam əliyev', 'utf16le'));
    await writeFile(path.join(root, 'upper.bin'), planted('ИНТИГАМ АЛИЕВ', 'utf8'));
    const report = await scanForCanaries([root], NEEDLES);
    const byFile = Object.fromEntries(report.hits.map((h) => [path.basename(h.file), h.variant]));
    expect(byFile).toEqual({ 'index-default.bin': 'intiqam əliyev', 'index-az.bin': 'ıntiqam əliyev', 'upper.bin': 'ИНТИГАМ АЛИЕВ' });
  });

  it('finds a needle that straddles a read-chunk boundary, and at the very start and end of a file', async () => {
    const needle = encodeAs('CANARY-5e1f-Δ', 'utf16le');
    for (let split = 1; split < needle.length; split += 3) {
      await writeFile(path.join(root, `split-${split}.bin`), Buffer.concat([noise(64 - split), needle, noise(64)]));
    }
    await writeFile(path.join(root, 'start.bin'), Buffer.concat([needle, noise(10)]));
    await writeFile(path.join(root, 'end.bin'), Buffer.concat([noise(10), needle]));
    await writeFile(path.join(root, 'only.bin'), needle);
    const report = await scanForCanaries([root], NEEDLES, { chunkSize: 64 });
    const files = report.hits.map((h) => path.basename(h.file)).sort();
    const expected = ['end.bin', 'only.bin', 'start.bin'];
    for (let split = 1; split < needle.length; split += 3) expected.push(`split-${split}.bin`);
    expect(files).toEqual(expected.sort());
  });

  it('reports every occurrence once, even across chunk overlaps', async () => {
    const one = encodeAs('Алиев', 'utf8');
    await writeFile(path.join(root, 'many.bin'), Buffer.concat([one, noise(5), one, noise(40), one]));
    const report = await scanForCanaries([root], [{ label: 'surname', text: 'Алиев' }], { chunkSize: 16 });
    expect(report.hits.map((h) => h.offset)).toEqual([0, one.length + 5, 2 * one.length + 45]);
  });

  it('never prints a secret needle in the report', async () => {
    await writeFile(path.join(root, 'leak.bin'), planted('correct horse şəki battery', 'utf8'));
    const report = await scanForCanaries([root], NEEDLES, { secretLabels: ['passphrase'] });
    expect(report.hits).toHaveLength(1);
    expect(report.hits[0]).toMatchObject({ needle: 'passphrase', variant: '(secret)', encoding: 'utf8' });
    expect(JSON.stringify(report)).not.toContain('horse');
  });

  it('refuses a root that does not exist instead of reporting a clean scan', async () => {
    await expect(scanForCanaries([path.join(root, 'missing')], NEEDLES)).rejects.toThrow(/does not exist/);
  });

  it('does not follow symlinks out of the tree but lists them', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'habeas-canary-outside-'));
    try {
      await writeFile(path.join(outside, 'secret.txt'), 'Intiqam Əliyev');
      await symlink(path.join(outside, 'secret.txt'), path.join(root, 'link'));
      const report = await scanForCanaries([root], NEEDLES);
      expect(report.hits).toEqual([]);
      expect(report.skipped).toEqual([path.join(root, 'link')]);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('expands each needle into cased, normalised and encoded patterns', () => {
    const patterns = patternsFor([{ label: 'n', text: 'é' }]);
    const hex = new Set(patterns.map((p) => `${p.encoding}:${p.bytes.toString('hex')}`));
    expect(hex).toEqual(
      new Set([
        'utf8:c3a9', 'utf16le:e900', 'utf16be:00e9', // é NFC
        'utf8:65cc81', 'utf16le:65000103', 'utf16be:00650301', // e + combining acute (NFD)
        'utf8:c389', 'utf16le:c900', 'utf16be:00c9', // É
        'utf8:45cc81', 'utf16le:45000103', 'utf16be:00450301',
      ]),
    );
    expect(() => patternsFor([{ label: 'empty', text: '' }])).toThrow(/empty/);
  });
});
