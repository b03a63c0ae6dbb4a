/**
 * A minimal and a fully filled sample of every entity of the case model (fictional data). The
 * entity suites check that each `full` sample really fills every spec'd field, so a field added to
 * the model must be added here too.
 */
import type { z } from 'zod';
import {
  Affiliation,
  affiliationSpec,
  Assessment,
  assessmentSpec,
  Charge,
  chargeSpec,
  CriterionFinding,
  criterionFindingSpec,
  Deadline,
  deadlineSpec,
  DetentionEpisode,
  detentionSpec,
  FamilyContact,
  familyContactSpec,
  Hearing,
  hearingSpec,
  incidentSpec,
  Intervention,
  interventionSpec,
  MeasureOrder,
  measureOrderSpec,
  Note,
  noteSpec,
  Organisation,
  organisationSpec,
  Perpetrator,
  perpetratorSpec,
  Person,
  PersonName,
  personNameSpec,
  personSpec,
  Placement,
  placementSpec,
  Proceeding,
  proceedingSpec,
  Recognition,
  recognitionSpec,
  Sentence,
  SentenceModification,
  sentenceModificationSpec,
  sentenceSpec,
  Source,
  sourceSpec,
  TreatmentIncident,
  WgadFinding,
  wgadFindingSpec,
  type EntitySpec,
} from '../../../../shared/case-model';

/** A valid (version 4) uuid, distinct for each n. */
export const uid = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export const AZ_1999 = { jurisdiction: 'AZ', code: 'criminal', version: '1999' } as const;

type In<S extends z.ZodType> = z.input<S>;

export const personName = {
  minimal: { id: uid(101), full: 'İlkin Ömərov', use: 'primary' } satisfies In<typeof PersonName>,
  full: { id: uid(102), full: 'İlkin Şükür oğlu Ömərov', use: 'primary', script: 'latin', given: 'İlkin', patronymic: 'Şükür oğlu', family: 'Ömərov', sensitivity: { full: 'public' } } satisfies In<
    typeof PersonName
  >,
};

export const affiliation = {
  minimal: { id: uid(111), organisation: 'Gəncə Nəbzi' } satisfies In<typeof Affiliation>,
  full: { id: uid(112), organisation: 'Gəncə Nəbzi', position: 'Editor-in-chief', from: '2013', to: '2019-09-14', sensitivity: { organisation: 'public' } } satisfies In<typeof Affiliation>,
};

export const familyContact = {
  minimal: { id: uid(121), name: 'Leyla Ömərova' } satisfies In<typeof FamilyContact>,
  full: {
    id: uid(122),
    name: 'Leyla Əli qızı Ömərova',
    relationship: 'Wife',
    contact: 'Through the lawyer only.\nPhone +994 50 000 00 00 (invented)',
    notes: 'Asks not to be named.',
    sensitivity: { relationship: 'restricted' },
  } satisfies In<typeof FamilyContact>,
};

export const person = {
  minimal: { id: uid(131), names: [personName.minimal] } satisfies In<typeof Person>,
  full: {
    id: uid(132),
    names: [personName.full, { id: uid(133), full: 'Илкин Шүкүр оғлу Өмәров', use: 'native', script: 'cyrillic' }],
    sex: 'male',
    birthDate: '1987-03-14',
    placeOfBirth: 'Gəncə',
    citizenships: ['Azerbaijan'],
    occupation: 'Journalist',
    categories: ['journalist_blogger', 'civil_society_activist'],
    affiliations: [affiliation.full],
    religion: 'Islam',
    ethnicity: 'Azerbaijani',
    health: 'Hypertension.',
    address: 'Gəncə (invented address)',
    familyContacts: [familyContact.full],
    diedOn: '2025-02-11',
    biography: 'Editor of an online outlet in Gəncə.',
    sensitivity: { birthDate: 'public' },
  } satisfies In<typeof Person>,
};

export const organisation = {
  minimal: { id: uid(141), name: 'Gəncə Nəbzi' } satisfies In<typeof Organisation>,
  full: { id: uid(142), name: 'Gəncə Nəbzi', otherNames: ['Ganja Pulse', 'Пульс Гянджи'], type: 'media_outlet', country: 'Azerbaijan', notes: 'Invented outlet.', sensitivity: { name: 'public' } } satisfies In<
    typeof Organisation
  >,
};

export const measureOrder = {
  minimal: { id: uid(151), measure: 'detention_on_remand', action: 'imposed' } satisfies In<typeof MeasureOrder>,
  full: {
    id: uid(152),
    measure: 'detention_on_remand',
    action: 'extended',
    orderedOn: '2019-12-10',
    orderedBy: 'Gəncə şəhər Kəpəz rayon məhkəməsi',
    until: '2020-03-14',
    reference: '4(006)-1544/2019',
    notes: 'Extended for three months.',
    sensitivity: { orderedBy: 'public' },
  } satisfies In<typeof MeasureOrder>,
};

export const placement = {
  minimal: { id: uid(161), facilityName: 'Gəncə İstintaq Təcridxanası' } satisfies In<typeof Placement>,
  full: {
    id: uid(162),
    facilityName: 'Gəncə İstintaq Təcridxanası',
    facilityType: 'pre_trial_detention_centre',
    facilityLocation: 'Gəncə',
    from: '2019-09-17',
    to: '2020-10-05',
    regime: 'pre_trial',
    conditions: ['overcrowding', 'visits_restricted'],
    transferReason: 'Remanded in custody',
    notes: 'Cell for 20 held 35.',
    sensitivity: { notes: 'confidential' },
  } satisfies In<typeof Placement>,
};

export const detention = {
  minimal: { id: uid(171) } satisfies In<typeof DetentionEpisode>,
  full: {
    id: uid(172),
    arrestedOn: '2019-09-14',
    arrestPlace: 'Gəncə',
    arrestingAuthority: 'police',
    arrestingAuthorityName: 'Gəncə Şəhər Polis İdarəsi',
    legalBasis: 'criminal_suspicion',
    legalBasisDetails: 'Criminal Code, Article 234.4.3.',
    detentionType: 'free_speech_or_nonviolent_political',
    whereabouts: ['location_not_disclosed'],
    incommunicadoFrom: '2019-09-14',
    incommunicadoUntil: '2019-09-16',
    firstAppearanceOn: '2019-09-16',
    measures: [measureOrder.full],
    placements: [placement.full],
    releasedOn: '2024-05-28',
    releaseType: 'pardon',
    releaseNotes: 'Pardoned.',
    notes: 'Arrested after a publication.',
    sensitivity: { arrestedOn: 'public' },
  } satisfies In<typeof DetentionEpisode>,
};

export const charge = {
  minimal: { id: uid(181), article: { ...AZ_1999, article: '234.4.3' } } satisfies In<typeof Charge>,
  full: {
    id: uid(182),
    article: { ...AZ_1999, article: '213.2.1', asEntered: '213-2.1' },
    broughtOn: '2019-11-20',
    status: 'requalified',
    requalifiedFrom: uid(183),
    requalifiedTo: uid(184),
    notes: 'Not in the catalogue.',
    sensitivity: { notes: 'restricted' },
  } satisfies In<typeof Charge>,
};

export const hearing = {
  minimal: { id: uid(191) } satisfies In<typeof Hearing>,
  full: {
    id: uid(192),
    date: '2020-04-28',
    type: 'verdict',
    court: 'Gəncə Ağır Cinayətlər Məhkəməsi',
    judges: ['Mehriban Quliyeva'],
    prosecutor: 'Vüqar Həsənli',
    counsel: ['Nərmin Əliyeva'],
    openness: 'open_but_access_restricted',
    interpreterProvided: false,
    languageInCourt: 'mother_tongue',
    outcome: 'convicted',
    reasoning: 'Relied on police witnesses.',
    legalCounsel: ['counsel_chosen_by_client'],
    statementsSigned: ['forced_to_sign'],
    observations: 'Relatives kept out.',
    observers: ['Diplomat (name withheld)'],
    exhibitIds: [uid(193)],
    sensitivity: { observers: 'confidential' },
  } satisfies In<typeof Hearing>,
};

export const sentenceModification = {
  minimal: { id: uid(201), type: 'pardon' } satisfies In<typeof SentenceModification>,
  full: {
    id: uid(202),
    type: 'reduced_on_appeal',
    decidedOn: '2020-09-22',
    decidedBy: 'Gəncə Apellyasiya Məhkəməsi',
    newTerm: { years: 7, months: 0, days: 0 },
    reference: '1(106)-412/2020',
    notes: 'Reduced.',
    sensitivity: { notes: 'restricted' },
  } satisfies In<typeof SentenceModification>,
};

export const sentence = {
  minimal: { id: uid(211), type: 'imprisonment' } satisfies In<typeof Sentence>,
  full: {
    id: uid(212),
    imposedOn: '2020-04-28',
    type: 'imprisonment',
    term: { years: 8, months: 6, days: 0 },
    regime: 'general',
    startsOn: '2019-09-14',
    creditedPreTrialDays: 227,
    fineAmount: 2500,
    fineCurrency: 'AZN',
    modifications: [sentenceModification.full],
    notes: 'Total sentence.',
    sensitivity: { creditedPreTrialDays: 'restricted' },
  } satisfies In<typeof Sentence>,
};

export const proceeding = {
  minimal: { id: uid(221) } satisfies In<typeof Proceeding>,
  full: {
    id: uid(222),
    jurisdiction: 'Azerbaijan',
    type: 'criminal',
    court: 'Gəncə Ağır Cinayətlər Məhkəməsi',
    courtType: 'serious_crimes',
    caseNumber: '1(006)-95/2020',
    caseName: 'Ömərov və Nəbiyev',
    investigatingBody: 'Gəncə Şəhər Polis İdarəsi',
    stage: 'appeal',
    coDefendants: ['Rəşid Nəbiyev'],
    detentionIds: [uid(172)],
    charges: [charge.full],
    hearings: [hearing.full],
    sentences: [sentence.full],
    notes: 'Appeal pending.',
    sensitivity: { caseNumber: 'restricted' },
  } satisfies In<typeof Proceeding>,
};

export const perpetrator = {
  minimal: { id: uid(231) } satisfies In<typeof Perpetrator>,
  full: { id: uid(232), type: 'police', name: 'Two officers', involvement: 'directly_carried_out', notes: 'Names known to the lawyer.', sensitivity: { name: 'confidential' } } satisfies In<typeof Perpetrator>,
};

export const incident = {
  minimal: { id: uid(241), act: 'ill_treatment' } satisfies In<typeof TreatmentIncident>,
  full: {
    id: uid(242),
    act: 'ill_treatment',
    date: '2019-09-15',
    place: 'Gəncə Şəhər Polis İdarəsi',
    description: 'Beaten during questioning.',
    perpetrators: [perpetrator.full],
    consequences: ['physical_injury'],
    medicalAttention: 'Bruises recorded.',
    complaintFiledOn: '2019-09-20',
    complaintTo: 'Gəncə şəhər prokurorluğu',
    complaintOutcome: 'refused_to_investigate',
    sourceIds: [uid(301)],
    exhibitIds: [uid(302)],
    sensitivity: { description: 'public' },
  } satisfies In<typeof TreatmentIncident>,
};

export const criterionFinding = {
  minimal: { id: uid(251), criterion: 'criterion_a', finding: 'met' } satisfies In<typeof CriterionFinding>,
  full: { id: uid(252), criterion: 'criterion_b', finding: 'unclear', reasoning: 'Record incomplete.', sourceIds: [uid(301)], exhibitIds: [uid(302)], sensitivity: { reasoning: 'confidential' } } satisfies In<
    typeof CriterionFinding
  >,
};

export const wgadFinding = {
  minimal: { id: uid(261), category: 'category_ii', finding: 'met' } satisfies In<typeof WgadFinding>,
  full: { id: uid(262), category: 'category_iii', finding: 'not_met', reasoning: 'Fair trial.', sourceIds: [uid(301)], exhibitIds: [uid(302)], sensitivity: { finding: 'public' } } satisfies In<
    typeof WgadFinding
  >,
};

export const assessment = {
  minimal: { id: uid(271), assessedOn: '2023-07-01', assessor: 'Aysel Məmmədova' } satisfies In<typeof Assessment>,
  full: {
    id: uid(272),
    assessedOn: '2023-07-01',
    assessor: 'Aysel Məmmədova',
    paceCriteria: [criterionFinding.minimal, criterionFinding.full],
    wgadCategories: [wgadFinding.minimal, wgadFinding.full],
    wgadOpinion: 'arbitrary',
    wgadOpinionReference: 'Opinion No. 00/2022',
    article18: 'violation',
    article18Reference: 'no. 00000/20',
    article18Reasoning: 'Charges brought to silence him.',
    conclusionOverride: 'prisoner_of_conscience',
    overrideReason: 'Detained solely for peaceful expression.',
    reviewedBy: 'Nərmin Əliyeva',
    notes: 'After the judgment.',
    sensitivity: { conclusionOverride: 'public' },
  } satisfies In<typeof Assessment>,
};

export const recognition = {
  minimal: { id: uid(281), body: 'az_hrd_working_group_list' } satisfies In<typeof Recognition>,
  full: {
    id: uid(282),
    body: 'cpj',
    status: 'jailed_journalist',
    recognisedOn: '2019',
    listEdition: 'Prison census 2019',
    reference: 'Census entry',
    withdrawnOn: '2024-05-28',
    notes: 'Removed after release.',
    sensitivity: { notes: 'restricted' },
  } satisfies In<typeof Recognition>,
};

export const deadline = {
  minimal: { id: uid(291), due: '2022-03-01', what: 'Observations' } satisfies In<typeof Deadline>,
  full: { id: uid(292), due: '2022-03-01', what: 'Observations in reply', done: true, sensitivity: { what: 'confidential' } } satisfies In<typeof Deadline>,
};

export const intervention = {
  minimal: { id: uid(311), type: 'ecthr_application' } satisfies In<typeof Intervention>,
  full: {
    id: uid(312),
    type: 'ecthr_application',
    party: 'Nərmin Əliyeva',
    addressee: 'European Court of Human Rights',
    filedOn: '2020-10-14',
    reference: '00000/20',
    deadlines: [deadline.full],
    status: 'decided_favourably',
    respondedOn: '2023-06-13',
    response: 'Violations found.',
    articlesViolated: ['art_5_1', 'art_10', 'art_18'],
    notes: 'No referral.',
    exhibitIds: [uid(302)],
    sensitivity: { reference: 'public' },
  } satisfies In<typeof Intervention>,
};

export const source = {
  minimal: { id: uid(301), name: 'Leyla Ömərova' } satisfies In<typeof Source>,
  full: {
    id: uid(303),
    name: 'Leyla Ömərova (wife)',
    type: 'individual',
    contact: 'Through the lawyer.',
    connection: 'victim_relative',
    access: 'second_hand',
    materialType: 'interview',
    materialDate: '2013-05/2013-06',
    sourceReliability: 'usually_reliable',
    informationReliability: 'probably_true',
    consent: 'given_with_restrictions',
    confidentiality: 'name_withheld',
    summary: 'What he said at the first visit.',
    sensitivity: { summary: 'confidential' },
  } satisfies In<typeof Source>,
};

export const note = {
  minimal: { id: uid(321), title: 'Call the lawyer' } satisfies In<typeof Note>,
  full: { id: uid(322), title: 'Ask for consent', text: 'Before publishing.\n\tTwo lines.', dueOn: '2024-02-01', done: false, assignedTo: 'Aysel', sensitivity: { text: 'confidential' } } satisfies In<
    typeof Note
  >,
};

export interface EntitySample {
  readonly name: string;
  readonly schema: z.ZodType;
  readonly spec: EntitySpec<object>;
  readonly minimal: Record<string, unknown>;
  readonly full: Record<string, unknown>;
}

const sample = <S extends z.ZodType>(name: string, schema: S, spec: EntitySpec<z.output<S> & object>, values: { minimal: In<S>; full: In<S> }): EntitySample => ({
  name,
  schema,
  spec: spec as EntitySpec<object>,
  minimal: values.minimal as Record<string, unknown>,
  full: values.full as Record<string, unknown>,
});

/** Every entity of the model with its spec and samples, keyed by spec name. */
export const ENTITY_SAMPLES: Record<string, EntitySample> = Object.fromEntries(
  [
    sample('PersonName', PersonName, personNameSpec, personName),
    sample('Affiliation', Affiliation, affiliationSpec, affiliation),
    sample('FamilyContact', FamilyContact, familyContactSpec, familyContact),
    sample('Person', Person, personSpec, person),
    sample('Organisation', Organisation, organisationSpec, organisation),
    sample('MeasureOrder', MeasureOrder, measureOrderSpec, measureOrder),
    sample('Placement', Placement, placementSpec, placement),
    sample('DetentionEpisode', DetentionEpisode, detentionSpec, detention),
    sample('Charge', Charge, chargeSpec, charge),
    sample('Hearing', Hearing, hearingSpec, hearing),
    sample('SentenceModification', SentenceModification, sentenceModificationSpec, sentenceModification),
    sample('Sentence', Sentence, sentenceSpec, sentence),
    sample('Proceeding', Proceeding, proceedingSpec, proceeding),
    sample('Perpetrator', Perpetrator, perpetratorSpec, perpetrator),
    sample('TreatmentIncident', TreatmentIncident, incidentSpec, incident),
    sample('CriterionFinding', CriterionFinding, criterionFindingSpec, criterionFinding),
    sample('WgadFinding', WgadFinding, wgadFindingSpec, wgadFinding),
    sample('Assessment', Assessment, assessmentSpec, assessment),
    sample('Recognition', Recognition, recognitionSpec, recognition),
    sample('Deadline', Deadline, deadlineSpec, deadline),
    sample('Intervention', Intervention, interventionSpec, intervention),
    sample('Source', Source, sourceSpec, source),
    sample('Note', Note, noteSpec, note),
  ].map((s) => [s.spec.name, s]),
);

/** The samples of one entity by spec name (throws for an unknown one, so a typo cannot skip a suite). */
export function samplesOf(specName: string): EntitySample {
  const found = ENTITY_SAMPLES[specName];
  if (!found) throw new Error(`no samples for entity ${specName}`);
  return found;
}
