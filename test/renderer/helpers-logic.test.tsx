// Pure helpers behind the screens: formatting, recovery-key handling, form rules (the list's model: list-model.test.tsx).
import { describe, expect, it } from 'vitest';
import { validateCaseForm } from '../../renderer/src/features/cases/new-case-form';
import { parseMinutes } from '../../renderer/src/features/settings/AutoLockForm';
import {
  groupMatches,
  looksLikeRecoveryKey,
  pickConfirmationGroups,
  recoveryKeyGroups,
} from '../../renderer/src/features/vault/recovery-key';
import { formatDateTime, formatRoughDuration } from '../../renderer/src/i18n/format';
import { TEST_RECOVERY_KEY } from './fake-habeas';

describe('formatting', () => {
  it('writes Azerbaijani dates as day.month.year without relying on ICU data for az', () => {
    const local = new Date(2024, 4, 12, 9, 5).toISOString();
    expect(formatDateTime(local, 'az')).toBe('12.05.2024, 09:05');
  });

  it('gives rough durations in each language', () => {
    expect(formatRoughDuration(3 * 365.25 * 24 * 3600, 'az')).toBe('3 il');
    expect(formatRoughDuration(5 * 3600, 'en')).toBe('5 hours');
    expect(formatRoughDuration(0.2, 'en')).toBeNull();
    expect(formatRoughDuration(1e12, 'ru')).toBeNull();
  });
});

describe('recovery key', () => {
  it('splits into eight groups of four whatever the separators', () => {
    expect(recoveryKeyGroups(TEST_RECOVERY_KEY)).toEqual(TEST_RECOVERY_KEY.split('-'));
    expect(recoveryKeyGroups(TEST_RECOVERY_KEY.replace(/-/g, ''))).toHaveLength(8);
  });

  it('accepts what people type but not a different group', () => {
    expect(groupMatches(' 1wzk ', '1WZK')).toBe(true);
    expect(groupMatches('IWZK', '1WZK')).toBe(true); // I and L are read as 1, O as 0
    expect(groupMatches('V1FO', 'V1F0')).toBe(true);
    expect(groupMatches('1WZX', '1WZK')).toBe(false);
    expect(looksLikeRecoveryKey(TEST_RECOVERY_KEY.toLowerCase())).toBe(true);
    expect(looksLikeRecoveryKey('1WZK-7M5Z')).toBe(false);
    expect(looksLikeRecoveryKey(TEST_RECOVERY_KEY.replace('1WZK', '1WZU'))).toBe(false); // U is not Crockford
  });

  it('asks for two different groups, each in range, covering all of them', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 400; i++) {
      const [a, b] = pickConfirmationGroups(8, Math.random);
      expect(a).toBeLessThan(b);
      expect(a).toBeGreaterThanOrEqual(1);
      expect(b).toBeLessThanOrEqual(8);
      seen.add(a).add(b);
    }
    expect(seen.size).toBe(8);
    expect(pickConfirmationGroups(8, () => 0.999999)).toEqual([7, 8]);
    expect(pickConfirmationGroups(8, () => 0)).toEqual([1, 2]);
  });
});

describe('form rules', () => {
  it('validates with the shared schema, trimming names and dropping an empty native name', () => {
    expect(validateCaseForm({ nameLatin: '  Intiqam Əliyev ', nameNative: '  ', status: 'detained' })).toEqual({
      ok: true,
      draft: { nameLatin: 'Intiqam Əliyev', status: 'detained' },
    });
    expect(validateCaseForm({ nameLatin: 'x'.repeat(301), nameNative: 'a\tb', status: 'detained' })).toEqual({
      ok: false,
      errors: { nameLatin: 'nameTooLong', nameNative: 'nameControlChars' },
    });
    expect(validateCaseForm({ nameLatin: 'A', nameNative: '', status: 'missing' as never })).toEqual({ ok: false, errors: { status: 'statusRequired' } });
  });

  it('parses auto-lock minutes', () => {
    expect(parseMinutes(' 15 ')).toBe(15);
    expect(parseMinutes('0')).toBe(0);
    expect(parseMinutes('1440')).toBe(1440);
    expect(parseMinutes('1441')).toBeNull();
    expect(parseMinutes('-1')).toBeNull();
    expect(parseMinutes('2.5')).toBeNull();
    expect(parseMinutes('')).toBeNull();
  });
});
