/**
 * Passphrase rules and strength types. The estimator itself (zxcvbn-ts and its dictionaries, most
 * of the bundle's weight) lives in ./zxcvbn-estimator and is loaded on first use, so the unlock
 * screen, the one users see daily, does not pay for it.
 */

/** The contract's floor (NewPassphrase) and the score Habeas asks for on top of it. */
export const MIN_PASSPHRASE_LENGTH = 12;
export const MAX_PASSPHRASE_LENGTH = 1024;
export const MIN_STRENGTH_SCORE = 3;

export const WARNING_KEYS = [
  'straightRow', 'keyPattern', 'simpleRepeat', 'extendedRepeat', 'sequences', 'recentYears', 'dates', 'topTen',
  'topHundred', 'common', 'similarToCommon', 'wordByItself', 'namesByThemselves', 'commonNames', 'userInputs', 'pwned',
] as const;
export const SUGGESTION_KEYS = [
  'l33t', 'reverseWords', 'allUppercase', 'capitalization', 'dates', 'recentYears', 'associatedYears', 'sequences',
  'repeated', 'longerKeyboardPattern', 'anotherWord', 'useWords', 'noNeed', 'pwned',
] as const;
export type WarningKey = (typeof WARNING_KEYS)[number];
export type SuggestionKey = (typeof SUGGESTION_KEYS)[number];
export type StrengthScore = 0 | 1 | 2 | 3 | 4;

export interface Strength {
  score: StrengthScore;
  /** Seconds to guess offline at 10⁴ guesses per second (zxcvbn's "slow hash" attacker). */
  crackSeconds: number;
  warning: WarningKey | null;
  suggestions: SuggestionKey[];
}

export type NewPassphraseProblem = 'required' | 'tooShort' | 'tooLong' | 'tooWeak';
export type RepeatProblem = 'mismatch';

export type Estimator = (passphrase: string) => Strength;

let loading: Promise<Estimator> | null = null;
let loaded: Estimator | null = null;

/** Loads the estimator once (a separate chunk); later calls share the same promise. */
export function loadEstimator(): Promise<Estimator> {
  loading ??= import('./zxcvbn-estimator').then((m) => {
    loaded = m.estimateStrength;
    return loaded;
  });
  return loading;
}

/** The estimator, or null if its chunk cannot be loaded (then only the length rules apply). */
export function ensureEstimator(): Promise<Estimator | null> {
  return loadEstimator().catch(() => null);
}

/** The estimator if it has finished loading, else null. */
export function loadedEstimator(): Estimator | null {
  return loaded;
}

/**
 * Why a new passphrase is refused, if it is: length first (the contract's rule), then strength.
 * Without an estimator (still loading) only the length rules are checked; submitting waits for it.
 */
export function newPassphraseProblem(passphrase: string, estimate: Estimator | null): NewPassphraseProblem | null {
  if (passphrase.length === 0) return 'required';
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return 'tooShort';
  if (passphrase.length > MAX_PASSPHRASE_LENGTH) return 'tooLong';
  if (!estimate) return null;
  return estimate(passphrase).score < MIN_STRENGTH_SCORE ? 'tooWeak' : null;
}
