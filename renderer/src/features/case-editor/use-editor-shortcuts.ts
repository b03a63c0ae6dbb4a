import { useEffect, useEffectEvent } from 'react';
import { isMacPlatform } from '../../lib/shortcuts';

function isKey(event: KeyboardEvent, letter: string): boolean {
  const upper = letter.toUpperCase();
  // The physical key first, so the shortcut works with Azerbaijani and Russian layouts too.
  return event.code === `Key${upper}` || event.key.toUpperCase() === upper;
}

/** Ctrl/⌘+S commits and saves now; Ctrl/⌘+Shift+N adds an entry in the current section. */
export function useEditorShortcuts(handlers: { save(): void; add(): void }): void {
  const onSave = useEffectEvent(handlers.save);
  const onAdd = useEffectEvent(handlers.add);
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (!event.shiftKey && isKey(event, 's')) {
        event.preventDefault();
        if (!event.repeat) onSave();
      } else if (event.shiftKey && isKey(event, 'n')) {
        event.preventDefault();
        if (!event.repeat) onAdd();
      }
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}

/** "Ctrl+Shift+N" or "⇧⌘N". */
export function shiftShortcutLabel(letter: string): string {
  return isMacPlatform() ? `⇧⌘${letter.toUpperCase()}` : `Ctrl+Shift+${letter.toUpperCase()}`;
}
