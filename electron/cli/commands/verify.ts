import { ExhibitRepository, type ExhibitCheck } from '../../main/core/exhibits/exhibit-repository';
import type { AuditFinding } from '../../main/core/vault/audit';
import { EXIT } from '../exit-codes';
import { println, quotedName, type Io } from '../io';
import { withVault } from '../vault-access';

const recordName = (r: { id: string; type: string; rev: number }) => `record ${r.id} (${r.type}, revision ${r.rev})`;
const place = (segment: string, offset: number) => `${segment}, byte ${offset}`;

/**
 * One line per problem, naming the audit event it concerns (its position in the log), e.g.
 *   DAMAGED audit event #17: record <id> (case, revision 3) — fails its integrity check (000001.log, byte 5120)
 * Every line starts with "DAMAGED"; scripts may rely on that and on "audit event #<n>".
 */
export function describeFinding({ damage: d, event, afterEvent }: AuditFinding): string {
  const at = event === undefined ? '' : `audit event #${event}: `;
  switch (d.reason) {
    case 'unauthentic':
      return `DAMAGED ${at}${d.record ? recordName(d.record) : 'a revision'} — fails its integrity check (${place(d.segment, d.offset)})`;
    case 'chain-broken':
      return `DAMAGED ${at}${d.record ? recordName(d.record) : 'a revision'} — the audit chain breaks before it: an earlier revision was removed, inserted, reordered or altered (${place(d.segment, d.offset)})`;
    case 'unreadable-bytes':
      return event === undefined
        ? `DAMAGED ${d.length} unreadable bytes ${afterEvent === 0 ? 'at the start of the log' : `after audit event #${afterEvent}`} (${place(d.segment, d.offset)}) — the audit chain runs past them intact, so no revision is missing there`
        : `DAMAGED ${at}${d.length} unreadable bytes (${place(d.segment, d.offset)}) — the revision stored there cannot be read or named`;
    case 'truncated':
      return `DAMAGED the log ends before the last position Habeas recorded: revisions were removed from its end (or an older copy of the vault was put back); it now ends after audit event #${afterEvent}`;
    case 'head-invalid':
      return 'DAMAGED head.json was altered outside Habeas, so removal of recent revisions cannot be ruled out';
  }
}

/** Damage entries as `--json` prints them: as the core reports them, plus the audit event concerned. */
export function damageJson(findings: readonly AuditFinding[]) {
  return findings.map(({ damage, event, afterEvent }) => ({ ...damage, ...(event === undefined ? {} : { event }), afterEvent }));
}

/** Authenticates every revision of every record and follows the audit chain; exit 0 only if all are intact. */
/** One line per damaged exhibit: `DAMAGED exhibit <id> ("name", case <id>) — what is wrong`. */
export function describeExhibit({ exhibit, message }: ExhibitCheck): string {
  return `DAMAGED exhibit ${exhibit.id} (${quotedName(exhibit.originalName)}, case ${exhibit.caseId}) — ${message ?? 'damaged'}`;
}

/**
 * Authenticates every revision of every record, follows the audit chain, and decrypts every chunk
 * of every exhibit and checks its SHA-256; exit 0 only if all are intact.
 */
export async function verify(io: Io, dir: string, json: boolean): Promise<number> {
  const { audit, exhibits, orphans } = await withVault(io, dir, 'read', async (vault, cases) => {
    const repository = new ExhibitRepository(vault, (id) => cases.exists(id));
    return { audit: await vault.audit(), exhibits: await repository.check(), orphans: await repository.unreferencedBlobs() };
  });
  const { verify: report, findings, events } = audit;
  const damagedExhibits = exhibits.filter((c) => !c.ok);
  const ok = report.ok && damagedExhibits.length === 0;
  if (json) {
    const exhibitJson = exhibits.map((c) => ({ id: c.exhibit.id, caseId: c.exhibit.caseId, ok: c.ok, ...(c.message ? { problem: c.message } : {}) }));
    println(io.stdout, JSON.stringify({ ...report, ok, events: events.length, damaged: damageJson(findings), exhibits: exhibitJson, unreferencedBlobs: orphans }, null, 2));
  } else {
    println(io.stdout, `Records: ${report.records}, revisions checked: ${report.revisions}, audit events: ${events.length}, exhibits checked: ${exhibits.length}.`);
    if (report.tornWrites > 0) {
      // A crash leaves exactly this; so would someone cutting the file short. Say both.
      println(io.stdout, `Cut-off writes at the end of the log: ${report.tornWrites}. Normally an interrupted save that was never confirmed; if Habeas never crashed or lost power here, the file may have been shortened.`);
    }
    for (const finding of findings) println(io.stdout, describeFinding(finding));
    for (const check of damagedExhibits) println(io.stdout, describeExhibit(check));
    // Not damage (a crash between writing a file and recording it leaves one), but worth knowing:
    // if an exhibit record was damaged, its file is among these.
    for (const name of orphans) println(io.stdout, `NOTE blobs/${name} belongs to no exhibit record (an attach interrupted before it was recorded, or a damaged record); kept, not deleted.`);
    const problems = report.damaged.length + damagedExhibits.length;
    println(io.stdout, ok ? 'Vault intact.' : `Vault damaged: ${problems} problem(s). Restore the listed records and exhibits from a backup.`);
  }
  return ok ? EXIT.ok : EXIT.damaged;
}
