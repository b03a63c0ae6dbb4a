import { scanForCanaries, type CanaryHit, type Needle, type ScanReport } from './canary-scan';
import type { RunDirs } from './temp-dirs';

export interface RunScan {
  /** One report per directory, labelled. */
  reports: Array<{ label: string; dir: string; report: ScanReport }>;
  hits: CanaryHit[];
  summary: string;
}

/** Scans every directory the run wrote: the vault, Chromium's profile, $HOME and $TMPDIR, and the test's $TMPDIR. */
export async function scanRunDirs(dirs: RunDirs, needles: readonly Needle[], secretLabels: readonly string[]): Promise<RunScan> {
  const targets: Array<[string, string]> = [
    ['vault', dirs.vault],
    ['chromium profile (user-data-dir)', dirs.profile],
    ['chromium $HOME', dirs.home],
    ['chromium $TMPDIR', dirs.browserTmp],
    ['test process $TMPDIR', dirs.nodeTmp],
  ];
  const reports: RunScan['reports'] = [];
  for (const [label, dir] of targets) reports.push({ label, dir, report: await scanForCanaries([dir], needles, { secretLabels }) });
  const summary = reports
    .map(({ label, report: r }) => {
      const extras = [r.skipped.length ? `${r.skipped.length} links/sockets skipped` : '', r.vanished.length ? `${r.vanished.length} vanished while scanning` : ''].filter(Boolean);
      return `  ${label}: ${r.files} files, ${r.bytes} bytes, ${r.hits.length} hits${extras.length ? `, ${extras.join(', ')}` : ''}`;
    })
    .join('\n');
  return { reports, hits: reports.flatMap((r) => r.report.hits), summary };
}
