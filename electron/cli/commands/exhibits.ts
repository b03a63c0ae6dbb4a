import path from 'node:path';
import type { Exhibit } from '../../../shared/exhibits';
import { EXHIBIT_LINK_KINDS, type ExhibitLink } from '../../../shared/exhibits';
import type { CaseRepository } from '../../main/core/cases/case-repository';
import { ExhibitRepository, type Receipt } from '../../main/core/exhibits/exhibit-repository';
import type { Vault } from '../../main/core/vault/vault';
import { UsageError } from '../secrets';
import { EXIT } from '../exit-codes';
import { println, quotedName, type Io } from '../io';
import { savedBy as actor, withVault } from '../vault-access';

const exhibitsOf = (vault: Vault, cases: CaseRepository) =>
  new ExhibitRepository(
    vault,
    (id) => cases.exists(id),
    (id) => cases.get(id).file,
  );


/** `habeas attach`: encrypts a file into the vault as an exhibit of a case and prints its id and SHA-256. */
export async function attach(io: Io, dir: string, caseId: string, file: string, receipt: Receipt): Promise<number> {
  const exhibit = await withVault(io, dir, 'write', (vault, cases) => exhibitsOf(vault, cases).attach(caseId, path.resolve(file), receipt, actor(vault)));
  println(io.stdout, `${exhibit.id}  sha256 ${exhibit.sha256}  ${exhibit.mediaType}, ${exhibit.size} bytes`);
  return EXIT.ok;
}

function describe(e: Exhibit): string {
  return `${e.id}  ${e.sha256.slice(0, 12)}  ${e.mediaType}  ${e.size} bytes  received ${e.receivedAt}  ${quotedName(e.originalName)}${e.purgedAt ? '  (removed; file purged)' : e.removedAt ? '  (removed)' : ''}`;
}

/** `habeas exhibit list`: the exhibits of a case. */
export async function exhibitList(io: Io, dir: string, caseId: string, json: boolean): Promise<number> {
  const exhibits = await withVault(io, dir, 'read', async (vault, cases) => {
    if (!cases.exists(caseId)) return null;
    return exhibitsOf(vault, cases).list(caseId);
  });
  if (exhibits === null) {
    println(io.stderr, 'habeas: no case with this id exists in the vault.');
    return EXIT.notFound;
  }
  if (json) println(io.stdout, JSON.stringify(exhibits, null, 2));
  else if (exhibits.length === 0) println(io.stderr, 'This case has no exhibits yet. Add one with: habeas attach <vault> <case-id> <file>');
  else for (const e of exhibits) println(io.stdout, describe(e));
  return EXIT.ok;
}

/** `habeas exhibit export`: writes the original file and a .sha256 beside it; recorded in the custody log. */
export async function exhibitExport(io: Io, dir: string, exhibitId: string, target: string, note?: string): Promise<number> {
  const resolved = path.resolve(target);
  const { exhibit, sidecar } = await withVault(io, dir, 'write', (vault, cases) => exhibitsOf(vault, cases).export(exhibitId, resolved, actor(vault), note));
  println(io.stdout, `wrote ${resolved} (${exhibit.size} bytes) and ${sidecar}`);
  println(io.stderr, 'habeas: the exported file is not encrypted. Keep it only as long as needed.');
  return EXIT.ok;
}

/** `habeas exhibit remove`: takes an exhibit off its case; its record and file stay (history, verify). */
export async function exhibitRemove(io: Io, dir: string, exhibitId: string, reason?: string): Promise<number> {
  const exhibit = await withVault(io, dir, 'write', (vault, cases) => exhibitsOf(vault, cases).remove(exhibitId, actor(vault), reason));
  println(io.stdout, `removed ${exhibit.id} from case ${exhibit.caseId}; its file stays in the vault until purged`);
  return EXIT.ok;
}

/** `habeas exhibit purge`: deletes a removed exhibit's file for good; recorded in its custody log. */
export async function exhibitPurge(io: Io, dir: string, exhibitId: string, reason: string): Promise<number> {
  const exhibit = await withVault(io, dir, 'write', (vault, cases) => exhibitsOf(vault, cases).purge(exhibitId, actor(vault), reason));
  println(io.stdout, `purged the file of ${exhibit.id}; its record and custody log remain`);
  return EXIT.ok;
}

/** `habeas exhibit link`: links an exhibit to a charge, hearing, incident, source, intervention or criterion. */
export async function exhibitLink(io: Io, dir: string, exhibitId: string, kind: string, entityId: string): Promise<number> {
  if (!(EXHIBIT_LINK_KINDS as readonly string[]).includes(kind)) throw new UsageError(`<kind> is one of: ${EXHIBIT_LINK_KINDS.join(', ')}.`);
  const link = { kind: kind as ExhibitLink['kind'], id: entityId };
  const exhibit = await withVault(io, dir, 'write', (vault, cases) => exhibitsOf(vault, cases).link(exhibitId, link));
  println(io.stdout, `linked ${exhibit.id} to ${kind} ${entityId}`);
  return EXIT.ok;
}
