import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FIELD_KINDS,
  FieldKind,
  SENSITIVITY_LEVELS,
  Sensitivity,
  compareSensitivity,
  defaultSensitivity,
  isWithinClearance,
  maxSensitivity,
  sensitivity,
} from '../../../../shared/vocabularies';

const level = fc.constantFrom(...SENSITIVITY_LEVELS);

describe('sensitivity levels', () => {
  it('are public < restricted < confidential', () => {
    expect(SENSITIVITY_LEVELS).toEqual(['public', 'restricted', 'confidential']);
    expect(compareSensitivity('public', 'restricted')).toBeLessThan(0);
    expect(compareSensitivity('restricted', 'confidential')).toBeLessThan(0);
    expect(compareSensitivity('confidential', 'public')).toBeGreaterThan(0);
    expect(compareSensitivity('restricted', 'restricted')).toBe(0);
  });

  it('have a labelled vocabulary with the same codes in the same order', () => {
    expect(sensitivity.codes).toEqual([...SENSITIVITY_LEVELS]);
    expect(sensitivity.terms.map((t) => t.labels.az)).toEqual(['Açıq', 'Məhdud', 'Məxfi']);
  });

  it('ordering is a total order (antisymmetric, transitive)', () => {
    fc.assert(
      fc.property(level, level, level, (a, b, c) => {
        expect(Math.sign(compareSensitivity(a, b)) + Math.sign(compareSensitivity(b, a))).toBe(0);
        if (compareSensitivity(a, b) <= 0 && compareSensitivity(b, c) <= 0) expect(compareSensitivity(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('maxSensitivity picks the most protected level', () => {
    expect(maxSensitivity()).toBe('public');
    expect(maxSensitivity('public', 'confidential', 'restricted')).toBe('confidential');
    fc.assert(
      fc.property(fc.array(level), (levels) => {
        const max = maxSensitivity(...levels);
        for (const l of levels) expect(compareSensitivity(l, max)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('a confidential field is never within public or restricted clearance', () => {
    expect(isWithinClearance('confidential', 'public')).toBe(false);
    expect(isWithinClearance('confidential', 'restricted')).toBe(false);
    expect(isWithinClearance('confidential', 'confidential')).toBe(true);
    expect(isWithinClearance('public', 'public')).toBe(true);
    expect(isWithinClearance('restricted', 'public')).toBe(false);
  });

  it('the zod schema accepts the three levels and nothing else', () => {
    for (const l of SENSITIVITY_LEVELS) expect(Sensitivity.parse(l)).toBe(l);
    for (const bad of ['secret', 'Public', 'PUBLIC', '', 'private', null, 0]) expect(Sensitivity.safeParse(bad).success).toBe(false);
  });
});

describe('defaults per field kind', () => {
  it('makes family contacts, health, sources, witnesses, addresses and lawyer notes confidential', () => {
    for (const kind of ['family-contact', 'health', 'source-identity', 'source-contact', 'witness-identity', 'address', 'lawyer-notes'] as const) {
      expect(defaultSensitivity(kind), kind).toBe('confidential');
    }
  });

  it('makes facility, court, charges, sentence and public statements public', () => {
    for (const kind of ['facility', 'court', 'charges', 'sentence', 'public-statements'] as const) expect(defaultSensitivity(kind), kind).toBe('public');
  });

  it('makes other kinds restricted, including unknown ones', () => {
    expect(defaultSensitivity('person-name')).toBe('restricted');
    expect(defaultSensitivity('religion')).toBe('restricted');
    expect(defaultSensitivity('assessment')).toBe('restricted');
    expect(defaultSensitivity('a-kind-added-later')).toBe('restricted');
    expect(defaultSensitivity('constructor')).toBe('restricted');
    expect(defaultSensitivity('__proto__')).toBe('restricted');
  });

  it('field kinds are kebab-case and each default is a valid level', () => {
    for (const kind of FIELD_KINDS) {
      expect(kind).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(Sensitivity.safeParse(defaultSensitivity(kind)).success).toBe(true);
      expect(FieldKind.parse(kind)).toBe(kind);
    }
    expect(FieldKind.safeParse('family_contact').success).toBe(false);
  });
});
