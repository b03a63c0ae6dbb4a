import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, from this file's location (test/e2e/harness/). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** Where `npx electron-vite build` puts the renderer. */
export const BUILT_RENDERER_DIR = path.join(REPO_ROOT, 'out', 'renderer');

export function assertRendererBuilt(dir = BUILT_RENDERER_DIR): void {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) {
    const shown = index.startsWith(REPO_ROOT + path.sep) ? path.relative(REPO_ROOT, index) : index;
    throw new Error(`The e2e test needs the built renderer, but ${shown} does not exist. Run \`npm run build\` first (\`npm test\` does this before \`npm run test:e2e\`).`);
  }
}

/** The policy from `<meta http-equiv="Content-Security-Policy" content="…">`, or null. */
export function cspFromHtml(html: string): string | null {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    const attrs = new Map<string, string>();
    for (const m of tag.matchAll(/([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      attrs.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? '');
    }
    if (attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy') {
      return decodeEntities(attrs.get('content') ?? '').replace(/\s+/g, ' ').trim();
    }
  }
  return null;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Parses a policy into directive → source list. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** What the app's CSP must never allow; empty when the policy is acceptable. */
export function cspWeaknesses(policy: string): string[] {
  const csp = parseCsp(policy);
  const scriptSrc = csp.get('script-src') ?? csp.get('default-src');
  const problems: string[] = [];
  if (!scriptSrc) problems.push('no script-src or default-src');
  else {
    for (const bad of ["'unsafe-eval'", "'unsafe-inline'", '*', 'data:', 'blob:', 'http:', 'https:']) {
      if (scriptSrc.includes(bad)) problems.push(`script-src allows ${bad}`);
    }
  }
  if (!csp.has('default-src')) problems.push('no default-src');
  else if (csp.get('default-src')!.some((s) => s === '*' || s === 'http:' || s === 'https:')) problems.push('default-src allows remote origins');
  return problems;
}

export async function readIndexHtml(dir = BUILT_RENDERER_DIR): Promise<string> {
  return readFile(path.join(dir, 'index.html'), 'utf8');
}
