import { parseArgs } from 'node:util';
import { HabeasError } from '../../shared/ipc/errors';
import { caseAdd, caseList, casePut, caseSearch, caseShow } from './commands/cases';
import { demo } from './commands/demo';
import { init } from './commands/init';
import { schema } from './commands/schema';
import { passwd, recover } from './commands/passwd';
import { verify } from './commands/verify';
import { attach, exhibitExport, exhibitLink, exhibitList, exhibitPurge, exhibitRemove } from './commands/exhibits';
import { audit } from './commands/audit';
import { bench } from './commands/bench';
import { audienceOption, dossier, report, sectionsOption } from './commands/reports';
import { EXIT, exitCodeFor } from './exit-codes';
import { println, processIo, type Io } from './io';
import { UsageError } from './secrets';

export const USAGE = `habeas — encrypted case files on political prisoners (command line)

Usage:
  habeas init <vault-dir>                       create a vault; prints the recovery key once
  habeas demo <vault-dir>                       create a vault of 40 synthetic, fictional cases to try Habeas with
  habeas case add <vault-dir> --name <text> [--name-native <text>] [--status <status>]
                                                add a case; prints its id. Give "-" as a name to
                                                read it from standard input instead: names on the
                                                command line end up in the shell history
  habeas case list <vault-dir> [--json]         list cases
  habeas case show <vault-dir> <id> [--json]    show one case; --json prints the whole case document
  habeas case put <vault-dir> <file.json|-> [--expect-revision <n>]
                                                create or update a whole case from a JSON document
                                                (the shape 'case show --json' prints; see
                                                docs/case-format.md); invalid fields are named
  habeas case search <vault-dir> <query> [--json]
                                                find cases by any text, in any script: "aliyev",
                                                "Əliyev" and "Алиев" find the same person
  habeas attach <vault-dir> <case-id> <file> [--received-from <text>] [--method <text>] [--note <text>]
                [--derived-from <exhibit-id> --derivation <text>]
                                                encrypt a file into the vault as an exhibit of a
                                                case (type recognised from its content); prints its
                                                id and SHA-256; records who it came from and how;
                                                --derived-from marks a working copy (a redaction,
                                                an excerpt, a translation) of another exhibit
  habeas exhibit list <vault-dir> <case-id> [--json]
                                                list a case's exhibits (type, size, SHA-256 prefix)
  habeas exhibit export <vault-dir> <exhibit-id> <path> [--note <text>]
                                                write the original file (decrypted) and <path>.sha256,
                                                and record the export in the custody log
  habeas exhibit link <vault-dir> <exhibit-id> <kind> <entity-id>
                                                link an exhibit to a charge, hearing, incident,
                                                source, intervention or assessment_criterion of its case
  habeas exhibit remove <vault-dir> <exhibit-id> [--reason <text>]
                                                take an exhibit off its case (kept in history; its
                                                file stays until purged)
  habeas exhibit purge <vault-dir> <exhibit-id> --reason <text> --yes
                                                delete a removed exhibit's file for good (recorded)
  habeas dossier <vault-dir> <case-id> --audience <public|court|un|internal> --out <file.pdf>
                [--lang en|az|ru] [--sections <list>] [--date <iso>] [--force]
                                                a PDF dossier of one case with only what the audience
                                                may see (public: public fields; court and un: also
                                                restricted ones, less what each excludes; internal:
                                                everything). --sections: comma-separated from
                                                profile, detention, proceedings, sentence, treatment,
                                                assessment, findings, interventions, sources,
                                                exhibits, timeline. --date fixes the creation date
                                                (same data, same bytes). --force replaces --out
  habeas report <vault-dir> --audience <public|court|un|internal> --out <file.pdf>
                [--status <s>]... [--category <c>]... [--article <a>]... [--lang en|az|ru]
                [--title <text>] [--date <iso>] [--force]
                                                a list of political prisoners (numbered, grouped
                                                by category, with statistics and charts) of the
                                                cases matching every filter given
  habeas schema                                 print the JSON Schema of the case document
  habeas passwd <vault-dir>                     change the passphrase
  habeas recover <vault-dir>                    forgotten passphrase: unlock with the recovery key, set a new one
  habeas verify <vault-dir> [--json]            authenticate every record and revision, the audit
                                                chain, and every chunk and SHA-256 of every exhibit
  habeas audit <vault-dir> [--json]             list the audit log: every saved revision, oldest first
  habeas bench [--cases <n>] [--json <file>]    benchmark the vault on synthetic cases

Statuses: detained, released, convicted, under_investigation, other

Secrets are never taken from the command line. They come from the environment or are typed at a
prompt without echo:
  HABEAS_PASSPHRASE       the vault passphrase (for init: the new vault's passphrase)
  HABEAS_NEW_PASSPHRASE   the new passphrase for passwd and recover
  HABEAS_RECOVERY_KEY     the recovery key for recover

Exit codes: 0 ok, 1 unexpected failure, 2 usage error, 3 wrong passphrase or recovery key,
4 damaged vault (or tampered key-derivation settings), 5 vault in use by another program,
6 vault or case not found, 7 a vault already exists there.
`;

const SECRET_FLAGS = ['--passphrase', '--password', '--new-passphrase', '--recovery-key'];

type Command = (io: Io, positionals: string[], values: Record<string, string | boolean | string[] | undefined>) => Promise<number>;

function pdfTarget(v: Record<string, unknown>): { out: string; overwrite: boolean } {
  if (typeof v.out !== 'string' || v.out.trim() === '') throw new UsageError('--out <file.pdf> is required.');
  return { out: v.out, overwrite: v.force === true };
}

function need(positionals: string[], count: number, what: string): string[] {
  if (positionals.length !== count) throw new UsageError(`Expected ${what}.`);
  return positionals;
}

const COMMANDS: Record<string, Command> = {
  init: (io, p) => init(io, need(p, 1, '<vault-dir>')[0]!),
  demo: (io, p) => demo(io, need(p, 1, '<vault-dir>')[0]!),
  'case add': (io, p, v) => {
    const [dir] = need(p, 1, '<vault-dir>');
    if (typeof v.name !== 'string') throw new UsageError('--name <text> is required.');
    return caseAdd(io, dir!, {
      name: v.name,
      ...(typeof v['name-native'] === 'string' ? { nameNative: v['name-native'] } : {}),
      ...(typeof v.status === 'string' ? { status: v.status } : {}),
    });
  },
  'case list': (io, p, v) => caseList(io, need(p, 1, '<vault-dir>')[0]!, v.json === true),
  'case show': (io, p, v) => {
    const [dir, id] = need(p, 2, '<vault-dir> <id>');
    return caseShow(io, dir!, id!, v.json === true);
  },
  'case put': (io, p, v) => {
    const [dir, file] = need(p, 2, '<vault-dir> <file.json>');
    const expect = typeof v['expect-revision'] === 'string' ? Number(v['expect-revision']) : undefined;
    if (expect !== undefined && (!Number.isInteger(expect) || expect < 1)) throw new UsageError('--expect-revision must be a revision number (1 or more).');
    return casePut(io, dir!, file!, expect);
  },
  'case search': (io, p, v) => {
    const [dir, query] = need(p, 2, '<vault-dir> <query>');
    return caseSearch(io, dir!, query!, v.json === true);
  },
  attach: (io, p, v) => {
    const [dir, caseId, file] = need(p, 3, '<vault-dir> <case-id> <file>');
    const text = (key: string) => (typeof v[key] === 'string' ? (v[key] as string) : undefined);
    return attach(io, dir!, caseId!, file!, {
      ...(text('received-from') !== undefined ? { receivedFrom: text('received-from') } : {}),
      ...(text('method') !== undefined ? { method: text('method') } : {}),
      ...(text('note') !== undefined ? { note: text('note') } : {}),
      ...(text('derived-from') !== undefined ? { derivedFrom: text('derived-from') } : {}),
      ...(text('derivation') !== undefined ? { derivation: text('derivation') } : {}),
    });
  },
  'exhibit link': (io, p) => {
    const [dir, id, kind, entity] = need(p, 4, '<vault-dir> <exhibit-id> <kind> <entity-id>');
    return exhibitLink(io, dir!, id!, kind!, entity!);
  },
  'exhibit remove': (io, p, v) => {
    const [dir, id] = need(p, 2, '<vault-dir> <exhibit-id>');
    return exhibitRemove(io, dir!, id!, typeof v.reason === 'string' ? v.reason : undefined);
  },
  'exhibit purge': (io, p, v) => {
    const [dir, id] = need(p, 2, '<vault-dir> <exhibit-id>');
    if (typeof v.reason !== 'string' || v.reason.trim() === '') throw new UsageError('--reason <text> is required: the custody log records why the file was deleted.');
    if (v.yes !== true) throw new UsageError('Purging deletes the exhibit\'s file for good; nothing can bring it back. Add --yes to confirm.');
    return exhibitPurge(io, dir!, id!, v.reason);
  },
  'exhibit list': (io, p, v) => {
    const [dir, caseId] = need(p, 2, '<vault-dir> <case-id>');
    return exhibitList(io, dir!, caseId!, v.json === true);
  },
  'exhibit export': (io, p, v) => {
    const [dir, id, target] = need(p, 3, '<vault-dir> <exhibit-id> <path>');
    return exhibitExport(io, dir!, id!, target!, typeof v.note === 'string' ? v.note : undefined);
  },
  dossier: (io, p, v) => {
    const [dir, caseId] = need(p, 2, '<vault-dir> <case-id>');
    return dossier(
      io,
      dir!,
      caseId!,
      {
        audience: audienceOption(v.audience),
        ...(typeof v.lang === 'string' ? { lang: v.lang as 'en' } : {}),
        ...(v.sections !== undefined ? { sections: sectionsOption(v.sections) } : {}),
        ...(typeof v.date === 'string' ? { fixedDate: v.date } : {}),
      },
      pdfTarget(v),
    );
  },
  report: (io, p, v) => {
    const [dir] = need(p, 1, '<vault-dir>');
    const many = (key: string) => (Array.isArray(v[key]) ? (v[key] as string[]) : []);
    return report(
      io,
      dir!,
      {
        audience: audienceOption(v.audience),
        ...(typeof v.lang === 'string' ? { lang: v.lang as 'en' } : {}),
        ...(typeof v.title === 'string' ? { title: v.title } : {}),
        ...(typeof v.date === 'string' ? { fixedDate: v.date } : {}),
        filters: { statuses: many('status') as never[], categories: many('category') as never[], articles: many('article'), caseIds: [] },
      },
      pdfTarget(v),
    );
  },
  schema: (io, p) => {
    need(p, 0, 'no arguments');
    return schema(io);
  },
  passwd: (io, p) => passwd(io, need(p, 1, '<vault-dir>')[0]!),
  recover: (io, p) => recover(io, need(p, 1, '<vault-dir>')[0]!),
  verify: (io, p, v) => verify(io, need(p, 1, '<vault-dir>')[0]!, v.json === true),
  audit: (io, p, v) => audit(io, need(p, 1, '<vault-dir>')[0]!, v.json === true),
  bench: (io, p, v) => {
    need(p, 0, 'no positional arguments');
    const cases = typeof v.cases === 'string' ? Number(v.cases) : undefined;
    if (cases !== undefined && (!Number.isInteger(cases) || cases < 1 || cases > 1_000_000)) throw new UsageError('--cases must be a whole number from 1 to 1000000.');
    return bench(io, { ...(cases ? { cases } : {}), ...(typeof v.json === 'string' ? { jsonFile: v.json } : {}) });
  },
};

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  try {
    if (argv.some((a) => SECRET_FLAGS.some((f) => a === f || a.startsWith(`${f}=`)))) {
      throw new UsageError('Secrets are never accepted as arguments (other programs and shell history can read them). Use HABEAS_PASSPHRASE, HABEAS_NEW_PASSPHRASE or HABEAS_RECOVERY_KEY, or type them at the prompt.');
    }
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      println(io.stdout, USAGE);
      return argv.length === 0 ? EXIT.usage : EXIT.ok;
    }
    if (argv[0] === '--version') {
      println(io.stdout, '0.1.0');
      return EXIT.ok;
    }
    const twoWord = `${argv[0]} ${argv[1] ?? ''}`;
    const name = COMMANDS[twoWord] ? twoWord : argv[0]!;
    const command = COMMANDS[name];
    if (!command) throw new UsageError(`Unknown command '${argv[0]}'.`);
    const rest = argv.slice(name.split(' ').length);
    if (rest.includes('--help') || rest.includes('-h')) {
      println(io.stdout, USAGE);
      return EXIT.ok;
    }
    const { positionals, values } = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        name: { type: 'string' },
        'name-native': { type: 'string' },
        // `report` takes several of each filter (--status detained --status convicted).
        status: { type: 'string', multiple: name === 'report' },
        category: { type: 'string', multiple: true },
        article: { type: 'string', multiple: true },
        audience: { type: 'string' },
        lang: { type: 'string' },
        sections: { type: 'string' },
        date: { type: 'string' },
        title: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean' },
        json: { type: name === 'bench' ? 'string' : 'boolean' },
        cases: { type: 'string' },
        'expect-revision': { type: 'string' },
        'received-from': { type: 'string' },
        method: { type: 'string' },
        note: { type: 'string' },
        'derived-from': { type: 'string' },
        derivation: { type: 'string' },
        reason: { type: 'string' },
        yes: { type: 'boolean' },
      },
    });
    return await command(io, positionals, values);
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      println(io.stderr, `habeas: ${error.message}`);
      println(io.stderr, "Run 'habeas --help' for usage.");
      return EXIT.usage;
    }
    if (error instanceof HabeasError) {
      println(io.stderr, `habeas: ${error.message}`);
      return exitCodeFor(error.code);
    }
    throw error;
  }
}
