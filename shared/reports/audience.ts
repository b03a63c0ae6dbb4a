import { z } from 'zod';
import { loc, type Localised } from '../vocabularies/types';
import type { FieldKind, Sensitivity } from '../vocabularies/sensitivity';

/**
 * Who a dossier or list report is for. The audience decides, before any layout, which fields of a
 * case may appear (design invariant 7): the filter in electron/main/core/reports/audience-filter.ts
 * reads these profiles and nothing else.
 */
export const AUDIENCES = ['public', 'court', 'un', 'internal'] as const;
export const Audience = z.enum(AUDIENCES);
export type Audience = z.infer<typeof Audience>;

export interface AudienceProfile {
  readonly label: Localised;
  readonly description: Localised;
  /** The most protected level a field may have and still appear. */
  readonly clearance: Sensitivity;
  /**
   * Kinds of field kept out even when their level is within clearance. Only applies to fields left
   * at (or set to) "restricted": a field the user marked public is public for everyone.
   */
  readonly withoutKinds: ReadonlySet<FieldKind>;
  /** Printed on every page (not for public documents, which are meant to circulate). */
  readonly banner?: Localised;
}

/**
 * - public: advocacy lists and press; only what is public.
 * - court: a court of the state that holds the prisoner may be hostile, so restricted personal
 *   details it could use against the person or their family (religion, ethnicity, relatives,
 *   affiliations, photos) stay out, and so do the team's own notes and case management.
 * - un: a WGAD submission needs identity, detention details and, for category V, the grounds of
 *   discrimination (religion, ethnicity, affiliation); the team's notes and management stay out.
 * - internal: the lawyer's working file; everything, including confidential fields.
 */
export const AUDIENCE_PROFILES: Readonly<Record<Audience, AudienceProfile>> = {
  public: {
    label: loc('Public (advocacy)', 'Açıq (təbliğat)', 'Публичное (адвокация)'),
    description: loc('Only fields marked public. For lists, press and campaigns.', 'Yalnız açıq sahələr. Siyahılar, mətbuat və kampaniyalar üçün.', 'Только открытые поля. Для списков, прессы и кампаний.'),
    clearance: 'public',
    withoutKinds: new Set(),
  },
  court: {
    label: loc('Court', 'Məhkəmə', 'Суд'),
    description: loc(
      'Public and restricted fields, without religion, ethnicity, family, affiliations, photos, notes or case management.',
      'Açıq və məhdud sahələr; din, etnik mənsubiyyət, ailə, mənsubiyyət, foto, qeydlər və iş idarəsi olmadan.',
      'Открытые и ограниченные поля, без религии, этнической принадлежности, семьи, принадлежности к организациям, фото, заметок и служебных данных.',
    ),
    clearance: 'restricted',
    withoutKinds: new Set<FieldKind>(['religion', 'ethnicity', 'family-member', 'affiliation', 'photo', 'note-task', 'case-management']),
    banner: loc('RESTRICTED — prepared for the court', 'MƏHDUD — məhkəmə üçün hazırlanıb', 'ОГРАНИЧЕННЫЙ ДОСТУП — подготовлено для суда'),
  },
  un: {
    label: loc('UN / WGAD submission', 'BMT / WGAD müraciəti', 'ООН / обращение в РГПЗ'),
    description: loc(
      'Public and restricted fields, without notes or case management.',
      'Açıq və məhdud sahələr; qeydlər və iş idarəsi olmadan.',
      'Открытые и ограниченные поля, без заметок и служебных данных.',
    ),
    clearance: 'restricted',
    withoutKinds: new Set<FieldKind>(['note-task', 'case-management']),
    banner: loc('RESTRICTED — submission to the United Nations', 'MƏHDUD — Birləşmiş Millətlər Təşkilatına müraciət', 'ОГРАНИЧЕННЫЙ ДОСТУП — обращение в ООН'),
  },
  internal: {
    label: loc('Internal (working file)', 'Daxili (iş faylı)', 'Внутреннее (рабочее досье)'),
    description: loc('Everything, including confidential fields. Never hand it out.', 'Hər şey, məxfi sahələr də daxil. Heç kimə verməyin.', 'Всё, включая конфиденциальные поля. Не передавать.'),
    clearance: 'confidential',
    withoutKinds: new Set(),
    banner: loc('CONFIDENTIAL — internal working file, do not distribute', 'MƏXFİ — daxili iş faylı, yaymayın', 'КОНФИДЕНЦИАЛЬНО — внутреннее рабочее досье, не распространять'),
  },
};
