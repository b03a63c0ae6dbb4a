import { useEffect, useEffectEvent } from 'react';

/** macOS uses ⌘ where the other systems use Ctrl. */
export function isMacPlatform(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

/** How to write Ctrl/⌘ + letter for the user, e.g. "Ctrl+L" or "⌘L". */
export function shortcutLabel(letter: string): string {
  return isMacPlatform() ? `⌘${letter.toUpperCase()}` : `Ctrl+${letter.toUpperCase()}`;
}

/**
 * Ctrl/⌘ + a Latin letter. The physical key (`code`) is checked first so shortcuts also work with
 * Azerbaijani and Russian keyboard layouts, where `key` is "д" for the L key.
 */
export function matchesShortcut(event: KeyboardEvent, letter: string): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return false;
  const upper = letter.toUpperCase();
  return event.code === `Key${upper}` || event.key.toUpperCase() === upper;
}

/** Runs `handler` on Ctrl/⌘ + `letter` anywhere in the window while `enabled`. */
export function useShortcut(letter: string, handler: () => void, enabled = true): void {
  const onShortcut = useEffectEvent(handler);
  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || !matchesShortcut(event, letter)) return;
      event.preventDefault();
      onShortcut();
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [letter, enabled]);
}
