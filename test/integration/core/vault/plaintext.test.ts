import { stat, writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VaultSession } from '../../../../electron/main/core/session/vault-session';
import { CaseFile, caseFileSpec, type FieldSpec } from '../../../../shared/case-model';
import { describeHits, scanForCanaries, type Needle } from '../../../e2e/harness/canary-scan';
import { loadFullCase } from '../../../fixtures/cases/full-case';
import { useTempDirs } from '../../../helpers/temp-dirs';
import { listTree, PASSPHRASE } from '../../../helpers/vault-files';

const tempDir = useTempDirs('habeas-plaintext-');

const CANARY = 'CANARY-7f3a';
const LATIN = 'Intiqam Əliyev';
const NATIVE = 'Интигам Алиев';
const PROFILE = 'Leyla Yunus-CANARY-profile';

/** Fields whose text has a fixed format (a currency code) and cannot carry a canary. */
const FORMATTED = new Set(['fineCurrency']);

/**
 * The fully filled fixture with a numbered canary appended to every text of every entity (names,
 * prose, sources, family contacts, notes…), found by walking the field specs so a field added to
 * the model is covered without anyone remembering it. Returns the document and how many texts
 * carry a canary.
 */
function canaryCase(): { file: CaseFile; marked: string[] } {
  const marked: string[] = [];
  const mark = (text: string, where: string) => {
    marked.push(where);
    return `${text.slice(0, 40)} ${CANARY}.${marked.length}`;
  };
  const walk = (fields: Readonly<Record<string, FieldSpec>>, value: Record<string, unknown>, where: string): void => {
    for (const [key, spec] of Object.entries(fields)) {
      const v = value[key];
      const at = `${where}.${key}`;
      if (v === undefined || FORMATTED.has(key)) continue;
      if ((spec.input === 'line' || spec.input === 'prose') && typeof v === 'string') value[key] = mark(v, at);
      else if (spec.input === 'lines' && Array.isArray(v)) value[key] = v.map((s: string, i) => mark(s, `${at}.${i}`));
      else if (spec.input === 'group' || spec.input === 'entity') walk(spec.input === 'group' ? spec.fields : (spec.entity.fields as Record<string, FieldSpec>), v as Record<string, unknown>, at);
      else if (spec.input === 'entities' && Array.isArray(v)) v.forEach((item, i) => walk(spec.entity.fields as Record<string, FieldSpec>, item as Record<string, unknown>, `${at}.${i}`));
    }
  };
  const file = loadFullCase() as unknown as Record<string, unknown>;
  walk(caseFileSpec.fields as Record<string, FieldSpec>, file, 'case');
  return { file: CaseFile.parse(file), marked };
}

const fixture = loadFullCase();
const NEEDLES: Needle[] = [
  { label: 'canary', text: CANARY },
  { label: 'latin name', text: LATIN },
  { label: 'native name', text: NATIVE },
  ...['Intiqam', 'Əliyev', 'Aliyev', 'Интигам', 'Алиев'].map((text) => ({ label: `name part ${text}`, text })),
  // The fixture's own names, in every script it has them.
  ...fixture.person.names.flatMap((n) => [n.full, n.family].filter((t): t is string => t !== undefined)).map((text) => ({ label: `fixture name ${text}`, text })),
  ...fixture.person.familyContacts.map((c) => ({ label: `family contact ${c.name}`, text: c.name })),
  ...fixture.sources.map((s) => ({ label: `source ${s.name}`, text: s.name })),
  { label: 'edited name', text: 'Qəmbər' },
  { label: 'profile name', text: PROFILE },
  // Field names and codes of case data would show that plaintext JSON reached the disk.
  ...['nameLatin', 'schemaVersion', 'familyContacts', 'sourceIds', 'paceCriteria', 'savedBy'].map((text) => ({ label: `field name ${text}`, text })),
  ...['under_investigation', 'journalist_blogger', 'detention_on_remand'].map((text) => ({ label: `code ${text}`, text })),
  { label: 'passphrase', text: PASSPHRASE },
  { label: 'new passphrase', text: 'second passphrase Ğ' },
];
const SECRET = ['passphrase', 'new passphrase'];

describe('no plaintext on disk', () => {
  it('leaves no case text, canary or passphrase in any file, in any encoding, after a full session with fully filled cases', async () => {
    const root = await tempDir();
    const dir = path.join(root, 'vault');
    const session = new VaultSession({ dir, kdfProfile: 'test', program: 'plaintext test' });
    const { recoveryKey } = await session.create(PASSPHRASE);
    await session.setProfileName(PROFILE);
    const created = await session.createCase({ nameLatin: `${CANARY} ${LATIN} Aliyev`, nameNative: NATIVE, status: 'detained' });

    // The whole fixture, every text carrying a canary, saved over the new case…
    const { file, marked } = canaryCase();
    expect(marked.length).toBeGreaterThan(100);
    for (const where of ['case.person.names.0.full', 'case.person.familyContacts.0.name', 'case.person.familyContacts.0.contact', 'case.sources.0.name', 'case.sources.0.contact', 'case.summary', 'case.person.health', 'case.notes.0.text']) {
      expect(marked, where).toContain(where);
    }
    const full = await session.saveCase({ ...file, id: created.id, status: 'under_investigation' }, created.revision);
    // …then edited again, so history holds several full revisions.
    const names = full.file.person.names.map((n, i) => (i === 0 ? { ...n, full: `${CANARY} Qəmbər ${LATIN}` } : n));
    const edited = await session.saveCase({ ...full.file, person: { ...full.file.person, names } }, full.revision);
    for (let i = 0; i < 30; i++) await session.createCase({ nameLatin: `${LATIN} ${i}`, nameNative: `${NATIVE} ${CANARY}`, status: 'released' });
    await session.setAutoLockMinutes(9);
    await session.changePassphrase(PASSPHRASE, 'second passphrase Ğ');
    await session.lock('user');
    await session.unlockWithRecoveryKey(recoveryKey, 'second passphrase Ğ');
    const reread = session.getCase(edited.id);
    expect(reread.file.person.names[0]!.full).toContain('Qəmbər');
    expect(reread.savedBy).toBe(PROFILE);
    expect(session.caseHistory(edited.id)).toHaveLength(3);
    expect(reread.file.sources[0]!.contact).toContain(CANARY);
    // The list and the search texts, as the app reads them after unlocking: the list cache is written.
    expect(session.listCases(0, 100).items.map((c) => c.name)).toContain(`${CANARY} Qəmbər ${LATIN}`);
    expect(session.caseTexts(0, 100).texts.join('\n')).toContain(CANARY);
    await session.lock('user');

    const report = await scanForCanaries([root], NEEDLES, { secretLabels: SECRET });
    expect(report.files).toBeGreaterThanOrEqual(2);
    expect(report.hits, describeHits(report.hits)).toEqual([]);
    expect(await listTree(root)).toEqual(['vault/', 'vault/cache/', 'vault/cache/case-list.bin', 'vault/head.json', 'vault/header.json', 'vault/records/', 'vault/records/000001.log']);
  });

  it('the scan would have found a planted name (positive control)', async () => {
    const root = await tempDir();
    const dir = path.join(root, 'vault');
    const session = new VaultSession({ dir, kdfProfile: 'test' });
    await session.create(PASSPHRASE);
    await session.createCase({ nameLatin: LATIN, status: 'detained' });
    await session.lock('user');
    await writeFile(path.join(dir, 'records', 'planted.txt'), Buffer.from(`x${NATIVE.toLowerCase()}x`, 'utf16le'));
    await writeFile(path.join(dir, 'records', 'planted.json'), JSON.stringify(canaryCase().file.sources[0]));
    const report = await scanForCanaries([root], NEEDLES, { secretLabels: SECRET });
    const found = report.hits.map((h) => `${h.needle}/${h.encoding}`);
    expect(found).toContain('native name/utf16le');
    expect(found).toContain('canary/utf8');
    expect(found).toContain(`source ${fixture.sources[0]!.name}/utf8`);
    await rm(path.join(dir, 'records', 'planted.txt'));
    await rm(path.join(dir, 'records', 'planted.json'));
  });

  it.skipIf(process.platform === 'win32')('creates the vault private to its owner (0700 folders, 0600 files)', async () => {
    const dir = path.join(await tempDir(), 'vault');
    const session = new VaultSession({ dir, kdfProfile: 'test' });
    await session.create(PASSPHRASE);
    await session.createCase({ nameLatin: LATIN, status: 'detained' });
    for (const entry of ['', 'records']) expect(((await stat(path.join(dir, entry))).mode & 0o777).toString(8), entry || 'vault dir').toBe('700');
    for (const entry of ['header.json', 'vault.lock', 'records/000001.log']) expect(((await stat(path.join(dir, entry))).mode & 0o777).toString(8), entry).toBe('600');
    await session.lock('user');
  });
});
