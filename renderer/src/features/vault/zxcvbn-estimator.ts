import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { SUGGESTION_KEYS, WARNING_KEYS, type Strength, type StrengthScore, type SuggestionKey, type WarningKey } from './strength';

/** Words that make a passphrase guessable for anyone who knows it protects a Habeas vault. */
const CONTEXT_WORDS = ['habeas', 'habeascorpus', 'vault', 'passphrase', 'seyf', 'parol', 'хранилище', 'пароль'];

let factory: ZxcvbnFactory | null = null;

function zxcvbn(): ZxcvbnFactory {
  // Built on first use: the dictionaries take a moment to rank, and only the passphrase screens need them.
  factory ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return factory;
}

function isWarningKey(value: string | null): value is WarningKey {
  return value !== null && (WARNING_KEYS as readonly string[]).includes(value);
}

function isSuggestionKey(value: string): value is SuggestionKey {
  return (SUGGESTION_KEYS as readonly string[]).includes(value);
}

/**
 * zxcvbn's estimate. Without translations configured it returns its message keys, which the UI
 * translates itself (strength.warnings.*, strength.suggestions.*).
 */
export function estimateStrength(passphrase: string): Strength {
  const result: ZxcvbnResult = zxcvbn().check(passphrase, CONTEXT_WORDS);
  return {
    score: result.score as StrengthScore,
    crackSeconds: result.crackTimes.offlineSlowHashingXPerSecond.seconds,
    warning: isWarningKey(result.feedback.warning) ? result.feedback.warning : null,
    suggestions: result.feedback.suggestions.filter(isSuggestionKey),
  };
}

