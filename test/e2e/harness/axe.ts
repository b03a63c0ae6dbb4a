import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export interface AxeFinding {
  screen: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

let axeSource: string | null = null;
function source(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/**
 * Runs axe-core on the current document. The app's CSP forbids inline scripts and eval, so axe is not
 * added as a <script>: its source is evaluated through the DevTools protocol (page.evaluate), which
 * CSP does not govern, and only when the document does not have it yet (after a reload it is gone).
 * The CSP itself is left as strict as the app's.
 */
export async function runAxe(page: Page, screen: string): Promise<AxeFinding[]> {
  const present = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!present) await page.evaluate(source());
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? 'unknown', help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(' ')) }));
  });
  return violations.map((v) => ({ screen, rule: v.id, impact: v.impact, help: v.help, targets: v.targets }));
}

export const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

export function describeFindings(findings: readonly AxeFinding[]): string {
  return findings.map((f) => `[${f.screen}] ${f.impact} ${f.rule}: ${f.help} — ${f.targets.slice(0, 5).join(', ')}`).join('\n');
}
