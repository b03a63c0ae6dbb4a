import { defineVocabulary, loc, term, UNOFFICIAL } from './types';

/**
 * Articles of the European Convention on Human Rights and its Protocols that political-prisoner
 * cases invoke. Titles follow the Convention's article headings; only English and French are
 * authentic, so Azerbaijani and Russian titles are translations.
 */
export const echrArticle = defineVocabulary({
  id: 'echr_article',
  version: 1,
  title: loc('ECHR article', 'AİHK maddəsi', 'Статья ЕКПЧ'),
  source: 'European Convention on Human Rights, article headings',
  terms: [
    term('art_2', ['Article 2 — Right to life', 'Maddə 2 — Yaşamaq hüququ', 'Статья 2 — Право на жизнь'], { notation: '2' }),
    term('art_3', ['Article 3 — Prohibition of torture', 'Maddə 3 — İşgəncənin qadağan edilməsi', 'Статья 3 — Запрещение пыток'], { notation: '3' }),
    term('art_5', ['Article 5 — Right to liberty and security', 'Maddə 5 — Azadlıq və şəxsi toxunulmazlıq hüququ', 'Статья 5 — Право на свободу и личную неприкосновенность'], { notation: '5' }),
    term('art_5_1', ['Article 5 § 1 — Lawful deprivation of liberty', 'Maddə 5 § 1 — Azadlıqdan qanuni məhrumetmə', 'Статья 5 § 1 — Законное лишение свободы'], { notation: '5§1', parent: 'art_5' }),
    term('art_5_3', ['Article 5 § 3 — Prompt appearance before a judge; trial within a reasonable time or release', 'Maddə 5 § 3 — Dərhal hakim qarşısına gətirilmə; ağlabatan müddətdə məhkəmə və ya azad edilmə', 'Статья 5 § 3 — Незамедлительное доставление к судье; суд в разумный срок или освобождение'], { notation: '5§3', parent: 'art_5' }),
    term('art_5_4', ['Article 5 § 4 — Speedy judicial review of detention', 'Maddə 5 § 4 — Həbsin qanuniliyinin məhkəmə tərəfindən təcili yoxlanılması', 'Статья 5 § 4 — Безотлагательная судебная проверка законности задержания'], { notation: '5§4', parent: 'art_5' }),
    term('art_6', ['Article 6 — Right to a fair trial', 'Maddə 6 — Ədalətli məhkəmə araşdırması hüququ', 'Статья 6 — Право на справедливое судебное разбирательство'], { notation: '6' }),
    term('art_6_1', ['Article 6 § 1 — Fair and public hearing by an independent and impartial tribunal', 'Maddə 6 § 1 — Müstəqil və qərəzsiz məhkəmə tərəfindən ədalətli və açıq araşdırma', 'Статья 6 § 1 — Справедливое и публичное разбирательство независимым и беспристрастным судом'], { notation: '6§1', parent: 'art_6' }),
    term('art_6_2', ['Article 6 § 2 — Presumption of innocence', 'Maddə 6 § 2 — Təqsirsizlik prezumpsiyası', 'Статья 6 § 2 — Презумпция невиновности'], { notation: '6§2', parent: 'art_6' }),
    term('art_6_3', ['Article 6 § 3 — Rights of the defence', 'Maddə 6 § 3 — Müdafiə hüquqları', 'Статья 6 § 3 — Права защиты'], { notation: '6§3', parent: 'art_6' }),
    term('art_8', ['Article 8 — Right to respect for private and family life', 'Maddə 8 — Şəxsi və ailə həyatına hörmət hüququ', 'Статья 8 — Право на уважение частной и семейной жизни'], { notation: '8' }),
    term('art_9', ['Article 9 — Freedom of thought, conscience and religion', 'Maddə 9 — Fikir, vicdan və din azadlığı', 'Статья 9 — Свобода мысли, совести и религии'], { notation: '9' }),
    term('art_10', ['Article 10 — Freedom of expression', 'Maddə 10 — İfadə azadlığı', 'Статья 10 — Свобода выражения мнения'], { notation: '10' }),
    term('art_11', ['Article 11 — Freedom of assembly and association', 'Maddə 11 — Toplaşmaq və birləşmək azadlığı', 'Статья 11 — Свобода собраний и объединений'], { notation: '11' }),
    term('art_13', ['Article 13 — Right to an effective remedy', 'Maddə 13 — Səmərəli hüquqi müdafiə vasitəsi hüququ', 'Статья 13 — Право на эффективное средство правовой защиты'], { notation: '13' }),
    term('art_14', ['Article 14 — Prohibition of discrimination', 'Maddə 14 — Ayrı-seçkiliyin qadağan edilməsi', 'Статья 14 — Запрещение дискриминации'], { notation: '14' }),
    term('art_18', ['Article 18 — Limitation on use of restrictions on rights', 'Maddə 18 — Hüquqlara qoyulan məhdudiyyətlərin tətbiqinin hüdudları', 'Статья 18 — Пределы использования ограничений в отношении прав'], {
      notation: '18',
      text: loc(
        'The restrictions permitted under this Convention to the said rights and freedoms shall not be applied for any purpose other than those for which they have been prescribed.',
        'Bu Konvensiyaya əsasən həmin hüquq və azadlıqlara yol verilən məhdudiyyətlər onların nəzərdə tutulduğu məqsədlərdən başqa hər hansı məqsəd üçün tətbiq edilə bilməz.',
        'Ограничения, допускаемые в настоящей Конвенции в отношении указанных прав и свобод, не должны применяться для иных целей, нежели те, для которых они были предусмотрены.',
      ),
      translationStatus: UNOFFICIAL,
    }),
    term('art_34', ['Article 34 — Individual applications (no hindrance)', 'Maddə 34 — Fərdi şikayətlər (maneə törədilməməsi)', 'Статья 34 — Индивидуальные жалобы (недопустимость препятствий)'], { notation: '34' }),
    term('p1_1', ['Article 1 of Protocol No. 1 — Protection of property', '1 saylı Protokolun 1-ci maddəsi — Mülkiyyətin müdafiəsi', 'Статья 1 Протокола № 1 — Защита собственности'], { notation: 'P1-1' }),
    term('p1_3', ['Article 3 of Protocol No. 1 — Right to free elections', '1 saylı Protokolun 3-cü maddəsi — Azad seçkilər hüququ', 'Статья 3 Протокола № 1 — Право на свободные выборы'], { notation: 'P1-3' }),
    term('p4_2', ['Article 2 of Protocol No. 4 — Freedom of movement', '4 saylı Protokolun 2-ci maddəsi — Hərəkət azadlığı', 'Статья 2 Протокола № 4 — Свобода передвижения'], { notation: 'P4-2' }),
  ],
});

/** The Strasbourg Court's finding under Article 18 in a given application. */
export const article18Finding = defineVocabulary({
  id: 'article_18_finding',
  version: 1,
  title: loc('Article 18 finding', '18-ci maddə üzrə nəticə', 'Вывод по статье 18'),
  terms: [
    term('violation', ['Violation found', 'Pozuntu müəyyən edilib', 'Нарушение установлено']),
    term('no_violation', ['No violation', 'Pozuntu müəyyən edilməyib', 'Нарушения не установлено']),
    term('not_examined', ['Not examined separately', 'Ayrıca araşdırılmayıb', 'Отдельно не рассматривалось']),
    term('pending', ['Pending', 'Baxılır', 'На рассмотрении']),
  ],
});
