import type { DamageReport } from '../../main/core/vault/vault';
import { EXIT } from '../exit-codes';
import { println, type Io } from '../io';
import { withVault } from '../vault-access';

function describeDamage(d: DamageReport): string {
  const record = d.record ? `record ${d.record.id} (${d.record.type}, revision ${d.record.rev})` : '';
  switch (d.reason) {
    case 'unauthentic':
      return `DAMAGED ${record} in ${d.segment} at byte ${d.offset}: fails its integrity check`;
    case 'chain-broken':
      return `DAMAGED audit chain before ${record} in ${d.segment} at byte ${d.offset}: an earlier revision was removed or altered`;
    case 'unreadable-bytes':
      return `DAMAGED ${d.length} unreadable bytes in ${d.segment} at byte ${d.offset}`;
    case 'truncated':
      return 'DAMAGED the log ends before the last position Habeas recorded: revisions were removed from its end (or an older copy of the vault was put back)';
    case 'head-invalid':
      return 'DAMAGED head.json was altered outside Habeas, so removal of recent revisions cannot be ruled out';
  }
}

/** Authenticates every revision of every record; exit 0 only if all are intact. */
export async function verify(io: Io, dir: string, json: boolean): Promise<number> {
  const report = await withVault(io, dir, 'read', (vault) => vault.verify());
  if (json) {
    println(io.stdout, JSON.stringify(report, null, 2));
  } else {
    println(io.stdout, `Records: ${report.records}, revisions checked: ${report.revisions}.`);
    if (report.tornWrites > 0) {
      // A crash leaves exactly this; so would someone cutting the file short. Say both.
      println(io.stdout, `Cut-off writes at the end of the log: ${report.tornWrites}. Normally an interrupted save that was never confirmed; if Habeas never crashed or lost power here, the file may have been shortened.`);
    }
    for (const d of report.damaged) println(io.stdout, describeDamage(d));
    println(io.stdout, report.ok ? 'Vault intact.' : `Vault damaged: ${report.damaged.length} problem(s). Restore the listed records from a backup.`);
  }
  return report.ok ? EXIT.ok : EXIT.damaged;
}
