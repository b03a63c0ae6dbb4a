import { eventContract, type EventName, type EventPayload } from '../../../shared/ipc/contract';

/** What an event is sent to: a webContents, or a fake in tests. */
export interface EventTarget {
  isDestroyed(): boolean;
  send(channel: string, payload: unknown): void;
}

/**
 * Main → renderer push, checked against the contract before it leaves: a payload that does not
 * match is a bug in main and throws here rather than confusing the UI. Returns false when there is
 * no live window to send to.
 */
export function sendEvent<E extends EventName>(target: EventTarget | null | undefined, event: E, payload: EventPayload<E>): boolean {
  if (!target || target.isDestroyed()) return false;
  const parsed: unknown = eventContract[event].parse(payload);
  target.send(event, parsed);
  return true;
}
