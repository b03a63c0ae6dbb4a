import type { CodeOf } from '../../../../shared/vocabularies';

/**
 * Background for the demo generator: regions with their courts and detention places, the
 * facilities that appear in Azerbaijani political-prisoner lists, and the charge combinations
 * those lists report, per profile category. Institutions are real (they are what a monitor types);
 * the people and events attached to them by the generator are not.
 */

export type Category = CodeOf<'profile_category'>;

export interface Region {
  readonly key: string;
  readonly weight: number;
  readonly city: string;
  readonly cityAz: string;
  /** First-instance courts that order pre-trial measures and try less grave crimes. */
  readonly districtCourts: readonly string[];
  /** Court for grave and especially grave crimes. */
  readonly graveCourt: string;
  readonly appealCourt: string;
  readonly pretrial: string;
  readonly pretrialLocation: string;
  readonly arrestPlaces: readonly string[];
  readonly birthPlaces: readonly string[];
}

export const SUPREME_COURT = 'Supreme Court of the Republic of Azerbaijan';
export const MILITARY_COURT = 'Baku Military Court';
export const KURDAKHANI = 'Baku Pre-trial Detention Centre No. 1 (Kürdəxanı)';
const KURDAKHANI_LOCATION = 'Kürdəxanı settlement, Sabunçu district, Baku';

export const REGIONS: readonly Region[] = [
  {
    key: 'baku', weight: 58, city: 'Baku', cityAz: 'Bakı',
    districtCourts: ['Sabail District Court', 'Nasimi District Court', 'Khatai District Court', 'Yasamal District Court', 'Nizami District Court', 'Binagadi District Court', 'Narimanov District Court', 'Sabunchu District Court', 'Surakhani District Court', 'Khazar District Court', 'Garadagh District Court'],
    graveCourt: 'Baku Grave Crimes Court', appealCourt: 'Baku Court of Appeal',
    pretrial: KURDAKHANI, pretrialLocation: KURDAKHANI_LOCATION,
    arrestPlaces: ['near his or her home in the Yasamal district of Baku', 'at a café in central Baku', 'at Heydar Aliyev International Airport on return from abroad', 'outside the Nasimi District Court after a hearing', 'at a metro station in Baku', 'at the family flat in the Nizami district of Baku', 'after being summoned to the Baku City Main Police Department'],
    birthPlaces: ['Baku', 'Baku', 'Sumgayit', 'Masallı', 'Şamaxı', 'Quba', 'Nardaran (Baku)', 'Naxçıvan', 'Ağdam', 'Füzuli'],
  },
  {
    key: 'ganja', weight: 12, city: 'Ganja', cityAz: 'Gəncə',
    districtCourts: ['Kapaz District Court (Ganja)', 'Nizami District Court (Ganja)', 'Goranboy District Court'],
    graveCourt: 'Ganja Grave Crimes Court', appealCourt: 'Ganja Court of Appeal',
    pretrial: 'Ganja Pre-trial Detention Centre', pretrialLocation: 'Ganja',
    arrestPlaces: ['at home in Ganja', 'on the Ganja–Baku highway', 'at the market in Ganja'],
    birthPlaces: ['Gəncə', 'Gəncə', 'Goranboy', 'Şəmkir', 'Samux', 'Tovuz'],
  },
  {
    key: 'sumgayit', weight: 8, city: 'Sumgayit', cityAz: 'Sumqayıt',
    districtCourts: ['Sumgayit City Court', 'Absheron District Court'],
    graveCourt: 'Sumgayit City Court', appealCourt: 'Sumgayit Court of Appeal',
    pretrial: KURDAKHANI, pretrialLocation: KURDAKHANI_LOCATION,
    arrestPlaces: ['at home in Sumgayit', 'at a bus stop in Sumgayit', 'at the workplace in Sumgayit'],
    birthPlaces: ['Sumqayıt', 'Sumqayıt', 'Xırdalan', 'Quba'],
  },
  {
    key: 'lankaran', weight: 8, city: 'Lankaran', cityAz: 'Lənkəran',
    districtCourts: ['Lankaran City Court', 'Masally District Court', 'Astara District Court', 'Lerik District Court'],
    graveCourt: 'Lankaran Grave Crimes Court', appealCourt: 'Lankaran Court of Appeal',
    pretrial: 'Lankaran Pre-trial Detention Centre', pretrialLocation: 'Lankaran',
    arrestPlaces: ['at home in Lankaran', 'in the village of Boladi, Lerik district', 'at the Astara border crossing', 'at a tea house in Masallı'],
    birthPlaces: ['Lənkəran', 'Masallı', 'Astara', 'Lerik', 'Yardımlı'],
  },
  {
    key: 'shirvan', weight: 6, city: 'Shamakhi', cityAz: 'Şamaxı',
    districtCourts: ['Ismayilli District Court', 'Shamakhi District Court', 'Agsu District Court'],
    graveCourt: 'Shirvan Grave Crimes Court', appealCourt: 'Shirvan Court of Appeal',
    pretrial: KURDAKHANI, pretrialLocation: KURDAKHANI_LOCATION,
    arrestPlaces: ['at home in Ismayilli', 'on the main square of Ismayilli', 'at a relative’s house in Şamaxı'],
    birthPlaces: ['İsmayıllı', 'Şamaxı', 'Ağsu', 'Kürdəmir'],
  },
  {
    key: 'sheki', weight: 4, city: 'Sheki', cityAz: 'Şəki',
    districtCourts: ['Sheki City Court', 'Zagatala District Court', 'Gakh District Court'],
    graveCourt: 'Sheki Grave Crimes Court', appealCourt: 'Sheki Court of Appeal',
    pretrial: KURDAKHANI, pretrialLocation: KURDAKHANI_LOCATION,
    arrestPlaces: ['at home in Sheki', 'at a checkpoint near Zagatala', 'at the district executive office in Sheki'],
    birthPlaces: ['Şəki', 'Zaqatala', 'Qax', 'Balakən'],
  },
  {
    key: 'nakhchivan', weight: 4, city: 'Nakhchivan', cityAz: 'Naxçıvan',
    districtCourts: ['Nakhchivan City Court', 'Sharur District Court'],
    graveCourt: 'Nakhchivan City Court', appealCourt: 'Supreme Court of the Nakhchivan Autonomous Republic',
    pretrial: 'Nakhchivan Pre-trial Detention Centre', pretrialLocation: 'Nakhchivan',
    arrestPlaces: ['at home in Nakhchivan', 'at Nakhchivan airport'],
    birthPlaces: ['Naxçıvan', 'Şərur', 'Ordubad', 'Culfa'],
  },
];

/** Where people of each profile tend to be arrested; `{city}` is replaced by the region's city. */
export const CATEGORY_ARREST_PLACES: Record<Category, readonly string[]> = {
  journalist_blogger: ['at the editorial office in {city}', 'on the way home from filming in {city}', 'at home in {city}, during a night-time search'],
  human_rights_defender: ['at the organisation’s office in {city}', 'after being summoned for questioning as a witness in {city}'],
  opposition_politician: ['at a rally in {city}', 'outside the party headquarters in {city}', 'on the way to a party meeting in {city}'],
  civil_society_activist: ['after a picket in {city}', 'at a training session in {city}'],
  religious_believer: ['after Friday prayers at a mosque in {city}', 'at home in {city}, during a dawn raid', 'at a religious gathering in a private house in {city}'],
  lawyer: ['after visiting a client in the detention centre', 'at the law office in {city}'],
  academic: ['at the institute in {city}', 'on return from a conference abroad'],
  youth_activist: ['near the university in {city}', 'after a flash mob in {city}', 'at a café in {city} after posting a video'],
  trade_unionist: ['at the couriers’ meeting point in {city}', 'at home in {city}'],
  artist_writer: ['after a poetry reading in {city}', 'at the studio in {city}'],
  relative_of_targeted_person: ['at the family home in {city}', 'at the workplace in {city}'],
  political_emigre: ['at the airport on arrival', 'at home in {city}'],
  other: ['at home in {city}', 'at the workplace in {city}'],
};

/** Penitentiary institutions that appear in the lists as places of detention after sentence. */
export const PENAL_FACILITIES: readonly { name: string; location: string; regimes: readonly CodeOf<'detention_regime'>[] }[] = [
  { name: 'Penitentiary Institution No. 2', location: 'Baku', regimes: ['general'] },
  { name: 'Penitentiary Institution No. 6', location: 'Baku', regimes: ['general', 'strict'] },
  { name: 'Penitentiary Institution No. 13', location: 'Baku', regimes: ['strict'] },
  { name: 'Penitentiary Institution No. 14', location: 'Baku', regimes: ['general', 'strict'] },
  { name: 'Penitentiary Institution No. 15', location: 'Baku', regimes: ['strict'] },
  { name: 'Penitentiary Institution No. 17', location: 'Baku', regimes: ['strict', 'special'] },
];
export const WOMEN_FACILITY = { name: 'Penitentiary Institution No. 4 (women)', location: 'Baku' };
export const CLOSED_PRISON = { name: 'Qobustan Closed Prison', location: 'Qobustan, Baku' };
export const PRISON_HOSPITAL = { name: 'Medical Facility of the Penitentiary Service', location: 'Baku' };
/** The police department of a region's city (Baku's is the Main Police Department; Shamakhi is a district). */
export function policeDepartment(city: string): string {
  if (city === 'Baku') return 'Baku City Main Police Department';
  return city === 'Shamakhi' ? 'Shamakhi District Police Department' : `${city} City Police Department`;
}
export function policeTemporary(city: string): string {
  return `Temporary detention facility of the ${policeDepartment(city)}`;
}
export const ORGANISED_CRIME_FACILITY = 'Temporary detention facility of the Main Department for Combating Organised Crime (Baku)';
export const ADMIN_DETENTION_CENTRE = 'Administrative detention centre of the Baku City Main Police Department';
/** The Ministry of National Security became the State Security Service in December 2015. */
export function securityDetentionCentre(isoDay: string): string {
  return isoDay < '2015-12-14' ? 'Ministry of National Security detention centre (Baku)' : 'State Security Service detention centre (Baku)';
}
export function securityService(isoDay: string): string {
  return isoDay < '2015-12-14' ? 'Ministry of National Security' : 'State Security Service';
}

/**
 * A combination of charges the lists report for a profile. `later` charges are added during the
 * investigation (as in the 2023–2025 media cases). `from`/`until` keep articles within the years
 * they existed (167-2 from Dec 2011, 315.2 until May 2020, 167-3 and 283.1-1 from Oct 2016…).
 */
export interface ChargePackage {
  readonly refs: readonly string[];
  readonly later?: readonly string[];
  readonly weight: number;
  readonly from?: string;
  readonly until?: string;
  readonly years: readonly [number, number];
  /** Sentences that are often not custodial for this package. */
  readonly lenient?: 'fine' | 'suspended';
  /** The prosecution calls it terrorism: PACE §4 has to be examined. */
  readonly terrorism?: boolean;
  readonly life?: boolean;
  /** Who investigates. */
  readonly investigator: 'police' | 'organised_crime' | 'drugs' | 'security' | 'prosecutor' | 'tax' | 'military';
}

const P = (p: ChargePackage) => p;

export const CHARGE_PACKAGES: Record<Category, readonly ChargePackage[]> = {
  journalist_blogger: [
    P({ refs: ['234.4.3'], weight: 5, years: [5, 10], investigator: 'drugs' }),
    P({ refs: ['234.1'], weight: 3, years: [2, 3], investigator: 'drugs' }),
    P({ refs: ['206.3.2'], later: ['192.3.2', '193-1.3.2', '213.2.2', '206.4', '320.1'], weight: 5, from: '2023-06-01', years: [7, 9], investigator: 'police' }),
    P({ refs: ['221.3'], weight: 2, years: [2, 5], investigator: 'police' }),
    P({ refs: ['182'], weight: 1, years: [5, 9], investigator: 'police' }),
    P({ refs: ['147', '148'], weight: 1, until: '2014-12-31', years: [1, 2], lenient: 'fine', investigator: 'prosecutor' }),
    P({ refs: ['274'], later: ['283.1'], weight: 1, years: [8, 12], investigator: 'security' }),
    P({ refs: ['192.2.2', '213.1', '179.3.2', '308.2'], weight: 2, from: '2014-06-01', until: '2016-12-31', years: [6, 9], investigator: 'prosecutor' }),
  ],
  human_rights_defender: [
    P({ refs: ['192.2.2', '213.1', '179.3.2', '308.2'], later: ['320.1'], weight: 5, years: [5, 9], investigator: 'prosecutor' }),
    P({ refs: ['178.3.2', '320.1', '320.2'], weight: 2, years: [3, 8], investigator: 'police' }),
    P({ refs: ['274'], later: ['178.3.2', '213.1'], weight: 1, years: [8, 12], investigator: 'security' }),
    P({ refs: ['234.4.3'], weight: 1, years: [5, 10], investigator: 'drugs' }),
  ],
  opposition_politician: [
    P({ refs: ['233', '315.2'], weight: 5, until: '2020-04-30', years: [2, 7], investigator: 'police' }),
    P({ refs: ['220.1', '315.2'], weight: 3, until: '2020-04-30', years: [4, 7], investigator: 'prosecutor' }),
    P({ refs: ['233', '220.2'], weight: 2, years: [2, 4], investigator: 'police' }),
    P({ refs: ['228.1'], weight: 3, years: [1, 3], investigator: 'police' }),
    P({ refs: ['234.1'], weight: 2, years: [2, 3], investigator: 'drugs' }),
    P({ refs: ['186', '233', '315'], weight: 2, from: '2020-05-01', years: [3, 6], investigator: 'police' }),
    P({ refs: ['178.3.2'], weight: 1, years: [4, 8], investigator: 'police' }),
    P({ refs: ['281.2'], weight: 1, years: [3, 5], investigator: 'security' }),
  ],
  civil_society_activist: [
    P({ refs: ['233'], weight: 2, years: [1, 3], lenient: 'suspended', investigator: 'police' }),
    P({ refs: ['234.4.3'], weight: 2, years: [5, 10], investigator: 'drugs' }),
    P({ refs: ['192.2.2', '213.1'], weight: 2, years: [3, 6], investigator: 'prosecutor' }),
    P({ refs: ['324', '221.2.1'], weight: 1, years: [1, 2], lenient: 'fine', investigator: 'police' }),
    P({ refs: ['186', '233'], weight: 1, years: [2, 4], investigator: 'police' }),
  ],
  religious_believer: [
    P({ refs: ['220.1', '228.3', '233', '315.2'], weight: 3, until: '2020-04-30', years: [6, 12], investigator: 'police' }),
    P({ refs: ['214.2.1', '214.2.3', '120', '278', '279', '283.2.3', '218.2', '228.3'], weight: 2, from: '2015-11-01', until: '2017-12-31', years: [10, 20], terrorism: true, investigator: 'prosecutor' }),
    P({ refs: ['167-2'], weight: 2, from: '2011-12-15', years: [1, 2], lenient: 'fine', investigator: 'police' }),
    P({ refs: ['167-2.2.1', '283.1'], weight: 1, from: '2011-12-15', years: [2, 4], investigator: 'security' }),
    P({ refs: ['228.1', '315.2', '233', '220.1'], weight: 2, from: '2018-07-01', until: '2020-04-30', years: [5, 9], investigator: 'police' }),
    P({ refs: ['167-3'], weight: 1, from: '2016-10-28', years: [2, 4], investigator: 'security' }),
    P({ refs: ['283.1-1'], weight: 1, from: '2016-10-28', years: [3, 5], investigator: 'security' }),
    P({ refs: ['234.4.3'], weight: 2, years: [5, 10], investigator: 'drugs' }),
    P({ refs: ['28', '214.2.1', '218.2'], weight: 1, years: [8, 15], terrorism: true, investigator: 'security' }),
  ],
  lawyer: [
    P({ refs: ['308.2', '179.3.2', '213.1'], weight: 2, years: [4, 7], investigator: 'prosecutor' }),
    P({ refs: ['178.3.2', '320.1'], weight: 1, years: [3, 6], investigator: 'police' }),
    P({ refs: ['147'], weight: 1, years: [1, 2], lenient: 'fine', investigator: 'prosecutor' }),
  ],
  academic: [
    P({ refs: ['274'], weight: 3, years: [10, 16], investigator: 'security' }),
    P({ refs: ['283.2.2'], weight: 1, years: [3, 5], investigator: 'security' }),
    P({ refs: ['178.3.2', '213.2.2'], weight: 1, years: [4, 7], investigator: 'prosecutor' }),
  ],
  youth_activist: [
    P({ refs: ['234.4.3'], weight: 4, years: [5, 10], investigator: 'drugs' }),
    P({ refs: ['234.1'], weight: 3, years: [1, 3], investigator: 'drugs' }),
    P({ refs: ['228.1', '233', '220.2'], later: ['234.1'], weight: 3, until: '2016-12-31', years: [6, 8], investigator: 'security' }),
    P({ refs: ['221.2.1'], weight: 1, years: [1, 3], investigator: 'police' }),
    P({ refs: ['324'], weight: 1, years: [1, 1], lenient: 'fine', investigator: 'police' }),
  ],
  trade_unionist: [
    P({ refs: ['233', '220.1'], weight: 2, years: [3, 6], investigator: 'police' }),
    P({ refs: ['233'], weight: 1, years: [1, 3], lenient: 'suspended', investigator: 'police' }),
    P({ refs: ['162-1', '213.1'], weight: 1, years: [2, 4], lenient: 'fine', investigator: 'tax' }),
  ],
  artist_writer: [
    P({ refs: ['283.1'], weight: 2, years: [2, 4], investigator: 'security' }),
    P({ refs: ['234.4.3'], weight: 2, years: [5, 10], investigator: 'drugs' }),
    P({ refs: ['221.3'], weight: 1, years: [2, 5], investigator: 'police' }),
    P({ refs: ['147', '148'], weight: 1, years: [1, 2], lenient: 'fine', investigator: 'prosecutor' }),
  ],
  relative_of_targeted_person: [
    P({ refs: ['234.1'], weight: 3, years: [2, 3], investigator: 'drugs' }),
    P({ refs: ['228.1'], weight: 2, years: [1, 3], investigator: 'police' }),
    P({ refs: ['234.4.3'], weight: 2, years: [5, 9], investigator: 'drugs' }),
    P({ refs: ['178.3.2'], weight: 1, years: [4, 7], investigator: 'police' }),
  ],
  political_emigre: [
    P({ refs: ['274'], weight: 2, years: [10, 15], investigator: 'security' }),
    P({ refs: ['281.2', '283.1'], weight: 2, years: [4, 8], investigator: 'security' }),
    P({ refs: ['318', '320.2'], weight: 1, years: [2, 4], investigator: 'security' }),
    P({ refs: ['178.3.2'], weight: 1, years: [4, 8], investigator: 'police' }),
  ],
  other: [
    P({ refs: ['120', '228.1'], weight: 2, until: '2012-12-31', years: [13, 15], life: true, investigator: 'prosecutor' }),
    P({ refs: ['274', '278'], weight: 1, until: '2012-12-31', years: [14, 15], life: true, investigator: 'security' }),
    P({ refs: ['311.3.3', '311.3.4'], weight: 1, years: [7, 11], investigator: 'prosecutor' }),
    P({ refs: ['179.3.1', '193-1.3.2'], weight: 1, years: [6, 10], investigator: 'prosecutor' }),
    P({ refs: ['180.3.1', '218.2'], weight: 1, years: [7, 11], investigator: 'organised_crime' }),
    P({ refs: ['204.3.1', '204.3.2'], weight: 1, years: [5, 9], investigator: 'organised_crime' }),
    P({ refs: ['232.1', '228.4'], weight: 1, years: [3, 6], investigator: 'police' }),
    P({ refs: ['263.1'], weight: 1, years: [2, 4], investigator: 'police' }),
    P({ refs: ['328', '329'], weight: 1, years: [2, 5], investigator: 'military' }),
    P({ refs: ['126', '32.5'], weight: 1, years: [4, 8], investigator: 'police' }),
    P({ refs: ['306.2', '308'], weight: 1, years: [2, 4], lenient: 'suspended', investigator: 'prosecutor' }),
    P({ refs: ['270-1'], weight: 1, from: '2018-10-12', years: [2, 5], investigator: 'police' }),
    P({ refs: ['283-1'], weight: 1, from: '2014-04-01', years: [5, 9], investigator: 'security' }),
    P({ refs: ['168.2', '167-3'], weight: 1, from: '2016-10-28', years: [2, 5], investigator: 'security' }),
    P({ refs: ['322', '127'], weight: 1, years: [1, 3], lenient: 'suspended', investigator: 'police' }),
  ],
};

/**
 * Category mix, after the sections of the 2014 list (journalists 15 %, defenders 6 %, youth 12 %,
 * politicians 18 %, religious 30 %, life prisoners and other cases 19 %) with the smaller categories
 * of later lists added.
 */
export const CATEGORY_WEIGHTS: readonly (readonly [Category, number])[] = [
  ['journalist_blogger', 15], ['human_rights_defender', 6], ['youth_activist', 11], ['opposition_politician', 17],
  ['religious_believer', 26], ['civil_society_activist', 6], ['lawyer', 2], ['academic', 2], ['trade_unionist', 1],
  ['artist_writer', 2], ['relative_of_targeted_person', 4], ['political_emigre', 3], ['other', 5],
];

/** Arrest-year mix: waves in 2005, 2011–2015 and 2020–2025. */
export const ARREST_YEAR_WEIGHTS: readonly (readonly [number, number])[] = [
  [2005, 4], [2006, 3], [2007, 3], [2008, 3], [2009, 3], [2010, 4], [2011, 6], [2012, 6], [2013, 9], [2014, 10], [2015, 9],
  [2016, 6], [2017, 6], [2018, 7], [2019, 6], [2020, 8], [2021, 6], [2022, 6], [2023, 9], [2024, 10], [2025, 8], [2026, 5],
];

/** Article references a user might type that the bundled catalogue does not hold (entered as uncatalogued). */
export const UNCATALOGUED_REFS: readonly { article: string; asEntered: string; note: string }[] = [
  { article: '221.1', asEntered: '221.1', note: 'Part 1 of art. 221 is not in the bundled catalogue; entered as typed from the indictment.' },
  { article: '127.2.3', asEntered: 'CC 127.2.3', note: 'Item 127.2.3 is not in the bundled catalogue; entered as typed from the indictment.' },
  { article: '178.2.4', asEntered: '178.2.4', note: 'Item 178.2.4 is not in the bundled catalogue; entered as typed from the charge sheet.' },
];

/** Code of Administrative Offences (2015): not in the bundled catalogue, entered under its own code version. */
export const ADMIN_CODE = { jurisdiction: 'AZ', code: 'administrative', version: '2015' } as const;
export const ADMIN_OFFENCES: readonly { article: string; asEntered: string }[] = [
  { article: '535.1', asEntered: '535.1 (wilful disobedience to a lawful demand of a police officer)' },
  { article: '510', asEntered: '510 (petty hooliganism)' },
];

/** Who investigates, by the package's investigator; `city` is the region's city. */
export const INVESTIGATORS: Record<ChargePackage['investigator'], { body: (day: string, city: string) => string; authority: CodeOf<'detention_authority'>; authorityName: (day: string, city: string) => string }> = {
  police: { body: (_d, city) => `Investigation Department of the ${policeDepartment(city)}`, authority: 'police', authorityName: (_d, city) => policeDepartment(city) },
  organised_crime: { body: () => 'Main Department for Combating Organised Crime, Ministry of Internal Affairs', authority: 'organised_crime_police', authorityName: () => 'Main Department for Combating Organised Crime' },
  drugs: { body: () => 'Main Department for Combating Drug Trafficking, Ministry of Internal Affairs', authority: 'police', authorityName: () => 'Main Department for Combating Drug Trafficking' },
  security: { body: (d) => `Investigation Department of the ${securityService(d)}`, authority: 'state_security_service', authorityName: (d) => securityService(d) },
  prosecutor: { body: () => 'Investigation Department for Grave Crimes, Prosecutor General’s Office', authority: 'prosecutor', authorityName: () => 'Prosecutor General’s Office' },
  tax: { body: () => 'Preliminary Investigation Department, Ministry of Taxes', authority: 'other', authorityName: () => 'Ministry of Taxes (tax police)' },
  military: { body: () => 'Military Prosecutor’s Office', authority: 'military', authorityName: () => 'Military Police' },
};

export interface OrgSeed {
  readonly name: string;
  readonly otherNames: readonly string[];
  readonly type: CodeOf<'organisation_type'>;
  readonly positions: readonly string[];
}

/** Parties and movements are real; outlets, NGOs and communities here are invented. */
export const ORGS_BY_CATEGORY: Record<Category, readonly OrgSeed[]> = {
  journalist_blogger: [
    { name: 'Qala Xəbər (online news outlet)', otherNames: ['Qala Xabar', 'Кала Хабар'], type: 'media_outlet', positions: ['Reporter', 'Editor-in-chief', 'Investigative journalist', 'Camera operator'] },
    { name: 'Sahil TV (online channel)', otherNames: ['Сахиль ТВ'], type: 'media_outlet', positions: ['Presenter', 'Reporter', 'Director'] },
    { name: 'Açıq Dəftər (blog collective)', otherNames: ['Achig Daftar'], type: 'informal_group', positions: ['Blogger', 'Founder'] },
  ],
  human_rights_defender: [
    { name: 'Centre for Legal Initiatives and Monitoring', otherNames: ['Hüquqi Təşəbbüslər və Monitorinq Mərkəzi'], type: 'ngo', positions: ['Director', 'Programme coordinator', 'Chair of the board'] },
    { name: 'Election Watch Caucasus', otherNames: ['Seçki Nəzarəti Qafqaz'], type: 'ngo', positions: ['Head', 'Observer coordinator'] },
  ],
  opposition_politician: [
    { name: 'Popular Front Party of Azerbaijan', otherNames: ['Azərbaycan Xalq Cəbhəsi Partiyası', 'AXCP', 'APFP'], type: 'political_party', positions: ['Member', 'Member of the Supreme Council', 'Head of a district branch', 'Deputy chair'] },
    { name: 'Musavat Party', otherNames: ['Müsavat Partiyası'], type: 'political_party', positions: ['Member', 'Member of the Divan', 'Youth wing leader'] },
    { name: 'Republican Alternative Party (REAL)', otherNames: ['Respublikaçı Alternativ Partiyası', 'ReAl'], type: 'political_party', positions: ['Member', 'Board member'] },
  ],
  civil_society_activist: [
    { name: 'Demokratik Addım (civic initiative)', otherNames: ['Democratic Step'], type: 'informal_group', positions: ['Coordinator', 'Volunteer'] },
    { name: 'Institute for Civic Education', otherNames: ['Vətəndaş Maarifi İnstitutu'], type: 'ngo', positions: ['Trainer', 'Director'] },
  ],
  religious_believer: [
    { name: 'Muslim Unity Movement', otherNames: ['Müsəlman Birliyi Hərəkatı'], type: 'religious_community', positions: ['Member', 'Board member', 'Spokesperson'] },
    { name: 'Community of a neighbourhood mosque (Baku)', otherNames: [], type: 'religious_community', positions: ['Congregant', 'Imam', 'Theology teacher'] },
  ],
  lawyer: [
    { name: 'Azerbaijan Bar Association', otherNames: ['Azərbaycan Respublikası Vəkillər Kollegiyası'], type: 'bar_association', positions: ['Member (disbarred)', 'Member'] },
    { name: 'Independent Legal Aid Bureau (Baku)', otherNames: [], type: 'bar_association', positions: ['Partner', 'Lawyer'] },
  ],
  academic: [
    { name: 'Institute of History, Azerbaijan National Academy of Sciences', otherNames: ['AMEA Tarix İnstitutu'], type: 'academic_institution', positions: ['Senior researcher', 'Head of department'] },
    { name: 'Baku State University', otherNames: ['Bakı Dövlət Universiteti', 'BSU'], type: 'academic_institution', positions: ['Associate professor', 'Lecturer'] },
  ],
  youth_activist: [
    { name: 'NIDA Civic Movement', otherNames: ['NİDA Vətəndaş Hərəkatı'], type: 'informal_group', positions: ['Board member', 'Activist'] },
    { name: 'Popular Front Party of Azerbaijan', otherNames: ['Azərbaycan Xalq Cəbhəsi Partiyası', 'AXCP'], type: 'political_party', positions: ['Youth committee member'] },
  ],
  trade_unionist: [
    { name: 'Couriers’ Solidarity Union (independent)', otherNames: ['Kuryerlərin Həmrəylik İttifaqı'], type: 'trade_union', positions: ['Founder', 'Organiser'] },
  ],
  artist_writer: [
    { name: 'Yeni Söz literary circle', otherNames: ['Новое слово'], type: 'informal_group', positions: ['Poet', 'Founder'] },
  ],
  relative_of_targeted_person: [
    { name: 'Family of an exiled opposition blogger', otherNames: [], type: 'other', positions: ['Brother', 'Sister', 'Father', 'Cousin'] },
  ],
  political_emigre: [
    { name: 'Azerbaijani opposition in exile (online channel)', otherNames: [], type: 'media_outlet', positions: ['Presenter', 'Commentator'] },
  ],
  other: [
    { name: 'Ministry of Defence (former service)', otherNames: [], type: 'state_body', positions: ['Officer (retired)'] },
    { name: 'Private construction company (Baku)', otherNames: [], type: 'business', positions: ['Director', 'Engineer'] },
  ],
};

export const OCCUPATIONS: Record<Category, readonly string[]> = {
  journalist_blogger: ['Journalist', 'Investigative reporter', 'Editor', 'Blogger', 'Camera operator'],
  human_rights_defender: ['Human-rights defender', 'NGO director', 'Election monitor'],
  opposition_politician: ['Party official', 'Economist', 'Teacher', 'Engineer'],
  civil_society_activist: ['Civic activist', 'Economist', 'Project manager'],
  religious_believer: ['Theologian', 'Shopkeeper', 'Taxi driver', 'Teacher of religion', 'Construction worker'],
  lawyer: ['Lawyer (advocate)', 'Legal consultant'],
  academic: ['Historian', 'Political scientist', 'Linguist'],
  youth_activist: ['Student', 'Graduate student', 'Programmer', 'Unemployed'],
  trade_unionist: ['Courier', 'Labour organiser'],
  artist_writer: ['Poet', 'Writer', 'Musician', 'Graffiti artist'],
  relative_of_targeted_person: ['Driver', 'Shop assistant', 'Farmer', 'Student'],
  political_emigre: ['Blogger', 'Former civil servant', 'Political commentator'],
  other: ['Former military officer', 'Businessman', 'Former police officer', 'Engineer'],
};

export const ECTHR_ARTICLES_BY_CATEGORY: Record<'expression' | 'assembly' | 'religion' | 'default', readonly CodeOf<'echr_article'>[]> = {
  expression: ['art_5_1', 'art_5_4', 'art_10', 'art_18'],
  assembly: ['art_5_1', 'art_5_3', 'art_11', 'art_18'],
  religion: ['art_5_1', 'art_6_1', 'art_9'],
  default: ['art_5_1', 'art_5_3', 'art_6_1'],
};
