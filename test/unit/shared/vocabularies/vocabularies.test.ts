import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS, VOCABULARIES, VOCABULARY_IDS, getVocabulary, labelOf, vocabularyLabel } from '../../../../shared/vocabularies';
import type { Localised, Vocabulary } from '../../../../shared/vocabularies';

const ALL: readonly Vocabulary[] = Object.values(VOCABULARIES);

const SNAKE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
const CYRILLIC = /[\u0400-\u04FF]/;
/** Letters of the Azerbaijani Latin alphabet that English lacks; a vocabulary with none in any label was probably not translated. */
const AZ_SPECIFIC = /[əƏğĞıİşŞçÇöÖüÜ]/;

/**
 * Proper names kept as they are in every language. A label may be the same in English,
 * Azerbaijani and Russian (or keep Latin letters in Russian) only if it is one of these or
 * contains one of them.
 */
const PROPER_NOUNS = ['Human Rights Watch', 'Front Line Defenders', 'Amnesty International'];
const isProperNoun = (s: string) => PROPER_NOUNS.some((p) => s.includes(p));

const localisedTexts = (v: Vocabulary): { where: string; text: Localised }[] => [
  { where: `${v.id} title`, text: v.title },
  ...v.terms.flatMap((t) => [
    { where: `${v.id}.${t.code} label`, text: t.labels },
    ...(t.description ? [{ where: `${v.id}.${t.code} description`, text: t.description }] : []),
    ...(t.text ? [{ where: `${v.id}.${t.code} text`, text: t.text }] : []),
  ]),
];

describe('every vocabulary', () => {
  it.each(ALL.map((v) => [v.id, v] as const))('%s: snake_case id and codes, unique codes, positive version', (_id, v) => {
    expect(v.id).toMatch(SNAKE_CASE);
    expect(Number.isInteger(v.version) && v.version >= 1).toBe(true);
    expect(v.terms.length).toBeGreaterThan(0);
    for (const code of v.codes) expect(code, `${v.id}.${code}`).toMatch(SNAKE_CASE);
    expect(new Set(v.codes).size).toBe(v.codes.length);
    expect(v.codes).toEqual(v.terms.map((t) => t.code));
  });

  it.each(ALL.map((v) => [v.id, v] as const))('%s: texts are non-empty and really translated', (_id, v) => {
    for (const { where, text } of localisedTexts(v)) {
      for (const lang of LANGS) {
        expect(text[lang].trim(), `${where} [${lang}]`).not.toBe('');
        expect(text[lang], `${where} [${lang}] has stray whitespace`).toBe(text[lang].trim());
      }
      if (isProperNoun(text.en)) continue;
      expect(text.en === text.az && text.az === text.ru, `${where}: same text in all three languages`).toBe(false);
      expect(text.az, `${where}: Azerbaijani equals English`).not.toBe(text.en);
      expect(text.ru, `${where}: Russian is not in Cyrillic`).toMatch(CYRILLIC);
      expect(text.az, `${where}: Azerbaijani is in Cyrillic`).not.toMatch(CYRILLIC);
      expect(text.az, `${where}: Azerbaijani has a letter the alphabet lacks (w)`).not.toMatch(/[wW]/);
    }
  });

  it.each(ALL.map((v) => [v.id, v] as const))('%s: Azerbaijani is written with its own letters', (_id, v) => {
    expect(v.terms.some((t) => AZ_SPECIFIC.test(t.labels.az)) || AZ_SPECIFIC.test(v.title.az)).toBe(true);
  });

  it.each(ALL.map((v) => [v.id, v] as const))('%s: labels are unique within the vocabulary in each language', (_id, v) => {
    for (const lang of LANGS) {
      const labels = v.terms.map((t) => t.labels[lang]);
      expect(new Set(labels).size, `${v.id} [${lang}]`).toBe(labels.length);
    }
  });

  it.each(ALL.map((v) => [v.id, v] as const))('%s: hierarchy points to earlier terms of the same vocabulary', (_id, v) => {
    v.terms.forEach((t, i) => {
      if (t.parent === undefined) return;
      const parentIndex = v.codes.indexOf(t.parent);
      expect(parentIndex, `${v.id}.${t.code} parent ${t.parent}`).toBeGreaterThanOrEqual(0);
      expect(parentIndex).toBeLessThan(i);
    });
  });

  it.each(ALL.map((v) => [v.id, v] as const))('%s: legal texts carry a translation status', (_id, v) => {
    for (const t of v.terms) {
      if (t.text) expect(t.translationStatus, `${v.id}.${t.code}`).toBeDefined();
    }
  });

  it.each(ALL.map((v) => [v.id, v] as const))('%s: schema accepts exactly the codes, never labels', (_id, v) => {
    for (const code of v.codes) expect(v.schema.parse(code)).toBe(code);
    for (const t of v.terms) {
      for (const lang of LANGS) {
        if (!v.codes.includes(t.labels[lang] as never)) expect(v.schema.safeParse(t.labels[lang]).success, `${v.id}: label "${t.labels[lang]}"`).toBe(false);
      }
    }
    fc.assert(
      fc.property(fc.string(), (s) => v.schema.safeParse(s).success === (v.codes as readonly string[]).includes(s)),
      { numRuns: 50 },
    );
    expect(v.schema.safeParse(undefined).success).toBe(false);
    expect(v.schema.safeParse(1).success).toBe(false);
  });

  it('HURIDOCS-derived terms name their micro-thesaurus', () => {
    for (const v of ALL) {
      for (const t of v.terms) {
        if (t.source?.startsWith('HURIDOCS')) expect(t.source, `${v.id}.${t.code}`).toMatch(/^HURIDOCS MT\d+ "[^"]+"$/);
      }
    }
  });
});

describe('registry', () => {
  it('is keyed by each vocabulary’s own id, ids unique', () => {
    for (const [key, v] of Object.entries(VOCABULARIES)) expect(v.id).toBe(key);
    expect(new Set(ALL.map((v) => v.id)).size).toBe(ALL.length);
    expect(VOCABULARY_IDS).toEqual(Object.keys(VOCABULARIES));
  });

  it('lists every vocabulary exported by any module of shared/vocabularies', () => {
    const modules = import.meta.glob('../../../../shared/vocabularies/*.ts', { eager: true });
    expect(Object.keys(modules).length).toBeGreaterThan(5);
    const exported = new Set<unknown>();
    for (const mod of Object.values(modules)) {
      for (const value of Object.values(mod as Record<string, unknown>)) {
        if (typeof value === 'object' && value !== null && 'id' in value && 'terms' in value && 'schema' in value) exported.add(value);
      }
    }
    const registered = new Set<unknown>(ALL);
    for (const v of exported) expect(registered.has(v), `${(v as Vocabulary).id} is not in VOCABULARIES`).toBe(true);
    for (const v of registered) expect(exported.has(v), `${(v as Vocabulary).id} is not exported`).toBe(true);
  });

  it('covers the vocabularies the case model needs', () => {
    const required = [
      'profile_category', 'sex', 'detention_authority', 'legal_basis_type', 'pre_trial_measure', 'release_type', 'facility_type',
      'detention_regime', 'proceeding_stage', 'charge_status', 'hearing_type', 'hearing_outcome', 'hearing_openness', 'legal_counsel',
      'statements_signed', 'sentence_type', 'treatment_act', 'perpetrator_involvement', 'treatment_consequence', 'complaint_outcome',
      'recognising_body', 'intervention_type', 'intervention_status', 'echr_article', 'wgad_category', 'pace_1900_criterion',
      'assessment_finding', 'assessment_conclusion', 'source_type', 'source_reliability', 'information_reliability',
      'information_access', 'consent', 'source_confidentiality', 'sensitivity',
    ];
    for (const id of required) expect(VOCABULARY_IDS, id).toContain(id);
  });

  it('looks vocabularies and labels up by id', () => {
    expect(getVocabulary('release_type')).toBe(VOCABULARIES.release_type);
    expect(getVocabulary('no_such_vocabulary')).toBeUndefined();
    expect(getVocabulary('toString')).toBeUndefined();
    expect(vocabularyLabel('release_type', 'pardon', 'az')).toBe('Əfv');
    expect(vocabularyLabel('release_type', 'pardon', 'ru')).toBe('Помилование');
    expect(labelOf(VOCABULARIES.sex, 'female', 'en')).toBe('Female');
    expect(vocabularyLabel('release_type', 'code_from_a_newer_version', 'en')).toBe('code_from_a_newer_version');
  });
});

describe('content the issue asks for', () => {
  const has = (v: Vocabulary, codes: string[]) => codes.forEach((c) => expect(v.codes, `${v.id}.${c}`).toContain(c));

  it('has the listed terms', () => {
    has(VOCABULARIES.profile_category, ['journalist_blogger', 'human_rights_defender', 'opposition_politician', 'civil_society_activist', 'religious_believer', 'lawyer', 'academic', 'youth_activist', 'trade_unionist', 'artist_writer', 'other']);
    has(VOCABULARIES.pre_trial_measure, ['detention_on_remand', 'house_arrest', 'bail', 'travel_ban', 'police_supervision']);
    has(VOCABULARIES.release_type, ['served_sentence', 'pardon', 'amnesty', 'acquittal', 'conditional_early_release', 'sentence_converted', 'sentence_suspended', 'transfer_to_house_arrest', 'released_pending_trial', 'died_in_custody', 'other']);
    has(VOCABULARIES.proceeding_stage, ['investigation', 'trial_first_instance', 'appeal', 'cassation', 'constitutional_court', 'ecthr', 'closed']);
    expect(VOCABULARIES.charge_status.codes).toEqual(['pending', 'dropped', 'requalified', 'convicted', 'acquitted']);
    has(VOCABULARIES.treatment_act, ['torture', 'ill_treatment', 'denial_of_medical_care', 'denial_of_counsel', 'incommunicado', 'solitary_confinement', 'threats', 'forced_confession']);
    has(VOCABULARIES.intervention_type, ['ecthr_application', 'ecthr_rule_39', 'wgad_petition', 'un_special_rapporteur', 'pace_question', 'osce', 'domestic_appeal', 'domestic_complaint', 'pardon_request', 'embassy_consular', 'media_campaign']);
    has(VOCABULARIES.recognising_body, ['union_for_freedom_az', 'pace_rapporteur', 'amnesty_international', 'memorial', 'human_rights_watch', 'council_of_europe', 'european_parliament', 'un_wgad']);
    expect(VOCABULARIES.assessment_finding.codes).toEqual(['met', 'not_met', 'unclear']);
    expect(VOCABULARIES.consent.codes).toEqual(expect.arrayContaining(['given', 'refused', 'not_asked', 'withdrawn']));
    expect(VOCABULARIES.source_reliability.terms.map((t) => t.notation)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(VOCABULARIES.information_reliability.terms.map((t) => t.notation)).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('keeps every HURIDOCS legal-counsel and statements-signed term', () => {
    expect(VOCABULARIES.legal_counsel.terms).toHaveLength(22);
    expect(VOCABULARIES.statements_signed.terms).toHaveLength(6);
    expect(VOCABULARIES.perpetrator_involvement.terms).toHaveLength(23);
    for (const v of [VOCABULARIES.legal_counsel, VOCABULARIES.statements_signed, VOCABULARIES.perpetrator_involvement]) {
      for (const t of v.terms) expect(t.source, `${v.id}.${t.code}`).toMatch(/^HURIDOCS MT(31|36|18) /);
    }
  });
});
