#!/usr/bin/env node
// Electronegativity (Doyensec) over the app's sources and build output, offline.
//
// - Scans a staged copy of electron/, renderer/, out/ (if built) and package.json, so global
//   checks (navigation limits, permission handler, CSP) see the whole app at once and nothing
//   under node_modules or test/ is scanned.
// - Excludes AvailableSecurityFixesGlobalCheck, the one check that needs the network. The tool
//   also tries to fetch translations with a 1 s timeout; that fails fast offline and is harmless.
// - Writes test-artifacts/electronegativity/{report.sarif,findings.json}.
// - Exits 1 on any finding of severity MEDIUM or higher that is not in
//   test/security/electronegativity-allow.json, 2 if the allowlist itself is malformed or the scan
//   fails or takes longer than 5 minutes.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const artifacts = join(root, 'test-artifacts', 'electronegativity');
const allowFile = join(root, 'test', 'security', 'electronegativity-allow.json');
const SCANNED = ['electron', 'renderer', 'out', 'package.json'];
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const GATE = { name: 'MEDIUM', value: 2 };
const TIMEOUT_MS = 5 * 60_000;

function fail(message) {
  console.error(`electronegativity: ${message}`);
  process.exit(2);
}

/** Every entry needs an id, a file (relative, forward slashes, "N/A" for global checks) and a reason. */
function loadAllowlist() {
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(allowFile, 'utf8'));
  } catch (error) {
    fail(`cannot read ${relative(root, allowFile)}: ${error.message}`);
  }
  if (!parsed || !Array.isArray(parsed.allow)) fail('the allowlist must be { "allow": [ … ] }');
  parsed.allow.forEach((entry, index) => {
    for (const key of ['id', 'file', 'reason']) {
      if (typeof entry?.[key] !== 'string' || entry[key].trim() === '') fail(`allowlist entry ${index} has no "${key}"`);
    }
    if (entry.reason.trim().length < 40) fail(`allowlist entry ${index} (${entry.id}) needs a real reason, not "${entry.reason}"`);
  });
  return parsed.allow;
}

/**
 * pdf.js, bundled into the renderer build as its own chunk and decoder scripts: a third-party
 * library with no Electron API in it, written with class private fields that the tool's parser
 * cannot read. Our code that uses it (renderer/src/features/exhibits) is scanned as source.
 */
const VENDORED = [/^out\/renderer\/assets\/pdfjs-[\w-]+\.js$/, /^out\/renderer\/pdfjs\//];

function stage() {
  const dir = mkdtempSync(join(tmpdir(), 'habeas-electronegativity-'));
  const skipped = [];
  const keep = (path) => {
    if (path.split(sep).includes('node_modules')) return false;
    const rel = relative(root, path).split(sep).join('/');
    if (VENDORED.some((pattern) => pattern.test(rel))) {
      skipped.push(rel);
      return false;
    }
    return true;
  };
  for (const name of SCANNED) {
    const source = join(root, name);
    if (!existsSync(source)) continue;
    cpSync(source, join(dir, name), { recursive: true, filter: keep });
  }
  if (skipped.length) console.log(`not scanned (vendored pdf.js, no Electron API): ${skipped.join(', ')}`);
  return dir;
}

/** The tool prints a notice when its translation download fails; everything else goes through. */
async function quietly(task) {
  const original = console.log;
  console.log = (...args) => {
    if (typeof args[0] === 'string' && args[0].startsWith('Could not retrieve updated translations')) return;
    original(...args);
  };
  try {
    return await task();
  } finally {
    console.log = original;
  }
}

function table(rows, headers) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

async function main() {
  const watchdog = setTimeout(() => fail(`scan did not finish within ${TIMEOUT_MS / 1000} s`), TIMEOUT_MS);
  watchdog.unref();
  const allow = loadAllowlist();
  const run = require('@doyensec/electronegativity');
  const electronVersion = require('electron/package.json').version;
  mkdirSync(artifacts, { recursive: true });
  const staged = stage();
  let result;
  try {
    result = await quietly(() =>
      run({
        input: staged,
        output: join(artifacts, 'report.sarif'),
        isSarif: true,
        customScan: [],
        excludeFromScan: EXCLUDED_CHECKS,
        isRelative: true,
        isVerbose: false,
        electronVersionOverride: electronVersion,
        parserPlugins: [],
      }),
    );
  } catch (error) {
    fail(`scan failed: ${error.stack ?? error}`);
  } finally {
    rmSync(staged, { recursive: true, force: true });
  }

  const findings = result.issues.map((issue) => {
    const file = String(issue.file).split(sep).join('/');
    const allowed = allow.find((entry) => entry.id === issue.id && entry.file === file);
    return {
      id: issue.id,
      severity: issue.severity.name,
      severityValue: issue.severity.value,
      confidence: issue.confidence.name,
      file,
      line: issue.location?.line ?? 0,
      column: issue.location?.column ?? 0,
      manualReview: Boolean(issue.manualReview),
      description: issue.description,
      allowedBecause: allowed?.reason ?? null,
    };
  });
  findings.sort((a, b) => b.severityValue - a.severityValue || a.id.localeCompare(b.id) || a.file.localeCompare(b.file) || a.line - b.line);
  const blocking = findings.filter((f) => f.severityValue >= GATE.value && !f.allowedBecause);
  const unusedAllow = allow.filter((entry) => !findings.some((f) => f.id === entry.id && f.file === entry.file));
  const parseErrors = result.errors.filter((e) => !e.tolerable);

  writeFileSync(
    join(artifacts, 'findings.json'),
    `${JSON.stringify({ electronVersion, excludedChecks: EXCLUDED_CHECKS, gate: GATE.name, findings, unusedAllow, parseErrors }, null, 2)}\n`,
  );

  console.log(`Electronegativity ${require('@doyensec/electronegativity/package.json').version} on ${SCANNED.join(', ')} (Electron ${electronVersion})`);
  console.log(`${result.globalChecks} global and ${result.atomicChecks} atomic checks; excluded: ${EXCLUDED_CHECKS.join(', ')}\n`);
  if (findings.length > 0) {
    const rows = findings.map((f) => [
      f.severity,
      f.confidence,
      f.id,
      f.file === 'N/A' ? '(global)' : `${f.file}:${f.line}`,
      f.severityValue < GATE.value ? 'below gate' : f.allowedBecause ? 'allowed (see allowlist)' : 'BLOCKING',
    ]);
    console.log(table(rows, ['severity', 'confidence', 'check', 'where', 'status']));
  } else {
    console.log('No findings.');
  }
  for (const error of parseErrors) console.log(`\nparse error in ${relative(staged, error.file)}: ${error.message}`);
  for (const entry of unusedAllow) console.log(`\nnote: allowlist entry ${entry.id} for ${entry.file} matched nothing; remove it`);
  console.log(`\nReport: ${relative(root, join(artifacts, 'report.sarif'))}, ${relative(root, join(artifacts, 'findings.json'))}`);

  if (parseErrors.length > 0) fail('some files could not be parsed, so they were not checked');
  if (blocking.length > 0) {
    console.error(`\n${blocking.length} finding(s) at ${GATE.name} or above are not allowlisted.`);
    process.exit(1);
  }
  console.log(`\nPassed: no unreviewed findings at ${GATE.name} or above.`);
}

await main();
