import type { ChargeArticleRef } from '../../../../shared/catalogue/schemas';
import {
  CASE_SCHEMA_VERSION,
  type Affiliation,
  type Assessment,
  type CaseFile,
  type Charge,
  type CriterionFinding,
  type Deadline,
  type DetentionEpisode,
  type FamilyContact,
  type Hearing,
  type Intervention,
  type MeasureOrder,
  type Note,
  type Organisation,
  type Perpetrator,
  type Person,
  type PersonName,
  type Placement,
  type Proceeding,
  type Recognition,
  type Sentence,
  type SentenceModification,
  type Source,
  type Term,
  type TreatmentIncident,
  type WgadFinding,
} from '../../../../shared/case-model';
import type { CaseStatus } from '../../../../shared/domain/case';
import type { FuzzyDate } from '../../../../shared/domain/dates';
import type { CodeOf } from '../../../../shared/vocabularies';
import { ARREST_PRECISION, BIRTH_PRECISION, INCIDENT_PRECISION, dayOf, exact, fuzzy, human, humanMonth, withPrecision, yearOf, type Precision } from './days';
import { containsRealName, englishOf, initialled, inventName, latinFromRussian, patronymic, shortAz, type InventedName } from './names';
import { Rng, mixSeed } from './prng';
import {
  ADMIN_CODE,
  ADMIN_DETENTION_CENTRE,
  ADMIN_OFFENCES,
  ARREST_YEAR_WEIGHTS,
  CATEGORY_ARREST_PLACES,
  CATEGORY_WEIGHTS,
  CHARGE_PACKAGES,
  CLOSED_PRISON,
  ECTHR_ARTICLES_BY_CATEGORY,
  INVESTIGATORS,
  MILITARY_COURT,
  OCCUPATIONS,
  ORGANISED_CRIME_FACILITY,
  ORGS_BY_CATEGORY,
  PENAL_FACILITIES,
  policeTemporary,
  PRISON_HOSPITAL,
  REGIONS,
  SUPREME_COURT,
  UNCATALOGUED_REFS,
  WOMEN_FACILITY,
  securityDetentionCentre,
  type Category,
  type ChargePackage,
  type Region,
} from './reference-data';

/**
 * Synthetic, clearly fictional but realistic case files of Azerbaijani political prisoners, for the
 * demo vault, tests and the 10,000-case bench. Deterministic: the same options give the same cases,
 * ids included, and case i does not depend on how many cases are asked for.
 *
 * Every case is marked as fictional three ways: its reference starts with `DEMO-`, its title and
 * summary start with "Synthetic demo case —", and it belongs to the case group "Synthetic demo
 * data". Names are invented from common name parts (see names.ts); institutions are real.
 */

export type DemoFill = 'full' | 'typical';

export interface GenerateOptions {
  /** How many cases (0–1,000,000). */
  count: number;
  /** Any integer; the same seed gives the same cases. */
  seed: number;
  /**
   * 'full': every section of every case is filled, and every field of the model is filled in at
   * least one case of a set of 14 or more (the demo vault). 'typical': the realistic mix of a
   * monitoring group's vault, sparse where real files are sparse (the bench).
   */
  fill: DemoFill;
}

/** The "today" of the demo data: everything happens on or before this day (deadlines may be later). */
export const DEMO_AS_OF = '2026-11-15';
export const DEMO_REFERENCE_PREFIX = 'DEMO-';
export const DEMO_TITLE_PREFIX = 'Synthetic demo case — ';
export const DEMO_CASE_GROUP = 'Synthetic demo data';
/** Every person's biography and every case summary says this. */
export const DEMO_DISCLAIMER = 'This person and every event in this file are invented for demonstrating Habeas; any resemblance to real people is coincidental.';
/** A full set needs at least this many cases to cover every field. */
export const FULL_COVERAGE_MIN_CASES = 14;

export function generateCases(options: GenerateOptions): CaseFile[] {
  const { count, seed, fill } = options;
  if (!Number.isInteger(count) || count < 0 || count > 1_000_000) throw new RangeError('count must be a whole number from 0 to 1000000');
  if (!Number.isSafeInteger(seed)) throw new RangeError('seed must be an integer');
  if (fill !== 'full' && fill !== 'typical') throw new RangeError("fill must be 'full' or 'typical'");
  const out: CaseFile[] = new Array<CaseFile>(count);
  for (let i = 0; i < count; i++) out[i] = generateCase(i, { seed, fill });
  return out;
}

/** Case number `index` of the set for these options (the same as `generateCases(...)[index]`). */
export function generateCase(index: number, options: Pick<GenerateOptions, 'seed' | 'fill'>): CaseFile {
  const seedLow = options.seed >>> 0;
  const seedHigh = Math.floor(options.seed / 2 ** 32) >>> 0;
  const rng = new Rng(mixSeed(mixSeed(seedLow, seedHigh), index));
  return new CaseBuilder(rng, index, options.fill === 'full').build();
}

// ---------------------------------------------------------------------------------------------
// Plans: how far a case has got and how it ended

type Release = 'none' | 'pardon' | 'amnesty' | 'served' | 'early' | 'converted' | 'died' | 'at_verdict' | 'house_arrest';
type SentenceKind = 'imprisonment' | 'life' | 'suspended' | 'fine' | 'restricted_freedom';
type Target = 'investigation' | 'trial' | 'final';
type Ecthr = 'none' | 'filed' | 'communicated' | 'won';

interface Plan {
  target: Target;
  sentence: SentenceKind;
  release: Release;
  reducedOnAppeal: boolean;
  incommunicado: boolean;
  admin: boolean;
  extradition: boolean;
  ecthr: Ecthr;
  reopened: boolean;
  requalify: boolean;
  uncatalogued: boolean;
  exclusionMet: boolean;
  override: boolean;
  category?: Category;
  pkg?: (p: ChargePackage) => boolean;
  female?: boolean;
}

const BASE_PLAN: Plan = {
  target: 'final', sentence: 'imprisonment', release: 'none', reducedOnAppeal: false, incommunicado: false, admin: false,
  extradition: false, ecthr: 'none', reopened: false, requalify: false, uncatalogued: false, exclusionMet: false, override: false,
};

/** The cases of a 'full' set cycle through these, so every path (and so every field) occurs. */
const FULL_ARCHETYPES: readonly (Partial<Plan> & { categories?: readonly Category[] })[] = [
  { ecthr: 'communicated', requalify: true, pkg: requalifiable },
  { release: 'pardon', female: true },
  { release: 'amnesty', admin: true, categories: ['opposition_politician', 'youth_activist', 'civil_society_activist', 'trade_unionist'] },
  { release: 'died' },
  { target: 'investigation', incommunicado: true, category: 'journalist_blogger', pkg: (p) => p.refs.includes('206.3.2') },
  { release: 'served', ecthr: 'won', admin: true },
  { release: 'early', reducedOnAppeal: true, requalify: true, female: true, pkg: requalifiable },
  { target: 'investigation', release: 'house_arrest', female: true },
  { sentence: 'fine', release: 'at_verdict', admin: true, categories: ['youth_activist', 'civil_society_activist', 'artist_writer', 'journalist_blogger'], pkg: (p) => p.lenient === 'fine' },
  { sentence: 'life', category: 'other', pkg: (p) => p.life === true, override: true },
  { target: 'trial', category: 'religious_believer', pkg: (p) => p.terrorism === true, exclusionMet: true, incommunicado: true },
  { release: 'converted', extradition: true, category: 'political_emigre', ecthr: 'filed' },
  { sentence: 'suspended', release: 'at_verdict', uncatalogued: true, categories: ['civil_society_activist', 'trade_unionist', 'opposition_politician'], pkg: (p) => p.lenient === 'suspended' },
  { release: 'pardon', ecthr: 'won', reopened: true, admin: true, categories: ['opposition_politician', 'journalist_blogger', 'human_rights_defender', 'youth_activist'] },
];

/** Every profile category, for spreading a full set over all of them. */
const ALL_CATEGORIES: readonly Category[] = CATEGORY_WEIGHTS.map(([c]) => c);

/** The plan of case `index` of a full set: its archetype, with the category rotating through all of them. */
function fullPlan(index: number): Plan {
  const { categories, ...archetype } = FULL_ARCHETYPES[index % FULL_ARCHETYPES.length] as (typeof FULL_ARCHETYPES)[number];
  const round = Math.floor(index / FULL_ARCHETYPES.length);
  const pool = categories ?? ALL_CATEGORIES;
  const category = archetype.category ?? pool[(index * 7 + round * 3) % pool.length];
  return { ...BASE_PLAN, ...archetype, ...(category !== undefined ? { category } : {}) };
}

/** Packages with a charge that courts often requalify (see REQUALIFY). */
function requalifiable(p: ChargePackage): boolean {
  return p.refs.some((ref) => REQUALIFY[ref] !== undefined);
}

/** Arrest dates of a full set cycle through the precisions people record them with. */
const FULL_ARREST_PRECISIONS: readonly Precision[] = ['day', 'month', 'day~', 'year', 'day?', 'day', 'day%', 'month?', 'day', 'month~'];

const AS_OF = dayOf(DEMO_AS_OF);
const EARLIEST_ARREST = dayOf('2005-01-04');
const LATEST_ARREST = dayOf('2026-10-20');

/** Days from the arrest to each step, before the arrest is placed in time. */
interface Offsets {
  handover: number;
  first: number;
  houseArrest: number;
  trialStart: number;
  verdict: number;
  appeal: number;
  cassation: number;
  termDays: number;
  release: number;
  ecthrFiled: number;
  ecthrCommunicated: number;
  ecthrJudgment: number;
  reopening: number;
}

/** Absolute days of each step, and how far the case got by DEMO_AS_OF. */
interface Timeline extends Offsets {
  arrest: number;
  reached: 'investigation' | 'trial' | 'verdict' | 'appeal' | 'cassation';
  released: boolean;
  /** The sentence start (arrest day: time on remand is credited). */
  start: number;
}

// ---------------------------------------------------------------------------------------------

/** A copy without the keys whose value is undefined (optional fields left out, as the schema prints them). */
const compact = <T extends object>(o: T): T => {
  const out: Record<string, unknown> = {};
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    const v = (o as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = v;
  }
  return out as T;
};

const CRIMINAL_1999 = { jurisdiction: 'AZ', code: 'criminal', version: '1999' } as const;

const REQUALIFY: Record<string, string> = {
  '234.4.3': '234.1', '221.3': '221.2.1', '220.1': '233', '228.3': '228.1', '213.2.2': '213.1', '178.3.2': '178', '179.3.2': '179', '206.4': '206.3.2', '315.2': '315', '192.3.2': '192.2.2',
};

const PACE: readonly CodeOf<'pace_1900_criterion'>[] = ['criterion_a', 'criterion_b', 'criterion_c', 'criterion_d', 'criterion_e'];

const EXPRESSION: ReadonlySet<Category> = new Set(['journalist_blogger', 'human_rights_defender', 'artist_writer', 'academic', 'lawyer', 'political_emigre']);
const ASSEMBLY: ReadonlySet<Category> = new Set(['opposition_politician', 'youth_activist', 'civil_society_activist', 'trade_unionist']);

const CATEGORY_LABELS: Record<Category, string> = {
  journalist_blogger: 'journalist', human_rights_defender: 'human-rights defender', opposition_politician: 'opposition activist', civil_society_activist: 'civic activist',
  religious_believer: 'religious believer', lawyer: 'lawyer', academic: 'scholar', youth_activist: 'youth activist', trade_unionist: 'trade unionist',
  artist_writer: 'writer', relative_of_targeted_person: 'relative of an exiled blogger', political_emigre: 'political émigré', other: 'prisoner in another category',
};

const CASE_GROUPS: Record<Category, string> = {
  journalist_blogger: 'Fictional “Qala Xəbər” newsroom case', human_rights_defender: 'Fictional NGO-funding case', opposition_politician: 'Fictional rally case',
  civil_society_activist: 'Fictional civic-initiative case', religious_believer: 'Fictional mosque-community case', lawyer: 'Fictional lawyers’ case', academic: 'Fictional “scholars’ espionage” case',
  youth_activist: 'Fictional youth-movement case', trade_unionist: 'Fictional couriers’ strike case', artist_writer: 'Fictional poets’ case', relative_of_targeted_person: 'Fictional relatives (“hostages”) case',
  political_emigre: 'Fictional émigré-extradition case', other: 'Fictional other cases',
};

/** Ages at arrest, by profile. */
const AGE_RANGE: Record<Category, readonly [number, number]> = {
  journalist_blogger: [22, 58], human_rights_defender: [28, 70], opposition_politician: [25, 72], civil_society_activist: [22, 60], religious_believer: [19, 65],
  lawyer: [28, 66], academic: [32, 75], youth_activist: [18, 29], trade_unionist: [21, 55], artist_writer: [20, 65], relative_of_targeted_person: [18, 70],
  political_emigre: [28, 65], other: [25, 70],
};

const SECOND_CATEGORY: Partial<Record<Category, readonly Category[]>> = {
  journalist_blogger: ['human_rights_defender', 'opposition_politician'], youth_activist: ['opposition_politician', 'civil_society_activist'], opposition_politician: ['journalist_blogger'],
  human_rights_defender: ['lawyer', 'journalist_blogger'], religious_believer: ['civil_society_activist'], artist_writer: ['youth_activist'], academic: ['human_rights_defender'],
};

const FEMALE_SHARE: Record<Category, number> = {
  journalist_blogger: 0.35, human_rights_defender: 0.4, opposition_politician: 0.12, civil_society_activist: 0.3, religious_believer: 0.05, lawyer: 0.3, academic: 0.2,
  youth_activist: 0.15, trade_unionist: 0.1, artist_writer: 0.2, relative_of_targeted_person: 0.25, political_emigre: 0.1, other: 0.04,
};

const INCIDENT_DESCRIPTIONS: Partial<Record<CodeOf<'treatment_act'>, string>> = {
  torture: 'Beaten on the soles of the feet and threatened with rape at the police station to sign a confession.',
  ill_treatment: 'Punched and kicked during the arrest and in the car; bruises seen by the lawyer two days later.',
  incommunicado: 'Held for several days without the family or a chosen lawyer being told where.',
  denial_of_counsel: 'The lawyer chosen by the family was not let into the detention centre for three weeks.',
  denial_of_medical_care: 'Requests to see a cardiologist were ignored for months.',
  solitary_confinement: 'Placed in a punishment cell for 15 days for “talking back” to a guard.',
  pressure_to_seek_pardon: 'Told that the family would be “left alone” after a letter asking for pardon.',
  death_in_custody: 'Died in the prison hospital after months of complaints about heart pain.',
  religious_restrictions: 'Quran and prayer beads confiscated; not allowed to pray in the cell.',
  forced_confession: 'Made to read a confession on camera; the video was shown on state television.',
  punitive_transfer: 'Moved to a distant institution a day after a letter from prison was published.',
};

const WGAD_REASONS: Record<CodeOf<'wgad_category'>, string> = {
  category_i: 'No legal basis can be invoked: the person was held for days before any court order.',
  category_ii: 'Detention results from the exercise of rights under ICCPR arts. 19, 21 and 22.',
  category_iii: 'Grave violations of the right to a fair trial (ICCPR art. 14).',
  category_iv: 'Prolonged administrative custody without review.',
  category_v: 'Discrimination on the grounds of political opinion.',
};

class CaseBuilder {
  private readonly plan: Plan;
  private category!: Category;
  private categories!: Category[];
  private name!: InventedName;
  private region!: Region;
  private pkg!: ChargePackage;
  private years = 0;
  /** The term after a successful appeal (when the plan has one). */
  private reducedYears = 0;
  private months = 0;
  private t!: Timeline;
  private enName = '';
  private azName = '';
  private ruName = '';
  private sources: Source[] = [];
  private mainDetentionId = '';
  private adminDetentionId = '';
  private counsel: string[] = [];
  private prosecutor = '';
  /** Where the person was held and when, for placing incidents. */
  private stays: { name: string; from: number; to: number }[] = [];
  private trialCourt = '';
  /** How detailed a typical file is (1 = average); full sets ignore it. */
  private density = 1;

  constructor(
    private readonly rng: Rng,
    private readonly index: number,
    private readonly full: boolean,
  ) {
    this.plan = full ? fullPlan(index) : this.typicalPlan();
  }

  // ----- small helpers -------------------------------------------------------------------------

  private id(): string {
    return this.rng.uuid();
  }

  /** In a full set always; otherwise with probability p. */
  private maybe<T>(p: number, make: () => T): T | undefined {
    return this.often(p) ? make() : undefined;
  }

  /** True in a full set; otherwise with probability p, scaled by how detailed this file is. */
  private often(p: number): boolean {
    return this.full || this.rng.chance(p * this.density);
  }

  /** A count drawn from `weights`: at most one in sparse files, one more in detailed ones. */
  private count(weights: readonly (readonly [number, number])[]): number {
    const n = this.rng.weighted(weights);
    return this.density < 1 ? Math.min(n, 1) : this.density > 1 ? n + 1 : n;
  }

  private person(female = this.rng.chance(0.3)): InventedName {
    return inventName(this.rng, female);
  }

  private official(): string {
    return shortAz(this.person(this.rng.chance(0.25)));
  }

  // ----- the plan --------------------------------------------------------------------------------

  private typicalPlan(): Plan {
    const r = this.rng;
    // Many files hold little more than a list entry; a few are worked up in detail.
    this.density = r.weighted([[0.35, 45], [1, 40], [1.8, 15]]);
    return {
      ...BASE_PLAN,
      incommunicado: r.chance(0.12),
      admin: r.chance(0.12),
      requalify: r.chance(0.08),
      uncatalogued: r.chance(0.03),
      reducedOnAppeal: r.chance(0.1),
      release: r.weighted<Release>([['pardon', 22], ['amnesty', 6], ['early', 8], ['converted', 3], ['died', 0.6], ['house_arrest', 2], ['none', 58]]),
      ecthr: r.weighted<Ecthr>([['none', 62], ['filed', 18], ['communicated', 14], ['won', 6]]),
      override: r.chance(0.04),
    };
  }

  build(): CaseFile {
    this.choosePerson();
    this.chooseCharges();
    const caseId = this.id();
    const sources = this.buildSources();
    this.sources = sources;
    const detentions = this.buildDetentions();
    const proceedings = this.buildProceedings();
    const person = this.buildPerson();
    const organisations = this.buildOrganisations();
    const incidents = this.buildIncidents();
    const assessments = this.buildAssessments();
    const recognitions = this.buildRecognitions();
    const interventions = this.buildInterventions();
    const notes = this.buildNotes();
    const t = this.t;
    const status = this.status();
    const opened = Math.min(AS_OF, t.arrest + this.rng.int(2, 40));
    const closed = t.released && this.plan.release !== 'died' && this.lastActivity() + 120 < AS_OF && (this.often(0.5)) ? Math.min(AS_OF, this.lastActivity() + this.rng.int(60, 110)) : undefined;
    const monitors = Array.from({ length: this.full ? 2 : this.rng.int(0, 2) }, () => shortAz(this.person(this.rng.chance(0.6))));
    const articles = [...new Set(proceedings.flatMap((p) => p.charges.filter((c) => c.article.code === 'criminal').map((c) => c.article.article)))];
    const file: CaseFile = compact({
      schemaVersion: CASE_SCHEMA_VERSION,
      id: caseId,
      reference: `${DEMO_REFERENCE_PREFIX}${yearOf(t.arrest)}-${String(this.index + 1).padStart(4, '0')}`,
      title: `${DEMO_TITLE_PREFIX}${this.enName} (${this.categoryLabel()})`,
      status,
      monitoringStatus: this.maybe(0.8, (): CodeOf<'monitoring_status'> => (closed !== undefined ? 'not_active' : t.released ? 'pending' : 'active')),
      priority: this.maybe(0.7, (): CodeOf<'case_priority'> => (this.plan.release === 'died' ? 'normal' : !t.released && (this.plan.incommunicado || this.plan.release === 'none') ? (this.rng.chance(0.3) ? 'urgent' : 'high') : t.released ? 'low' : 'normal')),
      caseGroups: [DEMO_CASE_GROUP, ...(this.often(0.4) ? [this.caseGroup()] : [])],
      assignedTo: monitors,
      openedOn: this.maybe(0.85, () => exact(opened)),
      closedOn: closed !== undefined ? exact(closed) : undefined,
      summary: this.summary(articles, status),
      person,
      organisations,
      detentions,
      proceedings,
      incidents,
      assessments,
      recognitions,
      interventions,
      sources,
      notes,
      sensitivity: this.full && this.index % 3 === 0 ? { assignedTo: 'confidential' as const, caseGroups: 'restricted' as const } : undefined,
    });
    return file;
  }

  private lastActivity(): number {
    const t = this.t;
    return Math.max(t.released ? t.release : 0, t.reached === 'cassation' ? t.cassation : t.reached === 'appeal' ? t.appeal : t.verdict);
  }

  private status(): CaseStatus {
    const { t, plan } = this;
    if (plan.release === 'died' && t.released) return 'other';
    if (t.released) return plan.release === 'house_arrest' && (t.reached === 'investigation' || t.reached === 'trial') ? 'under_investigation' : 'released';
    return t.reached === 'investigation' || t.reached === 'trial' ? 'detained' : 'convicted';
  }

  private categoryLabel(): string {
    return CATEGORY_LABELS[this.category];
  }

  private caseGroup(): string {
    return CASE_GROUPS[this.category];
  }

  // ----- who -------------------------------------------------------------------------------------

  private choosePerson(): void {
    const r = this.rng;
    this.category = this.plan.category ?? r.weighted(CATEGORY_WEIGHTS);
    const more = SECOND_CATEGORY[this.category];
    this.categories = [this.category, ...(more && (this.full ? this.index % 2 === 0 : r.chance(0.25)) ? [r.pick(more)] : [])];
    this.name = inventName(r, this.plan.female ?? r.chance(FEMALE_SHARE[this.category]));
    // Religious cases cluster in Ganja and in Baku's Nardaran settlement.
    const clustered = this.category === 'religious_believer' && r.chance(0.4) ? (r.chance(0.5) ? 'ganja' : 'baku') : undefined;
    this.region = REGIONS.find((g) => g.key === clustered) ?? r.weighted(REGIONS.map((g) => [g, g.weight] as const));
    const p = patronymic(this.name);
    const en = englishOf(this.name.given[0]);
    this.enName = `${en} ${englishOf(this.name.family[0])}`;
    this.azName = `${this.name.given[0]} ${p.az} ${this.name.family[0]}`;
    this.ruName = `${this.name.given[1]} ${p.ru} ${this.name.family[1]}`;
  }

  // ----- when and what ---------------------------------------------------------------------------

  private chooseCharges(): void {
    const r = this.rng;
    const all = CHARGE_PACKAGES[this.category];
    const filtered = this.plan.pkg ? all.filter(this.plan.pkg) : all;
    const candidates = filtered.length > 0 ? filtered : all;
    if (this.full) {
      // Place the arrest so that the archetype's whole path fits before DEMO_AS_OF.
      for (const pkg of r.sample(candidates, candidates.length)) {
        this.choosePackage(pkg);
        const offsets = this.offsets();
        const [lo, hi] = this.arrestWindow(offsets, pkg, true);
        if (lo <= hi) return this.place(r.int(lo, hi), offsets);
      }
      const pkg = candidates[0] as ChargePackage;
      this.choosePackage(pkg);
      const offsets = this.offsets();
      const [lo, hi] = this.arrestWindow(offsets, pkg, false);
      return this.place(Math.max(EARLIEST_ARREST, Math.min(hi, Math.max(lo, hi - 30))), offsets);
    }
    const year = r.weighted(ARREST_YEAR_WEIGHTS);
    const arrest = Math.min(LATEST_ARREST, dayOf(`${year}-01-01`) + r.int(0, 364));
    const iso = exact(arrest);
    const fitting = candidates.filter((p) => (p.from === undefined || p.from <= iso) && (p.until === undefined || p.until >= iso));
    const pool = fitting.length > 0 ? fitting : candidates.filter((p) => p.from === undefined && p.until === undefined);
    const pkg = r.weighted((pool.length > 0 ? pool : candidates).map((p) => [p, p.weight] as const));
    this.choosePackage(pkg);
    if (pkg.life && r.chance(0.6)) this.plan.sentence = 'life';
    else if (pkg.lenient && r.chance(0.45)) {
      this.plan.sentence = pkg.lenient;
      this.plan.release = 'at_verdict';
    } else if (!pkg.life && this.years <= 5 && r.chance(0.03)) {
      this.plan.sentence = 'restricted_freedom';
      this.plan.release = 'at_verdict';
    }
    if (this.category === 'political_emigre' && r.chance(0.5)) this.plan.extradition = true;
    if (pkg.terrorism) this.plan.exclusionMet = r.chance(0.15);
    if (this.plan.ecthr === 'won') this.plan.reopened = r.chance(0.3);
    this.place(arrest, this.offsets());
  }

  private choosePackage(pkg: ChargePackage): void {
    const r = this.rng;
    this.pkg = pkg;
    const [lo, hi] = pkg.years;
    this.years = r.int(lo, hi);
    this.months = this.full ? (this.index % 2 === 0 ? 6 : 0) : r.chance(0.3) ? r.pick([3, 6, 6, 9]) : 0;
    const needsLong = this.plan.target === 'final' && this.plan.release === 'none' && this.plan.sentence === 'imprisonment';
    if (this.full && needsLong && this.years < 7) this.years = 7;
    if (this.full && (this.plan.release === 'pardon' || this.plan.release === 'amnesty' || this.plan.release === 'early' || this.plan.release === 'converted' || this.plan.release === 'died') && this.years < 4) this.years = 4;
    this.reducedYears = Math.max(1, this.years - r.int(1, 2));
  }

  private offsets(): Offsets {
    const r = this.rng;
    const { plan } = this;
    const handover = plan.extradition ? r.int(60, 240) : 0;
    const first = handover + (plan.incommunicado ? r.int(3, 6) : r.int(0, 2));
    const trialStart = first + r.int(120, 380) + (this.pkg.terrorism ? 200 : 0);
    const verdict = trialStart + r.int(25, 140);
    const appeal = verdict + r.int(60, 150);
    const cassation = appeal + r.int(110, 260);
    const years = plan.reducedOnAppeal ? this.reducedYears : this.years;
    const termDays = plan.sentence === 'life' ? Number.POSITIVE_INFINITY : years * 365 + this.months * 30;
    const houseArrest = first + r.int(30, 110);
    let release: number;
    switch (plan.release) {
      case 'pardon':
      case 'amnesty': {
        const lo = appeal + 30;
        release = termDays - 60 > lo ? r.int(lo, Math.min(termDays - 60, lo + 1800)) : termDays;
        break;
      }
      case 'early':
        release = Math.max(appeal + 30, Math.ceil((termDays * 2) / 3) + r.int(0, 90));
        break;
      case 'converted':
        release = Math.max(appeal + 30, Math.floor(termDays / 2) + r.int(0, 120));
        break;
      case 'died': {
        const lo = appeal + 30;
        release = r.int(lo, Math.max(lo, Math.min(termDays - 30, lo + 1500)));
        break;
      }
      case 'at_verdict':
        release = verdict;
        break;
      case 'house_arrest':
        release = houseArrest;
        break;
      default:
        release = termDays;
    }
    const ecthrFiled = r.chance(0.5) ? first + r.int(100, 180) : cassation + r.int(60, 170);
    const ecthrCommunicated = ecthrFiled + r.int(300, 900);
    const ecthrJudgment = ecthrCommunicated + r.int(500, 1300);
    const reopening = ecthrJudgment + r.int(200, 480);
    return { handover, first, houseArrest, trialStart, verdict, appeal, cassation, termDays, release, ecthrFiled, ecthrCommunicated, ecthrJudgment, reopening };
  }

  /** The arrest days for which the plan's path fits before DEMO_AS_OF (and the package's years, if `window`). */
  private arrestWindow(o: Offsets, pkg: ChargePackage, window: boolean): [number, number] {
    const { plan } = this;
    let lo = EARLIEST_ARREST;
    let hi = LATEST_ARREST;
    if (window && pkg.from !== undefined) lo = Math.max(lo, dayOf(pkg.from));
    if (window && pkg.until !== undefined) hi = Math.min(hi, dayOf(pkg.until));
    const ecthrLast = plan.ecthr === 'won' ? (plan.reopened ? o.reopening : o.ecthrJudgment) + 60 : plan.ecthr === 'communicated' ? o.ecthrCommunicated + 30 : plan.ecthr === 'filed' ? o.ecthrFiled + 20 : 0;
    if (plan.target === 'investigation') {
      lo = Math.max(lo, AS_OF - o.trialStart + 10);
      hi = Math.min(hi, AS_OF - (plan.release === 'house_arrest' ? o.houseArrest : o.first) - 15);
    } else if (plan.target === 'trial') {
      lo = Math.max(lo, AS_OF - o.verdict + 5);
      hi = Math.min(hi, AS_OF - o.trialStart - 20);
    } else {
      const last = Math.max(o.cassation, plan.release === 'none' ? 0 : o.release, ecthrLast);
      hi = Math.min(hi, AS_OF - last - 10);
      if (plan.release === 'none' && Number.isFinite(o.termDays)) lo = Math.max(lo, AS_OF - o.termDays + 60);
    }
    if (plan.target !== 'final' && ecthrLast > 0) hi = Math.min(hi, AS_OF - ecthrLast);
    return [lo, hi];
  }

  private place(arrest: number, o: Offsets): void {
    const abs = (d: number) => (Number.isFinite(d) ? arrest + d : Number.POSITIVE_INFINITY);
    const t: Timeline = {
      arrest,
      start: arrest,
      handover: arrest + o.handover,
      first: arrest + o.first,
      houseArrest: arrest + o.houseArrest,
      trialStart: arrest + o.trialStart,
      verdict: arrest + o.verdict,
      appeal: arrest + o.appeal,
      cassation: arrest + o.cassation,
      termDays: o.termDays,
      release: abs(o.release),
      ecthrFiled: arrest + o.ecthrFiled,
      ecthrCommunicated: arrest + o.ecthrCommunicated,
      ecthrJudgment: arrest + o.ecthrJudgment,
      reopening: arrest + o.reopening,
      reached: 'investigation',
      released: false,
    };
    t.reached = t.trialStart > AS_OF ? 'investigation' : t.verdict > AS_OF ? 'trial' : t.appeal > AS_OF ? 'verdict' : t.cassation > AS_OF ? 'appeal' : 'cassation';
    const { plan } = this;
    const end = t.start + t.termDays;
    const sentenced = t.reached !== 'investigation' && t.reached !== 'trial';
    let release = plan.release;
    // House arrest replaces remand during the investigation; an old case would have moved on.
    if (release === 'house_arrest' && !(t.houseArrest <= AS_OF && t.trialStart > AS_OF)) release = 'none';
    if ((release === 'pardon' || release === 'amnesty' || release === 'early' || release === 'converted' || release === 'died') && t.release >= end) release = 'none';
    if (release === 'at_verdict' && (plan.sentence === 'imprisonment' || plan.sentence === 'life')) release = 'none';
    let released = false;
    if (release === 'house_arrest') released = true;
    else if (release === 'at_verdict') {
      released = sentenced;
      t.release = t.verdict;
    } else if (release !== 'none' && release !== 'served') released = sentenced && t.release <= AS_OF;
    if (!released && sentenced && plan.sentence === 'imprisonment' && end <= AS_OF) {
      // Served the whole term (or already had when the verdict came: time on remand counts).
      release = 'served';
      t.release = Math.max(end, t.verdict);
      released = true;
    }
    if (!released) release = 'none';
    plan.release = release;
    t.released = released;
    if (plan.ecthr !== 'none' && t.ecthrFiled > AS_OF) plan.ecthr = 'none';
    if (plan.ecthr === 'won' && t.ecthrJudgment > AS_OF) plan.ecthr = 'communicated';
    if (plan.ecthr === 'communicated' && t.ecthrCommunicated > AS_OF) plan.ecthr = 'filed';
    if (plan.reopened && (plan.ecthr !== 'won' || t.reopening > AS_OF || t.reached !== 'cassation' || !released || t.release >= t.reopening || plan.release === 'died')) plan.reopened = false;
    this.t = t;
  }

  // ----- person ----------------------------------------------------------------------------------

  /**
   * Most demo prisoners are public figures whose names, occupation and arrest date the family and
   * the monitors decided to publish (as published lists do); every fifth is not, so public
   * documents of the demo vault show both cases: a name printed, and a name withheld.
   */
  private get isPublicFigure(): boolean {
    return this.index % 5 !== 4;
  }

  private get publicName(): { sensitivity?: { full: 'public'; use: 'public' } } {
    return this.isPublicFigure ? { sensitivity: { full: 'public', use: 'public' } } : {};
  }

  private buildPerson(): Person {
    const r = this.rng;
    const n = this.name;
    const p = patronymic(n);
    const given = n.given;
    const family = n.family;
    const female = n.female;
    const names: PersonName[] = [
      { id: this.id(), full: this.enName, use: 'primary', script: 'latin', given: englishOf(given[0]), family: englishOf(family[0]), ...(this.often(0.5) ? { patronymic: p.en } : {}), ...this.publicName },
      { id: this.id(), full: this.azName, use: 'native', script: 'latin', given: given[0], patronymic: p.az, family: family[0], ...this.publicName },
      { id: this.id(), full: this.ruName, use: 'transliteration', script: 'cyrillic', given: given[1], patronymic: p.ru, family: family[1] },
    ];
    const fromRussian = `${latinFromRussian(given[1])} ${latinFromRussian(family[1])}`;
    if (fromRussian !== this.enName && this.often(0.3)) names.push({ id: this.id(), full: fromRussian, use: 'transliteration', script: 'latin' });
    const alias = `${given[0]} ${n.father[0]}${female ? 'qızı' : 'oğlu'}`;
    if ((this.category === 'journalist_blogger' || this.category === 'artist_writer' || this.category === 'political_emigre') && this.often(0.4) && !containsRealName(alias)) {
      names.push({ id: this.id(), full: alias, use: 'alias', script: 'latin' });
    }
    if (female && (this.often(0.15))) {
      let maiden = inventName(r, true).family;
      while (containsRealName(`${given[0]} ${maiden[0]}`)) maiden = inventName(r, true).family;
      names.push({ id: this.id(), full: `${given[0]} ${maiden[0]}`, use: 'former', script: 'latin', given: given[0], family: maiden[0] });
    }
    const [minAge, maxAge] = AGE_RANGE[this.category];
    const age = r.int(minAge, maxAge);
    const born = this.t.arrest - age * 365 - r.int(0, 364);
    const org = r.pick(ORGS_BY_CATEGORY[this.category]);
    const affFrom = Math.max(born + 17 * 365, this.t.arrest - r.int(1, 12) * 365);
    const affiliations: Affiliation[] = [
      compact({ id: this.id(), organisation: org.name, position: this.maybe(0.7, () => r.pick(org.positions)), from: this.maybe(0.6, () => withPrecision(affFrom, r.chance(0.7) ? 'year' : 'month')), to: this.t.released && (this.often(0.3)) ? withPrecision(Math.min(AS_OF, this.t.release + r.int(30, 400)), 'year') : undefined }),
    ];
    const second = this.categories[1];
    if (second !== undefined && second !== this.category) {
      const o2 = r.pick(ORGS_BY_CATEGORY[second]);
      affiliations.push(compact({ id: this.id(), organisation: o2.name, position: this.maybe(0.5, () => r.pick(o2.positions)) }));
    }
    const ethnicity = this.region.key === 'lankaran' ? r.pick(['Talysh', 'Azerbaijani']) : this.region.key === 'sheki' && r.chance(0.3) ? 'Avar' : r.chance(0.05) ? 'Lezgin' : 'Azerbaijani';
    const healthy = !this.full && r.chance(0.55);
    const died = this.plan.release === 'died' && this.t.released;
    const person: Person = compact({
      id: this.id(),
      names,
      sex: this.maybe(0.95, (): CodeOf<'sex'> => (female ? 'female' : 'male')),
      birthDate: this.maybe(0.75, () => fuzzy(r, born, BIRTH_PRECISION)),
      placeOfBirth: this.maybe(0.5, () => r.pick(this.region.birthPlaces)),
      citizenships: this.category === 'political_emigre' && r.chance(0.5) ? ['Azerbaijan', r.pick(['Germany', 'France', 'Netherlands', 'Russian Federation'])] : this.often(0.7) ? ['Azerbaijan'] : [],
      occupation: this.maybe(0.8, () => r.pick(OCCUPATIONS[this.category])),
      categories: this.categories,
      affiliations: this.often(0.7) ? affiliations : [],
      religion: this.category === 'religious_believer' ? r.pick(['Shia Muslim', 'Shia Muslim', 'Sunni Muslim', 'Muslim (Nursi readings)']) : this.maybe(0.1, () => r.pick(['Muslim', 'Not religious'])),
      ethnicity: this.maybe(0.3, () => ethnicity),
      health: healthy ? undefined : r.pick([
        'Hypertension; the family says prescribed medicine is not always handed over.',
        'Chronic kidney disease diagnosed before the arrest; needs regular dialysis checks.',
        'Lost about 15 kg in pre-trial detention; back pain after the beating at the police station.',
        'Type 1 diabetes; insulin is brought by the family.',
        'Hepatitis C found in prison in the second year; treatment started after a public appeal.',
        'Heart condition (arrhythmia); two ambulance calls in the detention centre.',
      ]),
      address: this.maybe(0.4, () => `Nümunə küçəsi ${r.int(1, 120)}, mənzil ${r.int(1, 90)}, ${this.region.cityAz} (fictional address)`),
      familyContacts: this.often(0.5) ? this.buildFamily() : [],
      diedOn: died ? exact(this.t.release) : undefined,
      biography: this.maybe(0.6, () => this.biography(born)),
      sensitivity: this.full && this.index % 2 === 1 ? { birthDate: 'restricted' as const, religion: 'confidential' as const, ...(this.isPublicFigure ? { occupation: 'public' as const } : {}) } : this.isPublicFigure ? { occupation: 'public' as const } : undefined,
    });
    return person;
  }

  private biography(born: number): string {
    const r = this.rng;
    const he = this.name.female ? 'She' : 'He';
    const his = this.name.female ? 'her' : 'his';
    const lines: Record<Category, string> = {
      journalist_blogger: `${he} reported on corruption in public procurement and land seizures in ${this.region.city}, and ran a popular video channel.`,
      human_rights_defender: `${he} documented arbitrary detentions and helped families of prisoners file complaints, and trained young lawyers.`,
      opposition_politician: `${he} organised unsanctioned rallies and spoke at party meetings about electoral fraud.`,
      civil_society_activist: `${he} ran a civic-education initiative and collected signatures against the demolition of homes in ${his} district.`,
      religious_believer: `${he} led Quran readings at a neighbourhood mosque and criticised the ban on wearing the hijab in schools.`,
      lawyer: `${he} defended journalists and activists in several political trials before ${his} licence was suspended.`,
      academic: `${he} published on regional history and took part in an international research project before the arrest.`,
      youth_activist: `${he} took part in youth protests after the deaths of conscripts and posted satirical videos online.`,
      trade_unionist: `${he} helped food-delivery couriers organise a strike over pay cuts.`,
      artist_writer: `${he} wrote satirical poems that circulated on social media.`,
      relative_of_targeted_person: `${his.charAt(0).toUpperCase()}${his.slice(1)} brother is an opposition blogger living abroad; the family has been pressured to make him stop.`,
      political_emigre: `${he} left Azerbaijan after earlier harassment and criticised the authorities from abroad on an online channel.`,
      other: `${he} served in the army and later ran a small business; the family says the case was fabricated after a dispute with an official.`,
    };
    return `${this.enName} (${this.azName}) was born in ${yearOf(born)}. ${lines[this.category]} ${r.chance(0.5) ? `${he} is married and has ${r.int(1, 3)} children.` : `${he} is not married.`} ${DEMO_DISCLAIMER}`;
  }

  private buildFamily(): FamilyContact[] {
    const r = this.rng;
    const count = this.full ? 2 : r.int(1, 2);
    const out: FamilyContact[] = [];
    const relationships = r.sample(this.name.female ? ['Mother', 'Sister', 'Daughter', 'Husband', 'Brother', 'Father'] : ['Wife', 'Mother', 'Sister', 'Brother', 'Father', 'Son'], count);
    for (let i = 0; i < count; i++) {
      const relationship = relationships[i] as string;
      const female = ['Mother', 'Sister', 'Daughter', 'Wife'].includes(relationship);
      const relative = inventName(r, female);
      const family = relationship === 'Wife' || relationship === 'Husband' ? relative.family[0] : this.name.family[0].replace(/a$/, '') + (female && /(ov|yev|ev|in)$/.test(this.name.family[0].replace(/a$/, '')) ? 'a' : '');
      let given = relative.given[0];
      while (containsRealName(`${given} ${family}`)) given = inventName(r, female).given[0];
      out.push(compact({
        id: this.id(),
        name: `${given} ${family}`,
        relationship: this.maybe(0.9, () => relationship),
        contact: this.maybe(0.8, () => `+994 00 000 ${String(r.int(10, 99))} ${String(r.int(10, 99))} (fictional number); reachable through the monitoring group`),
        notes: this.maybe(0.4, () => r.pick(['Visits every second week; was questioned by the local police after speaking to journalists.', 'Prefers contact through the lawyer only.', 'Brings medicine and food parcels; keeps copies of the letters from prison.', 'Lives in another town; speaks Russian better than Azerbaijani.'])),
      }));
    }
    return out;
  }

  // ----- detention -------------------------------------------------------------------------------

  private buildDetentions(): DetentionEpisode[] {
    const out: DetentionEpisode[] = [];
    if (this.plan.admin) out.push(this.adminDetention());
    out.push(this.mainDetention());
    return out;
  }

  private adminDetention(): DetentionEpisode {
    const r = this.rng;
    const arrest = this.t.arrest - r.int(150, 700);
    const days = r.pick([10, 15, 20, 25, 30]);
    this.adminDetentionId = this.id();
    this.adminArrest = arrest;
    this.adminDays = days;
    return compact({
      id: this.adminDetentionId,
      arrestedOn: exact(arrest),
      arrestPlace: this.maybe(0.7, () => r.pick(['at a protest outside the Ministry of Justice', 'on Fountain Square during a picket', 'outside the court after a hearing in a colleague’s case'])),
      arrestingAuthority: 'police',
      arrestingAuthorityName: this.maybe(0.6, () => 'Baku City Main Police Department'),
      legalBasis: 'administrative_offence',
      legalBasisDetails: this.maybe(0.5, () => 'Detained for “wilful disobedience to a lawful demand of a police officer” (Code of Administrative Offences, art. 535.1) at a peaceful protest.'),
      detentionType: 'administrative',
      whereabouts: ['capture_acknowledged', 'location_disclosed'],
      firstAppearanceOn: exact(arrest),
      placements: [compact({ id: this.id(), facilityName: ADMIN_DETENTION_CENTRE, facilityType: 'administrative_detention_centre', facilityLocation: this.maybe(0.5, () => 'Baku'), from: exact(arrest), to: exact(arrest + days), regime: this.maybe(0.3, () => 'other' as const), conditions: this.full ? ['overcrowding', 'visits_restricted'] : [] })],
      releasedOn: exact(arrest + days),
      releaseType: 'served_sentence',
      releaseNotes: this.maybe(0.3, () => `Released after serving ${days} days of administrative detention.`),
      measures: [],
      notes: this.maybe(0.3, () => 'Earlier administrative arrest; monitors see it as part of the same pattern of pressure.'),
    });
  }
  private adminArrest = 0;
  private adminDays = 0;

  private mainDetention(): DetentionEpisode {
    const r = this.rng;
    const { t, plan, pkg } = this;
    const inv = INVESTIGATORS[plan.extradition ? 'security' : pkg.investigator];
    const isoArrest = exact(t.arrest);
    this.mainDetentionId = this.id();
    const measures = this.buildMeasures();
    const placements = this.buildPlacements();
    const foreign = plan.extradition ? r.pick(['Russian Federation', 'Ukraine', 'Georgia', 'Türkiye']) : '';
    const releaseType: CodeOf<'release_type'> | undefined = !t.released
      ? undefined
      : ({ pardon: 'pardon', amnesty: 'amnesty', served: 'served_sentence', early: 'conditional_early_release', converted: 'sentence_converted', died: 'died_in_custody', house_arrest: 'transfer_to_house_arrest', none: undefined, at_verdict: plan.sentence === 'suspended' ? 'sentence_suspended' : 'other' } as const)[plan.release];
    const whereabouts: CodeOf<'whereabouts'>[] = plan.incommunicado ? ['capture_denied', 'location_not_disclosed', 'counsel_contact_denied', 'family_contact_denied'] : r.chance(0.5) || this.full ? ['capture_acknowledged', 'location_disclosed', r.pick(['family_contact_permitted', 'family_contact_denied'] as const), r.pick(['counsel_contact_permitted', 'counsel_contact_denied'] as const)] : [];
    return compact({
      id: this.mainDetentionId,
      arrestedOn: (this.arrestRecorded = this.full ? withPrecision(t.arrest, FULL_ARREST_PRECISIONS[this.index % FULL_ARREST_PRECISIONS.length] as Precision) : fuzzy(r, t.arrest, ARREST_PRECISION)),
      arrestPlace: this.maybe(0.75, () => (plan.extradition ? `at passport control in ${foreign}, on an Interpol notice requested by Azerbaijan` : r.chance(0.5) ? r.pick(this.region.arrestPlaces) : r.pick(CATEGORY_ARREST_PLACES[this.category]).replace('{city}', this.region.city))),
      arrestingAuthority: this.maybe(0.85, () => (plan.extradition ? ('foreign_authority' as const) : inv.authority)),
      arrestingAuthorityName: this.maybe(0.7, () => (plan.extradition ? `Police of ${foreign} (at Azerbaijan’s request)` : inv.authorityName(isoArrest, this.region.city))),
      legalBasis: this.maybe(0.8, (): CodeOf<'legal_basis_type'> => (plan.extradition ? 'extradition' : 'criminal_suspicion')),
      legalBasisDetails: this.maybe(0.4, () => (plan.extradition ? `Held in ${foreign} pending extradition, then handed over to Azerbaijan on ${human(t.handover)}; remanded in Baku on arrival.` : `Detained as a suspect under art. 153 of the Code of Criminal Procedure; the arrest report cites art. ${pkg.refs[0]} of the Criminal Code. The defence says no arrest report was shown at the time.`)),
      detentionType: this.maybe(0.8, (): CodeOf<'detention_type'> => (EXPRESSION.has(this.category) || ASSEMBLY.has(this.category) ? 'free_speech_or_nonviolent_political' : pkg.terrorism ? 'violent_crime_against_state' : pkg.refs.includes('274') ? 'nonviolent_crime_against_state' : 'disproportionate_ordinary_charge')),
      whereabouts,
      incommunicadoFrom: plan.incommunicado ? exact(t.arrest) : undefined,
      incommunicadoUntil: plan.incommunicado ? exact(t.first) : undefined,
      firstAppearanceOn: this.maybe(0.8, () => exact(t.first)),
      measures,
      placements,
      releasedOn: t.released ? exact(t.release) : undefined,
      releaseType,
      releaseNotes: t.released ? this.maybe(0.6, () => this.releaseNote()) : undefined,
      sensitivity: this.isPublicFigure ? { arrestedOn: 'public' as const, releasedOn: 'public' as const } : undefined,
      notes: this.maybe(0.3, () => r.pick([
        'Police did not inform the family for two days; the lawyer chosen by the family was let in only after the first interrogation.',
        'The search of the home was carried out without witnesses from the neighbourhood; the protocol was signed by two police cadets.',
        'Arrested a week after publishing a critical post; the family links the arrest to it.',
        'Plain-clothes officers forced the person into an unmarked car; the police confirmed the arrest only the next day.',
      ])),
    });
  }

  private releaseNote(): string {
    const { t, plan } = this;
    switch (plan.release) {
      case 'pardon':
        return `Released under a presidential pardon decree of ${human(t.release)}, after signing a letter asking for pardon under pressure.`;
      case 'amnesty':
        return `Released under an amnesty act; the remaining ${Math.max(1, Math.round((t.start + t.termDays - t.release) / 30))} months of the sentence were waived.`;
      case 'served':
        return 'Released after serving the full sentence; the conviction stands.';
      case 'early':
        return 'Conditionally released after serving two thirds of the sentence; must report to the probation office monthly.';
      case 'converted':
        return 'The court replaced the rest of the prison term with restricted freedom; released the same day.';
      case 'died':
        return 'Died in the prison hospital. The authorities gave heart failure as the cause; the family was not allowed an independent autopsy.';
      case 'house_arrest':
        return 'The court replaced remand in custody with house arrest; the person may not leave the flat or use the internet.';
      case 'at_verdict':
        return this.plan.sentence === 'fine'
          ? 'Released in the courtroom: the court imposed a fine and took time on remand into account.'
          : this.plan.sentence === 'restricted_freedom'
            ? 'Released in the courtroom: sentenced to restricted freedom, to be served at home under probation supervision.'
            : 'Released in the courtroom: the court gave a suspended sentence.';
      default:
        return 'Released.';
    }
  }

  /** The district court that orders and extends remand (the same one throughout the case). */
  private measureCourt(): string {
    this.remandCourt ||= this.plan.extradition ? 'Sabail District Court' : this.rng.pick(this.region.districtCourts);
    return this.remandCourt;
  }
  private remandCourt = '';

  private buildMeasures(): MeasureOrder[] {
    const r = this.rng;
    const { t, plan } = this;
    const court = this.measureCourt();
    const judge = this.official();
    const out: MeasureOrder[] = [];
    const order = (measure: CodeOf<'pre_trial_measure'>, action: CodeOf<'measure_order_action'>, on: number, until: number | undefined, by = `${court}, judge ${judge}`) => {
      if (on > AS_OF) return;
      out.push(compact({
        id: this.id(),
        measure,
        action,
        orderedOn: exact(on),
        orderedBy: this.maybe(0.8, () => by),
        until: until !== undefined ? exact(until) : undefined,
        reference: this.maybe(0.5, () => `No. 4(00${r.int(1, 9)})-${r.int(100, 2999)}/${yearOf(on)}`),
        notes: this.maybe(0.15, () => r.pick(['The court copied the investigator’s request word for word.', 'The defence asked for house arrest; refused without reasons.', 'Hearing lasted eleven minutes.'])),
      }));
    };
    const firstUntil = t.first + r.pick([90, 120]);
    order('detention_on_remand', 'imposed', t.first, firstUntil);
    if (t.first + 15 <= AS_OF && (this.often(0.5))) order('detention_on_remand', 'upheld_on_appeal', t.first + r.int(8, 16), undefined, `${this.region.appealCourt}`);
    if (plan.release === 'house_arrest' && t.released) {
      order('house_arrest', 'replaced', t.houseArrest, t.houseArrest + 90);
      if (this.often(0.5)) order('travel_ban', 'imposed', t.houseArrest, undefined);
      return out;
    }
    let until = firstUntil;
    const stopAt = Math.min(t.trialStart, AS_OF);
    let guard = 0;
    while (until < stopAt && guard++ < 8) {
      const next = until + r.pick([60, 90, 90, 120]);
      if (this.often(0.4)) order('detention_on_remand', 'extended', until - r.int(3, 10), next);
      until = next;
    }
    if (t.trialStart <= AS_OF) order('detention_on_remand', 'extended', t.trialStart, t.trialStart + 180, `${this.trialCourtName()}, at the preliminary hearing`);
    if (t.released && (plan.release === 'at_verdict')) order('detention_on_remand', 'lifted', t.verdict, undefined, `${this.trialCourtName()}, with the verdict`);
    if (this.full && plan.release === 'at_verdict' && plan.sentence === 'suspended') order('police_supervision', 'imposed', t.verdict, t.verdict + 730, `${this.trialCourtName()}, with the verdict`);
    return out;
  }

  private trialCourtName(): string {
    if (this.trialCourt) return this.trialCourt;
    const grave = this.years >= 5 || this.plan.sentence === 'life' || this.pkg.terrorism === true;
    this.trialCourt = this.pkg.investigator === 'military' ? MILITARY_COURT : this.plan.extradition ? 'Baku Grave Crimes Court' : grave ? this.region.graveCourt : this.rng.pick(this.region.districtCourts);
    return this.trialCourt;
  }

  private buildPlacements(): Placement[] {
    const r = this.rng;
    const { t, plan, pkg } = this;
    const out: Placement[] = [];
    const endOr = (d: number) => (t.released && t.release <= d ? t.release : d);
    const add = (p: Omit<Placement, 'id' | 'conditions'> & { conditions?: Placement['conditions'] }) => {
      this.stays.push({ name: p.facilityName, from: p.from === undefined ? this.t.arrest : dayOf(p.from.slice(0, 10)), to: p.to === undefined ? AS_OF : dayOf(p.to.slice(0, 10)) });
      out.push(compact({ id: this.id(), ...p, conditions: p.conditions ?? [] }));
    };
    const conditions = (): Placement['conditions'] => (this.often(0.5) ? r.sample(['overcrowding', 'poor_sanitation', 'inadequate_food', 'extreme_temperature', 'no_outdoor_exercise', 'visits_restricted', 'correspondence_restricted', 'far_from_family'] as const, r.int(1, 3)) : []);
    if (plan.extradition) {
      add({ facilityName: `Extradition detention, ${r.pick(['Moscow', 'Kyiv', 'Tbilisi', 'Istanbul'])}`, facilityType: 'pre_trial_detention_centre', facilityLocation: 'abroad', from: exact(t.arrest), to: exact(t.handover), regime: 'pre_trial', transferReason: 'Handed over to Azerbaijan' });
    }
    const security = pkg.investigator === 'security' || plan.extradition;
    const custodyStart = plan.extradition ? t.handover : t.arrest;
    if (!security && (this.often(0.5))) {
      add({ facilityName: pkg.investigator === 'organised_crime' ? ORGANISED_CRIME_FACILITY : policeTemporary(this.region.city), facilityType: 'temporary_detention_facility', facilityLocation: this.maybe(0.5, () => 'Baku'), from: exact(custodyStart), to: exact(t.first + 1), regime: 'pre_trial', transferReason: this.maybe(0.5, () => 'Remanded in custody by the court') });
    }
    const pretrialName = security ? securityDetentionCentre(exact(t.first)) : this.region.pretrial;
    const afterFinal = t.appeal + r.int(10, 40);
    const pretrialEnd = plan.release === 'house_arrest' && t.released ? t.houseArrest : t.released && plan.release === 'at_verdict' ? t.verdict : afterFinal;
    add({
      facilityName: pretrialName,
      facilityType: security ? 'security_service_detention_centre' : 'pre_trial_detention_centre',
      facilityLocation: this.maybe(0.6, () => (security ? 'Baku' : this.region.pretrialLocation)),
      from: exact(t.first + (security ? 0 : 1)),
      to: pretrialEnd <= AS_OF ? exact(endOr(pretrialEnd)) : undefined,
      regime: 'pre_trial',
      conditions: conditions(),
      transferReason: pretrialEnd <= AS_OF && !(t.released && t.release <= pretrialEnd) ? this.maybe(0.6, () => 'Transferred to serve the sentence after the appeal judgment') : undefined,
      notes: this.maybe(0.3, () => r.pick(['Cell for 20 people held 34 in the summer months.', 'Held in a two-person cell with an informer, according to the lawyer.', 'Parcels limited to 5 kg a month.'])),
    });
    if (afterFinal > AS_OF || (t.released && t.release <= afterFinal)) return out;
    const regime: CodeOf<'detention_regime'> = plan.sentence === 'life' ? 'prison' : this.years >= 7 ? 'strict' : 'general';
    const first = plan.sentence === 'life' ? CLOSED_PRISON : this.name.female ? WOMEN_FACILITY : r.pick(PENAL_FACILITIES.filter((f) => f.regimes.includes(regime === 'prison' ? 'strict' : regime)).length > 0 ? PENAL_FACILITIES.filter((f) => f.regimes.includes(regime === 'prison' ? 'strict' : regime)) : PENAL_FACILITIES);
    const end = t.released ? t.release : Number.POSITIVE_INFINITY;
    const died = plan.release === 'died' && t.released;
    // A later move: to the prison hospital (for a while, or until death) or a punitive transfer.
    const moveOn = died ? Math.max(afterFinal + 1, t.release - r.int(10, 60)) : this.often(0.25) ? afterFinal + r.int(200, 900) : Number.POSITIVE_INFINITY;
    const moved = moveOn < end && moveOn <= AS_OF;
    const hospital = died || (moved && ((this.full && this.index % 4 === 0) || r.chance(0.3)));
    const penal = (p: { name: string; location: string }, from: number, to: number, transferReason?: string) =>
      add({
        facilityName: p.name,
        facilityType: plan.sentence === 'life' ? 'prison' : 'penal_colony',
        facilityLocation: this.maybe(0.6, () => p.location),
        from: exact(from),
        to: to <= AS_OF ? exact(to) : undefined,
        regime,
        conditions: conditions(),
        transferReason,
      });
    penal(first, afterFinal, moved ? moveOn : end, moved ? (hospital ? 'Moved to the prison hospital for treatment' : r.pick(['Punitive transfer after a letter from prison was published', 'Moved to another institution for alleged disciplinary breaches'])) : undefined);
    if (!moved) return out;
    if (!hospital) {
      const next = this.name.female || plan.sentence === 'life' ? first : r.pick(PENAL_FACILITIES.filter((f) => f.name !== first.name));
      penal(next, moveOn, end);
      return out;
    }
    const back = died ? end : Math.min(end, moveOn + r.int(20, 120));
    add({
      facilityName: PRISON_HOSPITAL.name,
      facilityType: 'prison_hospital',
      facilityLocation: this.maybe(0.5, () => PRISON_HOSPITAL.location),
      from: exact(moveOn),
      to: back <= AS_OF ? exact(back) : undefined,
      regime: 'medical',
      conditions: conditions(),
      transferReason: !died && back < end && back <= AS_OF ? 'Returned after treatment' : undefined,
      notes: this.maybe(0.3, () => 'Family visits to the hospital allowed only once a month.'),
    });
    if (!died && back < end && back <= AS_OF) penal(first, back, end);
    return out;
  }

  // ----- proceedings -----------------------------------------------------------------------------

  private buildProceedings(): Proceeding[] {
    const out: Proceeding[] = [];
    if (this.plan.admin) out.push(this.adminProceeding());
    out.push(this.mainProceeding());
    return out;
  }

  private adminProceeding(): Proceeding {
    const r = this.rng;
    const arrest = this.adminArrest;
    const court = r.pick(this.region.key === 'baku' ? this.region.districtCourts : (REGIONS[0] as Region).districtCourts);
    const offence = r.pick(ADMIN_OFFENCES);
    const chargeArticle: ChargeArticleRef = { ...ADMIN_CODE, article: offence.article, asEntered: offence.asEntered };
    const judge = this.official();
    return compact({
      id: this.id(),
      jurisdiction: 'Azerbaijan',
      type: 'administrative',
      court,
      courtType: this.maybe(0.7, () => 'civilian' as const),
      caseNumber: this.maybe(0.7, () => `4-1(00${r.int(1, 9)})-${r.int(100, 999)}/${yearOf(arrest)}`),
      caseName: this.maybe(0.3, () => `Administrative offence case of ${this.enName}`),
      stage: 'closed',
      coDefendants: [],
      detentionIds: [this.adminDetentionId],
      charges: [compact({ id: this.id(), article: chargeArticle, broughtOn: exact(arrest), status: 'convicted', notes: this.maybe(0.5, () => 'Administrative offence: the Code of Administrative Offences is not in the bundled catalogue, so the article is entered as typed.') })],
      hearings: [compact({
        id: this.id(), date: exact(arrest), type: 'administrative_hearing', court, judges: [judge], counsel: this.full ? [`${initialled(this.person())} (state-appointed)`] : [], openness: 'closed', outcome: 'convicted',
        reasoning: this.maybe(0.5, () => 'The judge relied only on two police officers’ reports; no video was examined.'),
        legalCounsel: ['counsel_appointed_by_state', 'no_consultation_permitted'], statementsSigned: [], observers: [], exhibitIds: [],
        interpreterProvided: this.maybe(0.3, () => false), languageInCourt: this.maybe(0.5, () => 'mother_tongue' as const),
      })],
      sentences: [compact({ id: this.id(), imposedOn: exact(arrest), type: 'administrative_detention', term: { days: this.adminDays }, startsOn: exact(arrest), modifications: [], notes: this.maybe(0.3, () => 'Served in full.') })],
      notes: this.maybe(0.3, () => 'Hearing held the same night, without a lawyer of the person’s choosing.'),
    });
  }

  private mainProceeding(): Proceeding {
    const r = this.rng;
    const { t, plan, pkg } = this;
    this.prosecutor = `${initialled(this.person(false))}, ${r.pick(['Prosecutor General’s Office', 'Baku City Prosecutor’s Office', 'State Prosecution Department'])}`;
    this.counsel = [`${initialled(this.person())} (chosen by the family)`, ...(this.often(0.4) ? [`${initialled(this.person())}`] : [])];
    const court = this.trialCourtName();
    const charges = this.buildCharges();
    const hearings = this.buildHearings();
    const sentences = this.buildSentences();
    const stage: CodeOf<'proceeding_stage'> = plan.reopened ? 'reopening'
      : t.reached === 'investigation' ? 'investigation'
        : t.reached === 'trial' ? 'trial_first_instance'
          : t.reached === 'verdict' ? 'appeal'
            : t.reached === 'appeal' ? 'cassation'
              : plan.ecthr !== 'none' && plan.ecthr !== 'won' ? 'ecthr' : 'closed';
    const coDefendants = this.often(0.35) ? Array.from({ length: r.int(1, pkg.refs.length > 2 ? 4 : 2) }, () => shortAz(this.person(r.chance(0.15)))) : [];
    return compact({
      id: this.id(),
      jurisdiction: this.maybe(0.7, () => 'Azerbaijan'),
      type: 'criminal',
      court: this.maybe(0.9, () => court),
      courtType: this.maybe(0.7, (): CodeOf<'court_type'> => (court === MILITARY_COURT ? 'military' : court.includes('Grave') ? 'serious_crimes' : 'civilian')),
      caseNumber: this.maybe(0.8, () => (t.reached === 'investigation' ? `Criminal case No. ${String(yearOf(t.arrest)).slice(2)}${r.int(10, 99)}${r.int(100000, 999999)}` : `1(101)-${r.int(10, 1999)}/${yearOf(t.trialStart)}`)),
      caseName: this.maybe(0.4, () => `The State v. ${englishOf(this.name.family[0])}${coDefendants.length > 0 ? ' and others' : ''}`),
      investigatingBody: this.maybe(0.6, () => INVESTIGATORS[plan.extradition ? 'security' : pkg.investigator].body(exact(t.arrest), this.region.city)),
      stage,
      coDefendants,
      detentionIds: [this.mainDetentionId],
      charges,
      hearings,
      sentences,
      notes: this.maybe(0.3, () => r.pick([
        'The indictment runs to 140 pages; most of it repeats the person’s posts as evidence of intent.',
        'Key prosecution witnesses were police officers who took part in the arrest.',
        'The trial was moved to a small courtroom; relatives were let in, journalists were not.',
      ])),
    });
  }

  private buildCharges(): Charge[] {
    const r = this.rng;
    const { t, plan, pkg } = this;
    const out: Charge[] = [];
    const decided = t.reached !== 'investigation' && t.reached !== 'trial';
    const acquitted = plan.reopened;
    const finalStatus = (): CodeOf<'charge_status'> => (acquitted ? 'acquitted' : decided ? 'convicted' : 'pending');
    const note = (ref: string): string | undefined =>
      this.maybe(0.3, () =>
        ref.startsWith('234') ? `Police say ${r.int(2, 40)}.${r.int(1, 9)} g of ${r.pick(['heroin', 'marijuana', 'methamphetamine'])} were found in a pocket during the search; the defence says it was planted and asked for fingerprint tests, refused.`
          : ref.startsWith('228') ? 'A pistol and cartridges were “found” in the car in the absence of the owner; no fingerprints examined.'
            : ref === '233' || ref.startsWith('220') ? 'The protest was peaceful according to video recordings the court refused to watch.'
              : ref.startsWith('206') ? 'The prosecution says foreign grants were brought into the country as cash; the defence says they were ordinary donations.'
                : ref === '274' ? 'Accused of passing “secret information” that was in fact published research; the trial was closed.'
                  : `Charge under art. ${ref} added at the request of the investigator.`,
      );
    const brought = t.arrest + r.int(1, 2);
    pkg.refs.forEach((ref, i) => {
      const dropped = decided && !acquitted && i > 0 && pkg.refs.length > 2 && r.chance(this.full ? 0 : 0.1);
      out.push(compact({ id: this.id(), article: { ...CRIMINAL_1999, article: ref }, broughtOn: this.maybe(0.85, () => exact(brought)), status: this.maybe(0.9, () => (dropped ? 'dropped' : finalStatus())), notes: note(ref) }));
    });
    for (const ref of pkg.later ?? []) {
      const when = t.arrest + r.int(60, 200);
      if (when > Math.min(AS_OF, t.trialStart)) continue;
      if (!this.full && r.chance(0.25)) continue;
      out.push(compact({ id: this.id(), article: { ...CRIMINAL_1999, article: ref }, broughtOn: exact(when), status: finalStatus(), notes: this.maybe(0.3, () => 'Added to the charges a few months into the investigation, which raised the maximum penalty.') }));
    }
    if (plan.requalify) {
      const from = out.find((c) => REQUALIFY[c.article.article] !== undefined);
      const target = from && REQUALIFY[from.article.article];
      if (from && target) {
        const to: Charge = compact({ id: this.id(), article: { ...CRIMINAL_1999, article: target }, broughtOn: exact(Math.min(AS_OF, decided ? t.verdict : t.arrest + 90)), status: finalStatus(), requalifiedFrom: from.id, notes: this.maybe(0.5, () => `Requalified from art. ${from.article.article} ${decided ? 'by the trial court' : 'by the investigator'}.`) });
        from.status = 'requalified';
        from.requalifiedTo = to.id;
        out.push(to);
      }
    }
    if (plan.uncatalogued) {
      const u = r.pick(UNCATALOGUED_REFS);
      out.push(compact({ id: this.id(), article: { ...CRIMINAL_1999, article: u.article, asEntered: u.asEntered }, broughtOn: exact(t.arrest + r.int(5, 40)), status: decided ? 'acquitted' : 'pending', notes: u.note }));
    }
    return out;
  }

  private buildHearings(): Hearing[] {
    const r = this.rng;
    const { t, plan } = this;
    const out: Hearing[] = [];
    const court = this.trialCourtName();
    const trialJudges = court.includes('Grave') || court === MILITARY_COURT ? [this.official(), this.official(), this.official()] : [this.official()];
    const appealJudges = [this.official(), this.official(), this.official()];
    const supremeJudges = [this.official(), this.official(), this.official()];
    const observers = () => (this.often(0.3) ? r.sample(['Diplomats from several EU embassies', 'OSCE Office observer', 'Local trial-monitoring group (demo)', 'Council of Europe office in Baku', 'Relatives only; press refused entry'], r.int(1, 2)) : []);
    const hearing = (h: Partial<Hearing> & Pick<Hearing, 'type'> & { on: number }) => {
      if (h.on > AS_OF) return;
      const { on, ...rest } = h;
      out.push(compact({
        id: this.id(),
        date: exact(on),
        court,
        judges: [],
        prosecutor: this.maybe(0.5, () => this.prosecutor),
        counsel: this.counsel,
        openness: this.maybe(0.5, (): CodeOf<'hearing_openness'> => (this.pkg.refs.includes('274') ? 'closed' : r.pick(['open', 'open_but_access_restricted', 'open']))),
        interpreterProvided: this.maybe(0.1, () => this.region.key === 'lankaran' && r.chance(0.3)),
        languageInCourt: this.maybe(0.2, (): CodeOf<'language_in_court'> => (this.region.key === 'lankaran' ? 'fluent' : 'mother_tongue')),
        legalCounsel: [],
        statementsSigned: [],
        observers: [],
        exhibitIds: [],
        ...rest,
      }));
    };
    const measureCourt = this.measureCourt();
    hearing({
      on: t.first, type: 'measure_of_restraint', court: measureCourt, judges: [this.official()], outcome: 'detention_ordered', openness: 'closed',
      reasoning: this.maybe(0.6, () => 'Remand ordered on the grounds that the suspect might abscond or obstruct the investigation; no individual reasons given.'),
      legalCounsel: plan.incommunicado ? ['counsel_appointed_by_state', 'no_consultation_permitted'] : ['counsel_chosen_by_client', 'private_consultation_permitted'],
      statementsSigned: this.often(0.4) ? [plan.incommunicado ? 'forced_to_sign' : r.pick(['requested_but_refused', 'not_requested_to_sign'] as const)] : [],
      counsel: plan.incommunicado ? [`${initialled(this.person())} (state-appointed)`] : this.counsel,
      observations: this.maybe(0.4, () => (plan.incommunicado ? 'The state-appointed lawyer did not object to anything; the family’s lawyer was not admitted.' : 'The hearing was held without notice to the family; the lawyer got the case file minutes before.')),
    });
    if (plan.release === 'house_arrest') {
      hearing({ on: t.houseArrest, type: 'extension_of_detention', court: measureCourt, judges: [this.official()], outcome: 'measure_changed', reasoning: this.maybe(0.6, () => 'Replaced with house arrest after medical reports and international attention.') });
      return out;
    }
    if (this.often(0.4)) hearing({ on: t.first + r.int(60, 110), type: 'extension_of_detention', court: measureCourt, judges: [this.official()], outcome: 'detention_extended', openness: 'closed', observations: this.maybe(0.3, () => 'Extension granted in a hearing the lawyer learned about the same morning.') });
    if (this.often(0.5)) hearing({ on: t.trialStart, type: 'preliminary_hearing', judges: trialJudges, outcome: 'detention_extended', reasoning: this.maybe(0.4, () => 'Defence motions to exclude the search report refused.'), legalCounsel: ['counsel_chosen_by_client', 'counsel_at_trial_permitted_to_defend'] });
    const sessions = this.full ? 2 : this.count([[0, 60], [1, 40]]);
    for (let i = 1; i <= sessions; i++) {
      const on = t.trialStart + Math.round(((t.verdict - t.trialStart) * i) / (sessions + 1));
      hearing({
        on, type: 'trial_session', judges: trialJudges, outcome: 'adjourned', observers: observers(),
        legalCounsel: r.chance(0.5) ? ['counsel_at_trial_permitted_to_defend'] : ['counsel_at_trial_not_permitted_to_defend', 'witness_examination_not_permitted'],
        observations: this.maybe(0.4, () => r.pick(['Prosecution witnesses gave identical statements, word for word.', 'The judge refused to call the defence’s witnesses.', 'The defendant said in court that the confession was beaten out of him at the police station; the judge did not react.', 'Police officers filled the public seats before relatives arrived.'])),
      });
    }
    hearing({
      on: t.verdict, type: 'verdict', judges: trialJudges, outcome: 'convicted', observers: observers(),
      reasoning: this.maybe(0.7, () => `Found guilty under arts. ${this.pkg.refs.join(', ')}; the court relied on police testimony and ignored the defence’s evidence.`),
      legalCounsel: ['counsel_chosen_by_client', 'counsel_at_trial_permitted_to_defend'],
      observations: this.maybe(0.5, () => 'Verdict read in about ten minutes; the full text was handed to the defence three weeks later.'),
    });
    const appealOutcome: CodeOf<'hearing_outcome'> = plan.reducedOnAppeal ? 'sentence_reduced' : r.weighted([['appeal_dismissed', 85], ['appeal_partly_granted', 10], ['sentence_increased', 2]]);
    hearing({ on: t.appeal, type: 'appeal_hearing', court: this.region.appealCourt, judges: appealJudges, outcome: appealOutcome, reasoning: this.maybe(0.5, () => (appealOutcome === 'sentence_reduced' ? 'Sentence reduced, taking into account the person’s health and family situation; the conviction stands.' : 'The appeal court repeated the trial court’s reasoning.')) });
    hearing({ on: t.cassation, type: 'cassation_hearing', court: SUPREME_COURT, judges: supremeJudges, outcome: 'appeal_dismissed', openness: 'open', reasoning: this.maybe(0.4, () => 'Cassation appeal dismissed on the papers.') });
    if (plan.release === 'early' && this.t.released) hearing({ on: t.release - r.int(1, 5), type: 'early_release_hearing', court: 'Garadagh District Court', judges: [this.official()], outcome: 'release_ordered', reasoning: this.maybe(0.6, () => 'Two thirds of the term served; positive report from the penitentiary institution.') });
    if (plan.reopened) {
      hearing({ on: t.reopening, type: 'cassation_hearing', court: SUPREME_COURT, judges: supremeJudges, outcome: 'judgment_quashed', openness: 'open', reasoning: this.maybe(0.8, () => 'Reopened after the European Court’s judgment finding violations of Articles 5 and 18; the Plenum quashed the conviction and acquitted.'), observers: observers() });
    }
    return out;
  }

  private termOf(years: number, months: number): Term {
    return months > 0 ? { years, months } : { years };
  }

  private buildSentences(): Sentence[] {
    const r = this.rng;
    const { t, plan } = this;
    if (t.reached === 'investigation' || t.reached === 'trial' || (plan.release === 'house_arrest' && t.released)) return [];
    const credited = t.verdict - t.start;
    const mods: SentenceModification[] = [];
    const mod = (m: Omit<SentenceModification, 'id'>) => mods.push(compact({ id: this.id(), ...m }));
    if (plan.reducedOnAppeal && t.appeal <= AS_OF) {
      mod({ type: 'reduced_on_appeal', decidedOn: exact(t.appeal), decidedBy: this.region.appealCourt, newTerm: this.termOf(this.reducedYears, this.months), reference: this.maybe(0.6, () => `1(103)-${r.int(100, 999)}/${yearOf(t.appeal)}`), notes: this.maybe(0.5, () => 'Conviction upheld; term reduced.') });
    }
    if (this.full && this.index % 5 === 1 && t.reached === 'cassation' && !t.released) {
      mod({ type: 'regime_changed', decidedOn: exact(t.cassation + 100), decidedBy: 'Garadagh District Court', notes: 'Transferred from a general- to a strict-regime institution after alleged disciplinary breaches.' });
    }
    if (t.released) {
      switch (plan.release) {
        case 'pardon':
          mod({ type: 'pardon', decidedOn: exact(t.release), decidedBy: 'President of the Republic of Azerbaijan', reference: this.maybe(0.8, () => `Pardon decree of ${human(t.release)}`), notes: this.maybe(0.5, () => 'Released from serving the rest of the sentence; the conviction remains.') });
          break;
        case 'amnesty':
          mod({ type: 'amnesty', decidedOn: exact(t.release), decidedBy: 'Milli Majlis (amnesty act), applied by the penitentiary institution', reference: this.maybe(0.7, () => `Amnesty act of ${humanMonth(t.release - r.int(5, 30))}`) });
          break;
        case 'early':
          mod({ type: 'conditional_early_release', decidedOn: exact(t.release), decidedBy: 'Garadagh District Court', reference: this.maybe(0.5, () => `4(00${r.int(1, 9)})-${r.int(100, 999)}/${yearOf(t.release)}`) });
          break;
        case 'converted': {
          const left = Math.max(1, t.start + t.termDays - t.release);
          mod({ type: 'converted', decidedOn: exact(t.release), decidedBy: 'Garadagh District Court', newTerm: { years: Math.floor(left / 365), months: Math.floor((left % 365) / 30), days: (left % 365) % 30 }, notes: 'The rest of the term was replaced with restricted freedom.' });
          break;
        }
        default:
      }
    }
    if (plan.reopened) mod({ type: 'quashed', decidedOn: exact(t.reopening), decidedBy: SUPREME_COURT, reference: this.maybe(0.6, () => `1(102)-${r.int(10, 99)}/${yearOf(t.reopening)}`), notes: 'Quashed after the European Court’s judgment; acquitted.' });
    if (!this.full && r.chance(0.03) && t.reached === 'cassation' && !t.released) {
      mod({ type: 'new_sentence_added', decidedOn: exact(Math.min(AS_OF, t.cassation + r.int(100, 600))), decidedBy: 'Garadagh District Court', newTerm: { years: this.years + r.int(1, 3) }, notes: 'New charge (art. 315) brought while in prison, after a quarrel with a guard.' });
    }
    const base = {
      id: this.id(),
      imposedOn: exact(t.verdict),
      startsOn: this.maybe(0.6, () => exact(t.start)),
      notes: undefined as string | undefined,
      modifications: mods,
    };
    let sentence: Sentence;
    switch (plan.sentence) {
      case 'life':
        sentence = { ...base, type: 'life_imprisonment', regime: 'prison', notes: this.maybe(0.6, () => 'Life imprisonment; eligible to ask for conditional release only after 25 years.') };
        break;
      case 'fine':
        sentence = { ...base, type: 'fine', fineAmount: r.pick([1000, 1500, 2000, 2500, 5000, 7000]), fineCurrency: 'AZN', creditedPreTrialDays: this.maybe(0.5, () => credited), notes: this.maybe(0.5, () => 'Fine reduced by the time spent on remand.') };
        break;
      case 'suspended':
        sentence = { ...base, type: 'suspended_sentence', term: this.termOf(this.years, this.months), notes: this.maybe(0.8, () => `Suspended, with ${r.int(1, 3)} years’ probation.`) };
        break;
      case 'restricted_freedom':
        sentence = { ...base, type: 'restricted_freedom', term: this.termOf(this.years, this.months) };
        break;
      default:
        sentence = {
          ...base, type: 'imprisonment', term: this.termOf(this.years, this.months),
          regime: this.maybe(0.8, (): CodeOf<'detention_regime'> => (this.years >= 7 ? 'strict' : 'general')),
          creditedPreTrialDays: this.maybe(0.5, () => credited),
          notes: this.maybe(0.3, () => `Term counted from the arrest on ${human(t.arrest)}.`),
        };
    }
    const out: Sentence[] = [compact(sentence)];
    if (this.full && this.index % 7 === 2 && plan.sentence === 'imprisonment') out.push(compact({ id: this.id(), imposedOn: exact(t.verdict), type: 'ban_on_positions_or_activities', term: { years: 2 }, modifications: [], notes: 'Additional penalty: barred from journalism and NGO management for two years after release.' }));
    return out;
  }

  // ----- sources, incidents, assessments ---------------------------------------------------------

  private buildSources(): Source[] {
    const r = this.rng;
    const lawyer = initialled(this.person());
    const relative = shortAz(this.person(true));
    const arrest = this.t.arrest;
    const all: (() => Source)[] = [
      () => compact({ id: this.id(), name: `Defence lawyer ${lawyer}`, type: 'individual', contact: this.maybe(0.6, () => 'Through the lawyers’ chamber; secure messenger handle kept in the sealed contacts list (fictional).'), connection: 'lawyer', access: 'first_hand', materialType: this.maybe(0.8, () => 'interview' as const), materialDate: this.maybe(0.8, () => exact(Math.min(AS_OF, arrest + r.int(5, 60)))), sourceReliability: 'usually_reliable', informationReliability: 'probably_true', consent: 'given', confidentiality: 'may_be_named', summary: this.maybe(0.8, () => 'Describes the arrest, the search and the first interrogation, and what the client said about ill-treatment.') }),
      () => compact({ id: this.id(), name: `${relative} (relative)`, type: 'individual', contact: this.maybe(0.7, () => '+994 00 000 00 00 (fictional number); meet only in person'), connection: 'victim_relative', access: 'second_hand', materialType: 'victim_testimony', materialDate: this.maybe(0.7, () => exact(Math.min(AS_OF, arrest + r.int(2, 30)))), sourceReliability: 'fairly_reliable', informationReliability: 'possibly_true', consent: this.full ? 'given_with_restrictions' : r.pick(['given', 'given_with_restrictions'] as const), confidentiality: 'name_withheld', summary: this.maybe(0.7, () => 'Account of visits and of what the prisoner said about conditions; asks not to be named in public documents.'), sensitivity: this.full ? { summary: 'restricted' as const } : undefined }),
      () => compact({ id: this.id(), name: `Court records: verdict and appeal judgment (${this.trialCourtName()})`, type: 'court', connection: 'third_party', access: 'documentary', materialType: 'court_records', materialDate: this.maybe(0.9, () => exact(Math.min(AS_OF, this.t.verdict))), sourceReliability: 'completely_reliable', informationReliability: 'confirmed', consent: this.maybe(0.5, () => 'not_asked' as const), confidentiality: 'may_be_named', summary: this.maybe(0.6, () => 'What the court found, the evidence it relied on and the motions it refused.') }),
      () => compact({ id: this.id(), name: 'Former cellmate (anonymous)', type: 'individual', contact: this.maybe(0.4, () => 'Only through the relative; never by phone.'), connection: 'witness', access: 'first_hand', materialType: 'witness_testimony', materialDate: this.maybe(0.6, () => withPrecision(Math.min(AS_OF, arrest + r.int(200, 900)), 'month')), sourceReliability: 'cannot_be_judged', informationReliability: 'possibly_true', consent: 'given_with_restrictions', confidentiality: 'anonymous', summary: this.maybe(0.6, () => 'Saw injuries after the person was taken out of the cell at night.') }),
      () => compact({ id: this.id(), name: 'Statement of a local human-rights group (fictional)', type: 'ngo', connection: 'human_rights_ngo', access: 'public_reporting', materialType: 'ngo_statement', materialDate: this.maybe(0.7, () => exact(Math.min(AS_OF, arrest + r.int(3, 40)))), sourceReliability: 'usually_reliable', informationReliability: 'probably_true', consent: 'not_asked', confidentiality: 'may_be_named' }),
      () => compact({ id: this.id(), name: 'Independent news report (fictional outlet “Aran Press”)', type: 'media', connection: 'reporter', access: 'second_hand', materialType: 'press_article', materialDate: this.maybe(0.7, () => exact(Math.min(AS_OF, arrest + r.int(1, 10)))), sourceReliability: 'fairly_reliable', informationReliability: 'possibly_true', confidentiality: 'may_be_named' }),
      () => compact({ id: this.id(), name: 'Letter from prison', type: 'individual', connection: 'victim', access: 'first_hand', materialType: 'letter', materialDate: this.maybe(0.8, () => withPrecision(Math.min(AS_OF, arrest + r.int(100, 600)), 'month')), sourceReliability: 'usually_reliable', informationReliability: 'probably_true', consent: 'given', confidentiality: 'background_only', summary: this.maybe(0.6, () => 'Handwritten letter passed through the family about pressure to ask for a pardon.') }),
      () => compact({ id: this.id(), name: 'Prosecutor General’s Office press release', type: 'official_body', connection: 'perpetrator', access: 'public_reporting', materialType: 'government_statement', materialDate: exact(Math.min(AS_OF, arrest + r.int(1, 5))), sourceReliability: 'not_usually_reliable', informationReliability: 'doubtful', consent: 'not_asked', confidentiality: 'may_be_named', summary: this.maybe(0.4, () => 'Official version: the person was caught red-handed; no mention of political activity.') }),
    ];
    const n = this.full ? all.length : 1 + this.count([[0, 40], [1, 40], [2, 20]]);
    const chosen = this.full ? all : [all[0] as () => Source, ...r.sample(all.slice(1), n - 1)];
    return chosen.map((make) => make());
  }

  private sourceIds(n: number): string[] {
    return this.rng.sample(this.sources.map((s) => s.id), n);
  }

  private buildIncidents(): TreatmentIncident[] {
    const r = this.rng;
    const { t, plan } = this;
    const count = this.full ? r.int(2, 3) : this.count([[0, 50], [1, 35], [2, 12], [3, 3]]);
    const out: TreatmentIncident[] = [];
    const place = (on: number) => (this.stays.find((s) => s.from <= on && on <= s.to) ?? this.stays[this.stays.length - 1])?.name ?? policeTemporary(this.region.city);
    const custodyEnd = t.released ? t.release : AS_OF;
    const acts: CodeOf<'treatment_act'>[] = ['ill_treatment', 'torture', 'denial_of_counsel', 'denial_of_medical_care', 'solitary_confinement', 'pressure_to_seek_pardon', 'denial_of_family_contact', 'inhuman_conditions', 'threats', 'forced_confession', 'punitive_transfer', 'disciplinary_punishment', 'psychological_harassment', 'violence_by_inmates', 'denial_of_correspondence'];
    if (this.category === 'religious_believer') acts.push('religious_restrictions');
    for (let i = 0; i < count; i++) {
      const act = i === 0 && plan.incommunicado ? 'incommunicado' : r.pick(acts);
      const early = act === 'torture' || act === 'forced_confession' || act === 'incommunicado' || act === 'ill_treatment';
      const on = early ? t.arrest + r.int(0, 3) : Math.min(custodyEnd, t.first + r.int(20, Math.max(21, custodyEnd - t.first)));
      if (on > AS_OF) continue;
      out.push(this.incident(act, on, place(on)));
    }
    if (plan.release === 'died' && t.released) out.push(this.incident('death_in_custody', t.release, PRISON_HOSPITAL.name));
    return out;
  }

  private incident(act: CodeOf<'treatment_act'>, on: number, place: string): TreatmentIncident {
    const r = this.rng;
    const complained = r.chance(this.full ? 0.8 : 0.5);
    return compact({
      id: this.id(),
      act,
      date: act === 'death_in_custody' ? exact(on) : this.incidentDate(on),
      place: this.maybe(0.7, () => place),
      description: this.maybe(0.8, () => INCIDENT_DESCRIPTIONS[act] ?? 'Reported by the family after a visit; details in the sources.'),
      perpetrators: this.often(0.6) ? [this.perpetrator(act)] : [],
      consequences: act === 'death_in_custody' ? ['death'] : this.often(0.6) ? r.sample(['physical_injury', 'health_deterioration', 'psychological_harm', 'hospitalisation', 'self_harm_or_hunger_strike', 'confession_obtained', 'none_known'] as const, r.int(1, 2)) : [],
      medicalAttention: this.maybe(0.4, () => r.pick(['Seen by the detention centre doctor only; no record given to the family.', 'No medical examination despite requests.', 'Examined by a forensic doctor ten days later, when bruises had faded.'])),
      complaintFiledOn: complained ? exact(Math.min(AS_OF, on + r.int(2, 30))) : undefined,
      complaintTo: complained ? r.pick(['Prosecutor General’s Office', 'Ombudsperson (Commissioner for Human Rights)', 'Penitentiary Service of the Ministry of Justice']) : undefined,
      complaintOutcome: this.maybe(0.7, (): CodeOf<'complaint_outcome'> => (complained ? r.pick(['refused_to_investigate', 'no_response', 'investigation_closed', 'pending', 'retaliation'] as const) : 'not_filed')),
      sourceIds: this.sourceIds(this.full ? 2 : r.int(0, 2)),
      exhibitIds: [],
    });
  }

  private perpetrator(act: CodeOf<'treatment_act'>): Perpetrator {
    const r = this.rng;
    const type: CodeOf<'perpetrator_type'> = act === 'torture' || act === 'ill_treatment' || act === 'forced_confession' || act === 'incommunicado' ? r.pick(['police', 'security_service'] as const) : act === 'violence_by_inmates' ? 'fellow_inmates' : act === 'denial_of_medical_care' || act === 'death_in_custody' ? r.pick(['prison_officials', 'medical_staff'] as const) : 'prison_officials';
    return compact({
      id: this.id(),
      type,
      name: this.maybe(0.6, () => r.pick(['Investigator of the drug-trafficking department (name known to the lawyer)', 'Head of the detention unit', 'Two unidentified officers in plain clothes', 'Deputy head of the penitentiary institution', 'Cellmate believed to act on the guards’ instructions'])),
      involvement: r.pick(['directly_carried_out', 'gave_orders', 'confirmed_present', 'suspected', 'failure_to_protect', 'failure_to_act_on_knowledge'] as const),
      notes: this.maybe(0.3, () => 'Identified by the victim from a description; no official identification.'),
    });
  }

  private buildAssessments(): Assessment[] {
    const r = this.rng;
    const { t } = this;
    const first = Math.min(AS_OF, t.arrest + r.int(30, 200));
    const count = this.full ? (this.index % 3 === 0 || this.plan.ecthr !== 'none' ? 2 : 1) : this.count([[0, 40], [1, 52], [2, 8]]);
    const out: Assessment[] = [];
    for (let i = 0; i < count; i++) {
      // A re-assessment follows news: the WGAD opinion, the ECtHR application or judgment.
      const decided = this.wgadPetition().decided;
      const ecthr = this.plan.ecthr === 'won' ? t.ecthrJudgment : this.plan.ecthr !== 'none' ? t.ecthrFiled : 0;
      const on = i === 0 ? first : Math.min(AS_OF, Math.max(first + r.int(180, 1500), decided !== undefined ? decided + r.int(10, 60) : 0, ecthr > 0 ? ecthr + r.int(10, 60) : 0));
      out.push(this.assessment(on, i === count - 1));
    }
    return out;
  }

  private assessment(on: number, latest: boolean): Assessment {
    const r = this.rng;
    const { plan, pkg } = this;
    const expression = EXPRESSION.has(this.category);
    const assembly = ASSEMBLY.has(this.category);
    const reasons: Record<CodeOf<'pace_1900_criterion'>, string> = {
      criterion_a: expression ? 'Prosecuted for reporting and commentary protected by Article 10 ECHR; the charges followed a critical publication.' : assembly ? 'Detention followed participation in a peaceful assembly (Article 11 ECHR).' : this.category === 'religious_believer' ? 'Detention connected with religious practice and association (Articles 9 and 11 ECHR).' : 'The family says the prosecution was retaliation for a dispute with a senior official; guarantees of Articles 5 and 6 ECHR were ignored.',
      criterion_b: 'The charges appear fabricated: planted evidence, no independent witnesses, and the timing follows public criticism of the authorities.',
      criterion_c: 'The sentence is out of proportion to the alleged offence compared with ordinary cases under the same article.',
      criterion_d: 'Others involved in the same events who are not critics were not prosecuted.',
      criterion_e: 'The trial was clearly unfair (refused defence witnesses, confession obtained under duress) and connected with political motives.',
      exclusion_terrorism: plan.exclusionMet ? 'Convicted of terrorism offences after a trial the monitors could not fault on this point; PACE §4 applies.' : 'No evidence that the person used or advocated violence; the terrorism label rests on the person’s religious views only.',
    };
    const criteria = this.full ? PACE : r.sample(PACE, r.int(1, 5));
    const paceCriteria: CriterionFinding[] = criteria.map((criterion, i) => compact({
      id: this.id(),
      criterion,
      finding: i === 0 ? 'met' : r.weighted([['met', 50], ['unclear', 35], ['not_met', 15]] as const),
      reasoning: this.maybe(0.8, () => reasons[criterion]),
      sourceIds: this.sourceIds(this.full ? 2 : r.int(0, 2)),
      exhibitIds: [],
    }));
    if (pkg.terrorism || (this.full && this.index % 4 === 1)) {
      paceCriteria.push(compact({ id: this.id(), criterion: 'exclusion_terrorism', finding: plan.exclusionMet ? 'met' : 'not_met', reasoning: reasons.exclusion_terrorism, sourceIds: this.sourceIds(1), exhibitIds: [] }));
    }
    const wgadCats: CodeOf<'wgad_category'>[] = this.full ? ['category_i', 'category_ii', 'category_iii', 'category_v'] : r.sample(['category_ii', 'category_iii', 'category_i', 'category_v'] as const, r.int(0, 2));
    const wgadCategories: WgadFinding[] = wgadCats.map((category) => compact({ id: this.id(), category, finding: r.weighted([['met', 70], ['unclear', 30]] as const), reasoning: this.maybe(0.7, () => WGAD_REASONS[category]), sourceIds: this.sourceIds(this.full ? 1 : r.int(0, 1)), exhibitIds: [] }));
    const wgad = this.wgadPetition();
    const wgadOpinion = wgad.decided !== undefined && wgad.decided <= on ? wgad.opinion : undefined;
    // What was known on the day of the assessment: judgment given, application pending, or nothing yet.
    const t = this.t;
    const article18: CodeOf<'article_18_finding'> | undefined = plan.ecthr === 'won' && t.ecthrJudgment <= on ? 'violation' : plan.ecthr !== 'none' && t.ecthrFiled <= on ? 'pending' : this.maybe(0.2, () => 'not_examined' as const);
    const override = plan.override && latest;
    const conscience = !plan.exclusionMet && (expression || assembly);
    return compact({
      id: this.id(),
      assessedOn: exact(on),
      assessor: `${shortAz(this.person(r.chance(0.6)))} (monitoring group, fictional)`,
      paceCriteria,
      wgadCategories,
      wgadOpinion,
      wgadOpinionReference: wgadOpinion !== undefined ? `Opinion ${wgad.number}` : undefined,
      article18,
      article18Reference: article18 === 'violation' || article18 === 'pending' ? `Application no. ${this.ecthrNumber()}` : undefined,
      article18Reasoning: article18 === 'violation' ? 'The Court found that the charges were brought to silence and punish the applicant for his or her activities (ulterior purpose under Article 18 in conjunction with Article 5).' : this.maybe(0.2, () => 'Not yet examined; the application raises Article 18 in conjunction with Article 5.'),
      conclusionOverride: override ? (conscience ? 'prisoner_of_conscience' : 'under_review') : undefined,
      overrideReason: override ? (conscience ? 'Detained solely for peaceful expression and never used or advocated violence; the group classifies the person as a prisoner of conscience.' : 'The conviction for a violent crime is being re-examined against the case file; the conclusion is held back until the review ends.') : undefined,
      reviewedBy: this.maybe(0.5, () => `${shortAz(this.person())} (second reviewer)`),
      notes: this.maybe(0.3, () => 'Assessment to be revisited after the appeal judgment.'),
    });
  }

  private wgad: { filed: number; decided?: number; opinion: CodeOf<'wgad_opinion_outcome'>; number: string } | undefined;
  /** The WGAD petition, decided once so that the intervention and the assessments agree. */
  private wgadPetition(): { filed: number; decided?: number; opinion: CodeOf<'wgad_opinion_outcome'>; number: string } {
    if (!this.wgad) {
      const r = this.rng;
      const filed = this.t.first + r.int(20, 120);
      const decidedOn = filed + r.int(300, 420);
      const decided = decidedOn <= AS_OF && this.often(0.5);
      this.wgad = { filed, ...(decided ? { decided: decidedOn } : {}), opinion: r.weighted([['arbitrary', 80], ['arbitrary_uncategorised', 15], ['not_arbitrary', 5]] as const), number: `No. ${r.int(1, 90)}/${yearOf(decidedOn)}` };
    }
    return this.wgad;
  }

  private rangeUsed = false;
  /** The arrest date as recorded (with its precision), for the summary. */
  private arrestRecorded: FuzzyDate | undefined;
  private arrestInWords(): string {
    const d = this.arrestRecorded ?? exact(this.t.arrest);
    const day = this.t.arrest;
    const base = /^\d{4}[~?%]?$/.test(d) ? `in ${yearOf(day)}` : /^\d{4}-\d\d[~?%]?$/.test(d) ? `in ${humanMonth(day)}` : `on ${human(day)}`;
    return d.endsWith('~') ? `around ${base.replace(/^(on|in) /, '')}` : d.endsWith('?') ? `${base} (date uncertain)` : d.endsWith('%') ? `around ${base.replace(/^(on|in) /, '')} (date uncertain)` : base;
  }
  /** How an incident's date is recorded; in a full set, every third case has one known only as a range. */
  private incidentDate(on: number): FuzzyDate {
    if (this.full && this.index % 3 === 0 && !this.rangeUsed) {
      this.rangeUsed = true;
      return withPrecision(on, 'range', this.rng.int(1, 5));
    }
    return fuzzy(this.rng, on, INCIDENT_PRECISION);
  }
  private ecthrNo = '';
  private ecthrNumber(): string {
    if (!this.ecthrNo) this.ecthrNo = `${this.rng.int(1000, 89999)}/${String(yearOf(Math.min(AS_OF, this.t.ecthrFiled))).slice(2)}`;
    return this.ecthrNo;
  }

  // ----- recognitions, interventions, notes, organisations --------------------------------------

  private buildRecognitions(): Recognition[] {
    const r = this.rng;
    const { t } = this;
    const out: Recognition[] = [];
    // Lists add people weeks or months after the arrest; a full set recognises even the newest case.
    const since = Math.min(t.arrest + r.int(20, 200), this.full ? Math.max(t.arrest + 1, AS_OF - 2) : Number.POSITIVE_INFINITY);
    if (since > AS_OF) return out;
    const withdrawn = t.released && t.release + 60 <= AS_OF ? t.release + r.int(20, 60) : undefined;
    const y = yearOf(since);
    type Edition = (on: number) => string;
    const bodies: [CodeOf<'recognising_body'>, CodeOf<'recognition_status'>, Edition][] = [
      ['union_for_freedom_az', 'political_prisoner', (on) => `Union “For Freedom of Political Prisoners of Azerbaijan”, list of ${humanMonth(on)} (No. ${r.int(1, 350)})`],
      y < 2019 ? ['az_hrd_working_group_list', 'political_prisoner', (on) => `Working group list, ${yearOf(on)} edition (No. ${r.int(1, 160)})`] : ['european_parliament', 'politically_persecuted', (on) => `European Parliament resolution of ${human(on)} (fictional)`],
    ];
    if (EXPRESSION.has(this.category) || ASSEMBLY.has(this.category)) bodies.push(['amnesty_international', 'prisoner_of_conscience', (on) => `Urgent Action of ${human(on)}`]);
    if (this.category === 'journalist_blogger') bodies.push([r.pick(['cpj', 'rsf'] as const), 'jailed_journalist', (on) => `Prison census ${yearOf(on)}`]);
    if (this.category === 'human_rights_defender' || this.category === 'lawyer') bodies.push(['front_line_defenders', 'at_risk_hrd', (on) => `Case page, ${humanMonth(on)}`]);
    if (this.plan.ecthr === 'won') bodies.push(['ecthr_article_18', 'politically_persecuted', () => `Judgment in application no. ${this.ecthrNumber()}`]);
    bodies.push(['pace_rapporteur', 'political_prisoner', (on) => `PACE rapporteur’s list, ${yearOf(on) + 1}`]);
    const n = this.full ? bodies.length : this.count([[0, 20], [1, 45], [2, 25], [3, 10]]);
    for (const [body, status, edition] of bodies.slice(0, n)) {
      const on = body === 'ecthr_article_18' ? t.ecthrJudgment : Math.min(AS_OF, since + r.int(0, 60));
      out.push(compact({
        id: this.id(),
        body,
        status: this.maybe(0.9, () => status),
        recognisedOn: this.maybe(0.9, () => (body === 'ecthr_article_18' ? exact(on) : withPrecision(on, r.chance(0.7) ? 'day' : 'month'))),
        listEdition: this.maybe(0.7, () => edition(on)),
        reference: this.maybe(0.3, () => `https://example.org/demo/list/${r.int(100, 999)} (fictional link)`),
        withdrawnOn: withdrawn !== undefined && body !== 'ecthr_article_18' && body !== 'amnesty_international' ? exact(withdrawn) : undefined,
        notes: this.maybe(0.2, () => (withdrawn !== undefined ? 'Removed from the list after release.' : 'Listed in the section for this profile.')),
      }));
    }
    return out;
  }

  private buildInterventions(): Intervention[] {
    const r = this.rng;
    const { t, plan } = this;
    const out: Intervention[] = [];
    const deadline = (due: number, what: string): Deadline => compact({ id: this.id(), due: exact(due), what, done: this.maybe(0.8, () => due < AS_OF) });
    if (t.verdict + 20 <= AS_OF && t.reached !== 'investigation' && t.reached !== 'trial') {
      out.push(compact({
        id: this.id(), type: 'domestic_appeal', party: `Defence lawyers (${this.counsel.join('; ')})`, addressee: this.region.appealCourt, filedOn: exact(t.verdict + r.int(10, 20)),
        reference: this.maybe(0.5, () => `1(103)-${r.int(100, 999)}/${yearOf(t.verdict)}`), deadlines: [deadline(t.verdict + 20, 'File the appeal (20 days from the verdict)')],
        status: t.appeal <= AS_OF ? (plan.reducedOnAppeal ? 'decided_favourably' : 'decided_unfavourably') : 'pending', respondedOn: t.appeal <= AS_OF ? exact(t.appeal) : undefined,
        response: t.appeal <= AS_OF ? this.maybe(0.6, () => (plan.reducedOnAppeal ? 'Sentence reduced; conviction upheld.' : 'Appeal dismissed.')) : undefined, articlesViolated: [], exhibitIds: [],
      }));
    }
    if (plan.ecthr !== 'none') {
      const won = plan.ecthr === 'won';
      const communicated = won || plan.ecthr === 'communicated';
      const arts = ECTHR_ARTICLES_BY_CATEGORY[EXPRESSION.has(this.category) ? 'expression' : ASSEMBLY.has(this.category) ? 'assembly' : this.category === 'religious_believer' ? 'religion' : 'default'];
      out.push(compact({
        id: this.id(), type: 'ecthr_application', party: `${this.enName}, represented by ${this.counsel[0]}`, addressee: 'European Court of Human Rights', filedOn: exact(t.ecthrFiled), reference: this.ecthrNumber(),
        deadlines: [deadline(t.ecthrFiled + 56, 'Send the signed authority form and the remaining documents'), ...(communicated ? [deadline(t.ecthrCommunicated + 84, 'Observations in reply to the Government and just-satisfaction claims')] : [])],
        status: won ? 'decided_favourably' : communicated ? 'communicated' : 'registered', respondedOn: communicated ? exact(won ? t.ecthrJudgment : t.ecthrCommunicated) : undefined,
        response: won ? 'Judgment: violations found, including Article 18 taken with Article 5; just satisfaction awarded.' : communicated ? this.maybe(0.6, () => 'Communicated to the Government with questions under Articles 5, 10 and 18.') : undefined,
        articlesViolated: won ? [...arts] : [], notes: this.maybe(0.4, () => 'Lodged within the time limit from the final domestic decision on detention.'), exhibitIds: [],
      }));
      if (won && (this.often(0.5)) && t.ecthrJudgment + 200 <= AS_OF) {
        out.push(compact({ id: this.id(), type: 'cm_execution_submission', party: 'Monitoring group (fictional)', addressee: 'Committee of Ministers of the Council of Europe', filedOn: exact(t.ecthrJudgment + r.int(120, 200)), reference: this.maybe(0.5, () => `Rule 9.2 communication, ${humanMonth(t.ecthrJudgment + 150)}`), deadlines: [], status: 'filed', articlesViolated: [], exhibitIds: [] }));
      }
    }
    const extra: (() => Intervention | undefined)[] = [
      () => {
        const w = this.wgadPetition();
        if (w.filed > AS_OF) return undefined;
        const decided = w.decided !== undefined;
        return compact<Intervention>({ id: this.id(), type: 'wgad_petition', party: 'Monitoring group (fictional), with the family’s consent', addressee: 'UN Working Group on Arbitrary Detention', filedOn: exact(w.filed), reference: decided ? w.number : undefined, deadlines: [deadline(w.filed + 60 + r.int(0, 200), 'Comments on the Government’s reply (two weeks from receipt)')], status: decided ? (w.opinion === 'not_arbitrary' ? 'decided_unfavourably' : 'decided_favourably') : 'pending', respondedOn: w.decided !== undefined ? exact(w.decided) : undefined, response: decided ? (w.opinion === 'arbitrary' ? 'Opinion: detention arbitrary (categories II and III); release and compensation requested.' : 'Opinion adopted; the Working Group found the detention arbitrary without naming a category.') : undefined, articlesViolated: [], exhibitIds: [] });
      },
      () => (t.arrest + 30 <= AS_OF ? compact<Intervention>({ id: this.id(), type: 'un_special_rapporteur', party: 'Monitoring group (fictional)', addressee: 'UN Special Rapporteur on human rights defenders', filedOn: exact(t.arrest + r.int(5, 30)), reference: this.maybe(0.6, () => `UA AZE ${r.int(1, 9)}/${yearOf(t.arrest + 40)}`), deadlines: [], status: r.pick(['filed', 'no_response', 'closed'] as const), articlesViolated: [], exhibitIds: [] }) : undefined),
      () => (t.reached === 'cassation' ? compact<Intervention>({ id: this.id(), type: 'pardon_request', party: 'Family', addressee: 'Presidential Administration', filedOn: exact(Math.min(AS_OF, t.cassation + r.int(30, 300))), deadlines: [], status: t.released && plan.release === 'pardon' ? 'decided_favourably' : 'no_response', notes: this.maybe(0.6, () => 'Filed by the family without the prisoner’s consent.'), articlesViolated: [], exhibitIds: [] }) : undefined),
      () => (t.trialStart <= AS_OF ? compact<Intervention>({ id: this.id(), type: 'trial_monitoring', party: 'Local trial-monitoring group (fictional)', addressee: this.trialCourtName(), filedOn: exact(t.trialStart), deadlines: [], status: t.verdict <= AS_OF ? 'closed' : 'pending', response: this.maybe(0.5, () => 'Monitors admitted to most sessions; report published after the verdict.'), articlesViolated: [], exhibitIds: [] }) : undefined),
      () => compact<Intervention>({ id: this.id(), type: r.pick(['media_campaign', 'embassy_consular', 'coe_commissioner', 'pace_question', 'medical_aid'] as const), party: 'Monitoring group (fictional)', addressee: r.pick(['Embassies of EU member states in Baku', 'Council of Europe Commissioner for Human Rights', 'PACE General Rapporteur on political prisoners', 'International media']), filedOn: exact(Math.min(AS_OF, t.arrest + r.int(10, 300))), deadlines: [], status: r.pick(['filed', 'no_response', 'closed'] as const), notes: this.maybe(0.4, () => 'Coordinated with the family; no names of sources shared.'), articlesViolated: [], exhibitIds: [] }),
    ];
    const picked = this.full ? extra : r.sample(extra, this.count([[0, 50], [1, 35], [2, 12], [3, 3]]));
    for (const make of picked) {
      const i = make();
      if (i) out.push(i);
    }
    if (this.full ? plan.release === 'died' || plan.incommunicado : r.chance(0.02)) {
      out.push(compact({ id: this.id(), type: 'ecthr_rule_39', party: this.counsel[0] ?? 'Defence lawyer', addressee: 'European Court of Human Rights', filedOn: exact(Math.min(AS_OF, t.first + r.int(10, 60))), deadlines: [deadline(Math.min(AS_OF, t.first + 70), 'Send the medical report requested by the Court')], status: r.pick(['decided_unfavourably', 'decided_favourably'] as const), respondedOn: exact(Math.min(AS_OF, t.first + 75)), response: 'Interim measure request examined; Government asked to ensure adequate medical care.', articlesViolated: [], exhibitIds: [] }));
    }
    return out;
  }

  private buildNotes(): Note[] {
    const r = this.rng;
    const { t } = this;
    const all: (() => Note | undefined)[] = [
      () => (t.verdict > AS_OF ? undefined : compact<Note>({ id: this.id(), title: 'Get a copy of the full verdict', text: this.maybe(0.7, () => 'The lawyer has only the operative part; ask the court office again and scan it.'), dueOn: exact(Math.min(AS_OF + 30, t.verdict + 40)), done: t.verdict + 40 < AS_OF, assignedTo: this.maybe(0.7, () => shortAz(this.person(true))) })),
      () => (t.released ? undefined : compact<Note>({ id: this.id(), title: 'Check the medical situation after the family’s last visit', text: this.maybe(0.6, () => 'Family says the prisoner complains of chest pain; ask the lawyer to request an examination.'), dueOn: exact(AS_OF + r.int(7, 40)), done: false, assignedTo: this.maybe(0.7, () => shortAz(this.person())) })),
      () => compact({ id: this.id(), title: 'Clarify the date of arrest', text: 'Sources differ by a day (police say the next morning); keep the range until the arrest report is obtained.' }),
      () => (t.appeal > AS_OF ? undefined : compact<Note>({ id: this.id(), title: 'Update the list entry', text: this.maybe(0.5, () => 'Send the updated summary to the list compilers after the appeal.'), dueOn: withPrecision(t.appeal + 30, 'month'), done: t.appeal + 30 < AS_OF })),
    ];
    const chosen = this.full ? all : r.sample(all, this.count([[0, 40], [1, 35], [2, 20], [3, 5]]));
    return chosen.map((make) => make()).filter((n): n is Note => n !== undefined);
  }

  private buildOrganisations(): Organisation[] {
    const r = this.rng;
    const out: Organisation[] = [];
    const org = r.pick(ORGS_BY_CATEGORY[this.category]);
    const add = (o: Omit<Organisation, 'id' | 'otherNames'> & { otherNames?: string[] }) => out.push(compact({ id: this.id(), otherNames: [], ...o }));
    if (this.often(0.6)) add({ name: org.name, otherNames: [...org.otherNames], type: org.type, country: this.maybe(0.6, () => 'Azerbaijan'), notes: this.maybe(0.4, () => (org.type === 'political_party' ? 'Registered opposition party; members are regularly detained after rallies.' : 'Invented for the demo data.')) });
    if (this.often(0.3)) add({ name: INVESTIGATORS[this.pkg.investigator].authorityName(exact(this.t.arrest), this.region.city), type: 'state_body', country: 'Azerbaijan', notes: this.maybe(0.3, () => 'Carried out the arrest and the investigation.') });
    if (this.often(0.2)) add({ name: this.trialCourtName(), type: 'court', country: 'Azerbaijan' });
    if (this.full && this.t.reached === 'cassation') add({ name: 'Penitentiary Service of the Ministry of Justice', otherNames: ['Ədliyyə Nazirliyinin Penitensiar Xidməti', 'Пенитенциарная служба Министерства юстиции'], type: 'facility_operator', country: 'Azerbaijan' });
    if (this.full && this.plan.ecthr !== 'none') add({ name: 'Council of Europe', otherNames: ['Avropa Şurası', 'Совет Европы'], type: 'international_organisation' });
    return out;
  }

  private summary(articles: string[], status: CaseStatus): string {
    const { t, plan } = this;
    const parts = [
      `${DEMO_TITLE_PREFIX.trim()} ${this.enName} (${this.azName}; ${this.ruName}) is a fictional ${this.categoryLabel()}.`,
      `Arrested ${this.arrestInWords()}${plan.extradition ? ' abroad and extradited to Azerbaijan' : ` in ${this.region.city}`} and charged under art. ${articles.join(', ')} of the Criminal Code.`,
    ];
    if (t.reached === 'investigation') parts.push(plan.release === 'house_arrest' && t.released ? 'Now under house arrest while the investigation continues.' : 'Held on remand; the investigation continues.');
    else if (t.reached === 'trial') parts.push(`On trial at the ${this.trialCourtName()} since ${human(t.trialStart)}.`);
    else {
      const term = `${this.years} year${this.years === 1 ? '' : 's'}${this.months ? ` ${this.months} months` : ''}`;
      const sentence = plan.sentence === 'life' ? 'life imprisonment' : plan.sentence === 'fine' ? 'a fine' : plan.sentence === 'suspended' ? `a suspended sentence of ${term}` : plan.sentence === 'restricted_freedom' ? `${term} of restricted freedom` : `${term} in prison`;
      parts.push(`Sentenced on ${human(t.verdict)} to ${sentence}.`);
      if (t.released) parts.push(`${status === 'other' ? 'Died in custody' : 'Released'} on ${human(t.release)}${plan.release === 'pardon' ? ' under a pardon decree' : plan.release === 'amnesty' ? ' under an amnesty' : ''}.`);
      if (plan.reopened) parts.push('Acquitted after the case was reopened following a judgment of the European Court of Human Rights.');
    }
    parts.push(DEMO_DISCLAIMER);
    return parts.join(' ');
  }
}
