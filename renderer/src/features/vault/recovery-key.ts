/**
 * Display and confirmation helpers for the recovery key (Crockford base32, 32 characters shown as
 * eight groups of four, e.g. 1WZK-7M5Z-3EX7-11ZQ-B6MT-DT4W-9H6D-V1F0). Main parses what users
 * type; these helpers only split, compare and check the shape before sending.
 */

export const RECOVERY_GROUP_LENGTH = 4;
export const RECOVERY_GROUP_COUNT = 8;
const CROCKFORD = /^[0-9A-HJKMNP-TV-Z]+$/;

/** Upper-case, drop spaces and dashes, and map the look-alikes people write (O→0, I/L→1). */
export function normalizeRecoveryText(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** The key as groups of four characters, whatever separators main used. */
export function recoveryKeyGroups(recoveryKey: string): string[] {
  const compact = recoveryKey.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return compact.match(new RegExp(`.{1,${RECOVERY_GROUP_LENGTH}}`, 'g')) ?? [];
}

/** Whether typed text has the shape of a recovery key (main does the real check). */
export function looksLikeRecoveryKey(text: string): boolean {
  const compact = normalizeRecoveryText(text);
  return compact.length === RECOVERY_GROUP_LENGTH * RECOVERY_GROUP_COUNT && CROCKFORD.test(compact);
}

/** Whether what the user typed for a group matches it (tolerating case, spaces and look-alikes). */
export function groupMatches(typed: string, group: string): boolean {
  return normalizeRecoveryText(typed) === normalizeRecoveryText(group);
}

/**
 * Two distinct group numbers (1-based, ascending) for the user to retype. Random, so a user cannot
 * learn to skip the step; `random` is injectable for tests.
 */
export function pickConfirmationGroups(groupCount: number, random: () => number = cryptoRandom): [number, number] {
  if (groupCount < 2) return [1, 1];
  const first = 1 + Math.floor(random() * groupCount);
  let second = 1 + Math.floor(random() * (groupCount - 1));
  if (second >= first) second += 1;
  return first < second ? [first, second] : [second, first];
}

function cryptoRandom(): number {
  const buffer = new Uint32Array(1);
  crypto.getRandomValues(buffer);
  return buffer[0]! / 2 ** 32;
}
