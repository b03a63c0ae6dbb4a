/**
 * Gives the browser a chance to handle input, run other tasks (React's renders, timers) and paint
 * before long work continues: the continuation is queued as a fresh task behind whatever is
 * waiting. (Not `scheduler.yield()`: its continuations jump ahead of other tasks, so a loop that
 * yields with it still starves React's scheduler and timers; only input got through.)
 */
let channel: MessageChannel | null = null;
const waiting: Array<() => void> = [];

export function yieldToMain(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'undefined') {
      setTimeout(resolve, 0);
      return;
    }
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
      // Node (component tests) would keep the process alive for an open port; browsers have no unref.
      (channel.port1 as unknown as { unref?: () => void }).unref?.();
    }
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

/** Time budget of one slice of background work, in ms: well under a frame and a long task (50 ms). */
export const SLICE_MS = 8;
