import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { BLOCKING_IMPACTS, runAxe, type AxeFinding } from './axe';
import { REPO_ROOT } from './renderer-files';

export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-artifacts', 'e2e');

/**
 * Saves `NN-name.png` for every screen the flow visits and runs axe-core on it. Findings are
 * collected rather than thrown, so one run reports every screen's problems and leaves every
 * screenshot; the test asserts on `blocking` at the end.
 */
export class ScreenRecorder {
  readonly files: string[] = [];
  readonly findings: AxeFinding[] = [];
  private count = 0;

  private constructor(private readonly page: Page, private readonly dir: string) {}

  static async create(page: Page, dir = SCREENSHOT_DIR): Promise<ScreenRecorder> {
    await mkdir(dir, { recursive: true });
    for (const name of await readdir(dir)) if (name.endsWith('.png')) await rm(path.join(dir, name));
    return new ScreenRecorder(page, dir);
  }

  /** `fullPage: false` for a modal dialog: the page behind it is inert, and the backdrop covers only the window. */
  async capture(name: string, { fullPage = true }: { fullPage?: boolean } = {}): Promise<string> {
    this.count += 1;
    const file = path.join(this.dir, `${String(this.count).padStart(2, '0')}-${name}.png`);
    // Let transitions and live queries settle so the picture shows the screen, not a frame of it.
    await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await this.page.screenshot({ path: file, fullPage, animations: 'disabled', caret: 'initial' });
    this.files.push(file);
    this.findings.push(...(await runAxe(this.page, name)));
    return file;
  }

  get blocking(): AxeFinding[] {
    return this.findings.filter((f) => BLOCKING_IMPACTS.has(f.impact));
  }
}
