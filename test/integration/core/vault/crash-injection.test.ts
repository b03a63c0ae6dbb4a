import { describe, expect, it } from 'vitest';
import { crashKillsFromEnv, runCrashInjection } from '../../../helpers/crash-harness';

// HABEAS_CRASH_KILLS=2000 for a longer run; the bench imports runCrashInjection directly.
const KILLS = crashKillsFromEnv(200);

describe('crash injection', () => {
  it(
    `keeps every acknowledged write across ${KILLS} SIGKILLs of a writer`,
    async () => {
      const result = await runCrashInjection({ kills: KILLS });
      const summary = `seed ${result.seed}: ${result.kills} kills, ${result.acknowledgedWrites} acknowledged writes, ${result.lostWrites} lost, ${result.tornTails} torn tails, ${result.vaults} vaults, ${result.durationMs} ms`;
      console.info(`crash injection: ${summary}`);
      expect(result.failures, summary).toEqual([]);
      expect(result.kills).toBe(KILLS);
      expect(result.lostWrites).toBe(0);
      // A run in which the writer never got a write acknowledged would prove nothing.
      expect(result.acknowledgedWrites).toBeGreaterThan(KILLS);
    },
    60_000 + KILLS * 1_500,
  );
});
