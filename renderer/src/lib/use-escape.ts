import { useEffect, useEffectEvent } from 'react';

/** Calls `handler` when Escape is pressed anywhere in the window while `enabled`. */
export function useEscape(handler: () => void, enabled = true): void {
  const onEscape = useEffectEvent(handler);
  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      onEscape();
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [enabled]);
}
