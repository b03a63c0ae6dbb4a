import type { Rng } from './prng';

/**
 * Invented Azerbaijani names for the demo generator, in the three forms the app must handle:
 * Azerbaijani Latin (ə ğ ı ş ç ö ü İ), Russian-style Cyrillic as used in Russian-language documents
 * and press (Əliyev → Алиев, Məmmədov → Мамедов, Hüseynov → Гусейнов), and the English
 * transliteration used in international lists (Aliyev, Mammadov, Huseynov).
 *
 * The parts are common ones, so combinations are invented people, not anyone in particular. The
 * combinations below that name real, publicly known political prisoners, defenders, lawyers or
 * officials are never produced, so no demo case can be mistaken for theirs.
 */

/** [Azerbaijani, Russian-style Cyrillic]. English comes from `englishOf`. */
type Pair = readonly [az: string, ru: string];

export const MALE_GIVEN: readonly Pair[] = [
  ['Rəşad', 'Рашад'], ['Elçin', 'Эльчин'], ['Tofiq', 'Тофик'], ['Orxan', 'Орхан'], ['Ramil', 'Рамиль'],
  ['Vüqar', 'Вугар'], ['Elnur', 'Эльнур'], ['Samir', 'Самир'], ['Nicat', 'Ниджат'], ['Tural', 'Турал'],
  ['Fuad', 'Фуад'], ['Kamran', 'Камран'], ['Elşən', 'Эльшан'], ['Zaur', 'Заур'], ['İlkin', 'Илькин'],
  ['Ceyhun', 'Джейхун'], ['Namiq', 'Намик'], ['Yaşar', 'Яшар'], ['Mübariz', 'Мубариз'], ['Azər', 'Азер'],
  ['Rauf', 'Рауф'], ['Emin', 'Эмин'], ['Səbuhi', 'Сабухи'], ['Cavid', 'Джавид'], ['Fərid', 'Фарид'],
  ['Babək', 'Бабек'], ['Kənan', 'Кенан'], ['Həsən', 'Гасан'], ['Hüseyn', 'Гусейн'], ['Əli', 'Али'],
  ['Vaqif', 'Вагиф'], ['Arif', 'Ариф'], ['Mirzə', 'Мирза'], ['Şahin', 'Шахин'], ['Xəyal', 'Хаял'],
  ['Rövşən', 'Ровшан'], ['Nurlan', 'Нурлан'], ['Kamil', 'Камиль'], ['Tahir', 'Тахир'], ['Qabil', 'Габиль'],
  ['Mahir', 'Махир'], ['Natiq', 'Натик'], ['Rüfət', 'Руфат'], ['Elvin', 'Эльвин'], ['Toğrul', 'Тогрул'],
  ['Ayxan', 'Айхан'], ['Bəhruz', 'Бахруз'], ['Əkbər', 'Акбер'], ['Şamil', 'Шамиль'], ['Yusif', 'Юсиф'],
  ['Murad', 'Мурад'], ['Cəlal', 'Джалал'], ['Ənvər', 'Анвар'], ['İsmayıl', 'Исмаил'], ['Qüdrət', 'Гудрат'],
  ['Çingiz', 'Чингиз'], ['Ömər', 'Омар'], ['Ülvi', 'Ульви'],
];

export const FEMALE_GIVEN: readonly Pair[] = [
  ['Leyla', 'Лейла'], ['Günel', 'Гюнель'], ['Nərgiz', 'Наргиз'], ['Aygün', 'Айгюн'], ['Şəhla', 'Шахла'],
  ['Sevinc', 'Севиндж'], ['Aytən', 'Айтен'], ['Ülviyyə', 'Ульвия'], ['Gülnar', 'Гюльнар'], ['Nigar', 'Нигяр'],
  ['Səbinə', 'Сабина'], ['Aynur', 'Айнур'], ['Lalə', 'Лала'], ['Könül', 'Кёнуль'], ['Fidan', 'Фидан'],
  ['Ülkər', 'Улькер'], ['Arzu', 'Арзу'], ['Elnarə', 'Эльнара'], ['Türkan', 'Туркан'], ['Vəfa', 'Вафа'],
  ['Zəhra', 'Захра'], ['Məlahət', 'Малахат'], ['Gülşən', 'Гюльшан'], ['Rəna', 'Рена'], ['Samirə', 'Самира'],
  ['Nərmin', 'Нармин'], ['Aysel', 'Айсель'], ['Xanım', 'Ханым'], ['Səidə', 'Саида'], ['Dürdanə', 'Дюрдана'],
  ['Çiçək', 'Чичек'], ['Ömür', 'Омюр'],
];

/** Family names in the male form; `familyForm` gives the female one. */
export const FAMILY: readonly Pair[] = [
  ['Əliyev', 'Алиев'], ['Məmmədov', 'Мамедов'], ['Hüseynov', 'Гусейнов'], ['Həsənov', 'Гасанов'], ['Quliyev', 'Гулиев'],
  ['İsmayılov', 'Исмайлов'], ['Əhmədov', 'Ахмедов'], ['Abdullayev', 'Абдуллаев'], ['Süleymanov', 'Сулейманов'], ['Kərimov', 'Керимов'],
  ['Rüstəmov', 'Рустамов'], ['Nağıyev', 'Нагиев'], ['Sadıqov', 'Садыгов'], ['Bağırov', 'Багиров'], ['Cəfərov', 'Джафаров'],
  ['Qasımov', 'Касумов'], ['Rəhimov', 'Рагимов'], ['Vəliyev', 'Велиев'], ['Orucov', 'Оруджев'], ['Mehdiyev', 'Мехдиев'],
  ['Babayev', 'Бабаев'], ['Novruzov', 'Новрузов'], ['Əsgərov', 'Аскеров'], ['Hacıyev', 'Гаджиев'], ['Mustafayev', 'Мустафаев'],
  ['Zeynalov', 'Зейналов'], ['Əzizov', 'Азизов'], ['Şükürov', 'Шукюров'], ['Tağıyev', 'Тагиев'], ['Cəlilov', 'Джалилов'],
  ['Xəlilov', 'Халилов'], ['Nəbiyev', 'Набиев'], ['Fərzəliyev', 'Фарзалиев'], ['Abbasov', 'Аббасов'], ['Qarayev', 'Караев'],
  ['Rzayev', 'Рзаев'], ['Həsənli', 'Гасанлы'], ['Əhmədli', 'Ахмедли'], ['Yusifli', 'Юсифли'], ['Hacızadə', 'Гаджизаде'],
  ['Bağırzadə', 'Багирзаде'], ['Şirinov', 'Ширинов'], ['Məhərrəmov', 'Магеррамов'], ['Allahverdiyev', 'Аллахвердиев'], ['İbrahimov', 'Ибрагимов'],
];

/**
 * Real people (political prisoners, defenders, journalists, lawyers, officials) whose names the
 * parts above could spell. Given and family name, compared after folding; never generated.
 */
export const REAL_NAMES_NEVER_GENERATED: readonly string[] = [
  'İntiqam Əliyev', 'Leyla Yunus', 'Arif Yunus', 'Anar Məmmədli', 'Rəsul Cəfərov', 'Xədicə İsmayılova',
  'İlqar Məmmədov', 'Tofiq Yaqublu', 'Əfqan Muxtarlı', 'Bəxtiyar Hacıyev', 'Emin Abdullayev', 'Emin Milli',
  'Adnan Hacızadə', 'Mehman Hüseynov', 'Rəşad Ramazanov', 'Nicat Əliyev', 'Araz Quliyev', 'Taleh Bağırzadə',
  'Seymur Həzi', 'Hilal Məmmədov', 'Avaz Zeynallı', 'Pərviz Haşımlı', 'Rauf Mirqədirov', 'Əli Kərimli',
  'Fuad Qəhrəmanlı', 'Qiyas İbrahimov', 'Bayram Məmmədov', 'Elçin Sadıqov', 'Ülvi Həsənli', 'Sevinc Vaqifqızı',
  'Nərgiz Absalamova', 'Elnarə Qasımova', 'Hafiz Babalı', 'Fərid Mehralızadə', 'Əziz Orucov', 'Toğrul Vəlizadə',
  'Qubad İbadoğlu', 'Bəhruz Səmədov', 'Akif Qurbanov', 'Ruslan İzzətli', 'Ramin Bayramov', 'Ələsgər Məmmədli',
  'Emin Hüseynov', 'Rasim Əliyev', 'Elmar Hüseynov', 'Eynulla Fətullayev', 'Sakit Zahidov', 'Qənimət Zahid',
  'Abgül Süleymanov', 'Yadigar Sadıqov', 'Vidadi İsgəndərli', 'Nemət Pənahlı', 'Fərəc Kərimli', 'Sirac Kərimli',
  'Rəşadət Axundov', 'Zaur Qurbanlı', 'Üzeyir Məmmədli', 'Şahin Novruzlu', 'Məmməd İbrahim', 'Orxan Eyyubzadə',
  'Rafiq Tağı', 'Ömər Məmmədov', 'Fikrət Hüseynli', 'Əbülfəz Elçibəy', 'İsa Qəmbər', 'Arif Hacılı', 'Tural Abbaslı',
  'Ramiz Mehdiyev', 'Şəhla Hümbətova', 'Cavad Cavadov', 'Fəriz Namazlı', 'Zibeydə Sadıqova', 'Aqil Layıc',
  'Elton Quliyev', 'Nəmət Kərimli', 'Əbdül Abilov', 'Natiq Cəfərli', 'Elşən Həsənov', 'Oqtay Gülələliyev',
  'Mahir Səmədov', 'Kamran Məmmədli', 'Fuad Ağayev', 'Bəhruz Bayramov', 'Anar Qasımlı', 'Əfqan Sadıqov',
];

const AZ_TO_EN: Record<string, string> = {
  ə: 'a', Ə: 'A', ı: 'i', İ: 'I', ş: 'sh', Ş: 'Sh', ç: 'ch', Ç: 'Ch', ğ: 'gh', Ğ: 'Gh',
  x: 'kh', X: 'Kh', q: 'g', Q: 'G', ö: 'o', Ö: 'O', ü: 'u', Ü: 'U', c: 'j', C: 'J', j: 'zh', J: 'Zh',
};

const englishCache = new Map<string, string>();

/** The English transliteration used in international lists: Əliyev → Aliyev, Vüqar → Vugar, Xədicə → Khadija. */
export function englishOf(az: string): string {
  let out = englishCache.get(az);
  if (out === undefined) {
    out = '';
    for (const ch of az) out += AZ_TO_EN[ch] ?? ch;
    if (englishCache.size < 10_000) englishCache.set(az, out);
  }
  return out;
}

const RU_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** A Latin spelling taken from the Russian form, as older documents have it: Алиев → Aliev, Гусейнов → Guseynov. */
export function latinFromRussian(ru: string): string {
  let out = '';
  for (const ch of ru) {
    const lower = ch.toLowerCase();
    const mapped = RU_TO_LATIN[lower];
    if (mapped === undefined) out += ch;
    else out += ch === lower ? mapped : mapped.charAt(0).toUpperCase() + mapped.slice(1);
  }
  return out;
}

/** The female form of a family name: Əliyev → Əliyeva, Алиев → Алиева; -li and -zadə do not change. */
export function familyForm(pair: Pair, female: boolean): Pair {
  if (!female) return pair;
  const [az, ru] = pair;
  return /(ov|yev|ev|in)$/.test(az) ? [`${az}a`, `${ru}а`] : pair;
}

/** Lower case without diacritics and with Azerbaijani letters folded, for comparing names. */
export function foldName(s: string): string {
  return englishOf(s.replace(/İ/g, 'I'))
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/kh/g, 'x')
    .replace(/[^a-z ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const BLOCKED = new Set(REAL_NAMES_NEVER_GENERATED.map(foldName));

const BLOCKED_LIST = [...BLOCKED];

/** True if a real name above appears in `text` as whole words ("Sevinc Vaqifqızı", "Emin Abdullayev (brother)"). */
export function containsRealName(text: string): boolean {
  const folded = ` ${foldName(text)} `;
  return BLOCKED_LIST.some((name) => folded.includes(` ${name} `));
}

/** True if "given family" (either order) is one of the real names above. */
export function isRealName(given: string, family: string): boolean {
  return BLOCKED.has(foldName(`${given} ${family}`)) || BLOCKED.has(foldName(`${family} ${given}`));
}

export interface InventedName {
  female: boolean;
  given: Pair;
  /** The father's given name, from which the patronymic is formed. */
  father: Pair;
  family: Pair;
}

const FEMALE_FAMILY: readonly Pair[] = FAMILY.map((pair) => familyForm(pair, true));
/** "female given-index family-index" of every combination that spells a real name, worked out once. */
const BLOCKED_COMBINATIONS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const [female, given, family] of [[false, MALE_GIVEN, FAMILY], [true, FEMALE_GIVEN, FEMALE_FAMILY]] as const) {
    given.forEach((g, gi) => family.forEach((f, fi) => {
      if (isRealName(g[0], f[0])) out.add(`${female} ${gi} ${fi}`);
    }));
  }
  return out;
})();

/** An invented name that is none of the real names above. */
export function inventName(rng: Rng, female: boolean): InventedName {
  const givens = female ? FEMALE_GIVEN : MALE_GIVEN;
  const families = female ? FEMALE_FAMILY : FAMILY;
  for (;;) {
    const gi = rng.int(0, givens.length - 1);
    const fi = rng.int(0, families.length - 1);
    if (BLOCKED_COMBINATIONS.has(`${female} ${gi} ${fi}`)) continue;
    let father = rng.pick(MALE_GIVEN);
    if (father === givens[gi]) father = rng.pick(MALE_GIVEN);
    return { female, given: givens[gi] as Pair, father, family: families[fi] as Pair };
  }
}

/** The patronymic in each form: "Kamil oğlu" / "Камиль оглы" / "Kamil oglu"; "qızı" / "кызы" / "gizi" for women. */
export function patronymic(name: InventedName): { az: string; ru: string; en: string } {
  const [az, ru] = name.father;
  return name.female
    ? { az: `${az} qızı`, ru: `${ru} кызы`, en: `${englishOf(az)} gizi` }
    : { az: `${az} oğlu`, ru: `${ru} оглы`, en: `${englishOf(az)} oglu` };
}

/** A short form for officials and lawyers in court records: "R. Kərimov". */
export function initialled(name: InventedName): string {
  return `${[...name.given[0]][0]}. ${name.family[0]}`;
}

/** "Given Family" in Azerbaijani Latin. */
export function shortAz(name: InventedName): string {
  return `${name.given[0]} ${name.family[0]}`;
}
