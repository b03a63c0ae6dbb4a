import type { ActorOf, AuditEvent } from '../../main/core/vault/audit';
import { EXIT } from '../exit-codes';
import { println, type Io } from '../io';
import { withVault } from '../vault-access';
import { damageJson, describeFinding } from './verify';

/**
 * Case revisions carry the profile that saved them as `savedBy` inside their sealed data (never in
 * the plaintext meta, where anyone with the laptop could read who worked on which case).
 */
const caseActor: ActorOf = (data, record) => {
  if (record.type !== 'case' || typeof data !== 'object' || data === null) return undefined;
  const savedBy = (data as { savedBy?: unknown }).savedBy;
  return typeof savedBy === 'string' ? savedBy : undefined;
};

const HASH_SHOWN = 12;

/** Text from the vault on a terminal: control characters could move the cursor or rewrite lines. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const printable = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');

function row(e: AuditEvent): string[] {
  if (e.kind === 'unreadable') return [`#${e.seq}`, '—', '—', '—', '—', '—', '—', '—', `DAMAGED: ${e.length} unreadable bytes (${e.segment}, byte ${e.offset})`];
  const note = e.problem === 'unauthentic' ? 'DAMAGED: fails its integrity check' : e.problem === 'chain-broken' ? 'DAMAGED: chain breaks before this event' : '';
  return [`#${e.seq}`, e.savedAt ?? '—', e.type, e.id, String(e.rev), e.actor === undefined ? '—' : printable(e.actor), e.hash.slice(0, HASH_SHOWN), e.prev.slice(0, HASH_SHOWN), note];
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => [...(r[col] ?? '')].length)));
  return rows.map((r) => r.map((cell, col) => cell + ' '.repeat(widths[col]! - [...cell].length)).join('  ').trimEnd()).join('\n');
}

/**
 * Lists the audit log: every revision ever saved, oldest first, with its hash and the hash of the
 * event before it. Exit 0 only if the log is intact, like `verify` (the same problems are listed).
 */
export async function audit(io: Io, dir: string, json: boolean): Promise<number> {
  const { events, findings, verify } = await withVault(io, dir, 'read', (vault) => vault.audit({ actorOf: caseActor }));
  if (json) {
    println(io.stdout, JSON.stringify({ ok: verify.ok, events, damaged: damageJson(findings) }, null, 2));
  } else if (events.length === 0 && findings.length === 0) {
    println(io.stderr, 'The audit log is empty: nothing has been saved in this vault yet.');
  } else {
    println(io.stdout, table([['EVENT', 'SAVED', 'TYPE', 'RECORD', 'REV', 'BY', 'HASH', 'PREV', ''], ...events.map(row)]));
    // Problems that belong to no single event (stray bytes, the end of the log) only show up here.
    for (const finding of findings.filter((f) => f.event === undefined)) println(io.stdout, describeFinding(finding));
    println(io.stdout, verify.ok ? `${events.length} event(s); the chain is intact.` : `Audit log damaged: ${verify.damaged.length} problem(s). Run 'habeas verify' for details.`);
  }
  return verify.ok ? EXIT.ok : EXIT.damaged;
}
