import { CASE_STATUSES } from '../domain/case';
import { defineVocabulary, loc, term } from './types';

const STATUS_LABELS = {
  detained: ['Detained', 'Həbsdə', 'Под стражей'],
  released: ['Released', 'Azad edilib', 'Освобождён'],
  convicted: ['Convicted', 'Məhkum edilib', 'Осуждён'],
  under_investigation: ['Under investigation', 'İstintaq altında', 'Под следствием'],
  other: ['Other', 'Digər', 'Другое'],
} as const satisfies Record<(typeof CASE_STATUSES)[number], readonly [string, string, string]>;

/** Where the person stands today, shown in the case list (the codes of CaseStatus). */
export const caseStatus = defineVocabulary({
  id: 'case_status',
  version: 1,
  title: loc('Status', 'Vəziyyəti', 'Статус'),
  terms: CASE_STATUSES.map((code) => term(code, STATUS_LABELS[code])),
});

/** Whether the case is being worked on (HURIDOCS MT43). */
export const monitoringStatus = defineVocabulary({
  id: 'monitoring_status',
  version: 1,
  title: loc('Monitoring status', 'Monitorinq statusu', 'Статус мониторинга'),
  source: 'HURIDOCS MT43 (Monitoring status)',
  terms: [
    term('active', ['Active', 'Aktiv', 'Активный'], { source: 'HURIDOCS MT43 "Active"' }),
    term('pending', ['Pending', 'Gözləmədə', 'В ожидании'], { source: 'HURIDOCS MT43 "Pending"' }),
    term('not_active', ['Not active', 'Aktiv deyil', 'Неактивный'], { source: 'HURIDOCS MT43 "Not active"' }),
  ],
});

/** How urgently the case needs attention (HURIDOCS MT46). */
export const casePriority = defineVocabulary({
  id: 'case_priority',
  version: 1,
  title: loc('Priority', 'Prioritet', 'Приоритет'),
  source: 'HURIDOCS MT46 (Priority)',
  terms: [
    term('urgent', ['Urgent', 'Təcili', 'Срочно'], { source: 'HURIDOCS MT46 "Urgent"' }),
    term('high', ['High priority', 'Yüksək prioritet', 'Высокий приоритет'], { source: 'HURIDOCS MT46 "High priority"' }),
    term('normal', ['Priority', 'Adi prioritet', 'Обычный приоритет'], { source: 'HURIDOCS MT46 "Priority"' }),
    term('low', ['Low priority', 'Aşağı prioritet', 'Низкий приоритет'], { source: 'HURIDOCS MT46 "Low priority"' }),
    term('rejected', ['Case rejected', 'İş qəbul edilməyib', 'Дело отклонено'], { source: 'HURIDOCS MT46 "Case rejected"' }),
  ],
});
