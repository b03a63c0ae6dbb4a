import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

/**
 * playwright-core has no `expect` with web-first assertions (that is @playwright/test, which we do
 * not install), so these wrap Playwright's own waiting (`waitFor`) and vitest's `expect.poll`.
 */
export const UI_TIMEOUT = 15_000;

/** Waits until the (single) element is visible. */
export async function shown(locator: Locator, timeout = UI_TIMEOUT): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout });
}

/** Waits until nothing matches (or nothing visible does). */
export async function gone(locator: Locator, timeout = UI_TIMEOUT): Promise<void> {
  const visibleCount = async () => {
    let n = 0;
    for (const match of await locator.all()) if (await match.isVisible()) n += 1;
    return n;
  };
  await expect.poll(visibleCount, { timeout, message: `visible matches of ${String(locator)}` }).toBe(0);
}

/** Waits until the element's visible text contains `text`. */
export async function hasText(locator: Locator, text: string, timeout = UI_TIMEOUT): Promise<void> {
  await expect.poll(() => locator.innerText({ timeout }).catch(() => ''), { timeout, message: `text of ${String(locator)}` }).toContain(text);
}

/** Waits until the element's visible text (trimmed) is exactly `text`. */
export async function textIs(locator: Locator, text: string, timeout = UI_TIMEOUT): Promise<void> {
  await expect.poll(async () => (await locator.innerText({ timeout }).catch(() => '')).trim(), { timeout, message: `text of ${String(locator)}` }).toBe(text);
}

/** Waits until the input's value is `value`. */
export async function valueIs(locator: Locator, value: string, timeout = UI_TIMEOUT): Promise<void> {
  await expect.poll(() => locator.inputValue({ timeout }).catch(() => null), { timeout, message: `value of ${String(locator)}` }).toBe(value);
}

/** Waits until exactly `n` elements match. */
export async function countIs(locator: Locator, n: number, timeout = UI_TIMEOUT): Promise<void> {
  await expect.poll(() => locator.count(), { timeout, message: `count of ${String(locator)}` }).toBe(n);
}
