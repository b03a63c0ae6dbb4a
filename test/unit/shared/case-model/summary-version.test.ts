import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SUMMARY_VERSION } from '../../../../electron/main/core/cases/list-cache';
import { generateCases } from '../../../../electron/main/core/demo/generate';
import { summariseCase } from '../../../../shared/case-model/summary';
import { loadFullCase } from '../../../fixtures/cases/full-case';

/**
 * Vaults cache their list rows (electron/main/core/cases/list-cache.ts) and trust them while
 * SUMMARY_VERSION is unchanged. This fingerprint of the rows of fixed cases changes whenever
 * summariseCase derives anything differently: then bump SUMMARY_VERSION (so caches written by
 * older builds are rebuilt, not shown) and record the new fingerprint here for the new version.
 */
const FINGERPRINTS: Record<number, string> = {
  1: 'ea5fb4a6cd6599b55ad302662846f3de',
};

describe('list rows and the list cache', () => {
  it('a change to how rows are derived comes with a new SUMMARY_VERSION', () => {
    const files = [loadFullCase(), ...generateCases({ count: 60, seed: 4242, fill: 'typical' }), ...generateCases({ count: 20, seed: 99, fill: 'full' })];
    const rows = files.map((file, i) => summariseCase({ id: file.id, revision: i + 1, updatedAt: '2025-01-01T00:00:00.000Z', file }));
    const fingerprint = createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 32);
    expect(fingerprint, `summariseCase changed: bump SUMMARY_VERSION to ${SUMMARY_VERSION + 1} and add FINGERPRINTS[${SUMMARY_VERSION + 1}] = '${fingerprint}'`).toBe(FINGERPRINTS[SUMMARY_VERSION]);
  });
});
