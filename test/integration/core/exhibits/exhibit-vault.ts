import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CaseRepository } from '../../../../electron/main/core/cases/case-repository';
import { ExhibitRepository } from '../../../../electron/main/core/exhibits/exhibit-repository';
import { createVault } from '../../../../electron/main/core/vault/vault';
import { newCaseFile } from '../../../../shared/case-model';
import { PASSPHRASE, TEST_PROFILE } from '../../../helpers/vault-files';

/**
 * A new vault under `root` with one case and its exhibit repository, for the exhibit tests:
 * `file()` writes an incoming file (outside the vault) and returns its path; `blobs()` lists the
 * vault's blob folder.
 */
export async function exhibitVault(root: string) {
  const dir = path.join(root, 'vault');
  const { vault } = await createVault(dir, PASSPHRASE, TEST_PROFILE);
  const cases = new CaseRepository(vault);
  const kase = await cases.insert(newCaseFile({ nameLatin: 'Intiqam Əliyev', status: 'detained' }), 'Leyla');
  const exhibits = new ExhibitRepository(vault, (id) => cases.exists(id));
  const incoming = path.join(root, 'incoming');
  await fs.mkdir(incoming);
  const file = async (name: string, data: Buffer) => {
    const p = path.join(incoming, name);
    await fs.writeFile(p, data);
    return p;
  };
  const blobs = () => fs.readdir(path.join(dir, 'blobs')).catch(() => [] as string[]);
  return { root, dir, vault, caseId: kase.id, exhibits, file, blobs };
}
