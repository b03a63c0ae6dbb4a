import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildTimeline, type TimelineEvent } from '../../../../shared/case-model';
import { tryParseEdtf } from '../../../../shared/domain/dates';
import { vocabularyLabel, type Lang } from '../../../../shared/vocabularies';
import type { SectionProps } from '../case-editor/section-props';
import { describeEvent, explainRelease, KIND_GROUP, KIND_ICON, yearOf } from './describe';
import { dateQualifiers, formatDate, toLang } from './format';
import './timeline.css';

/**
 * The case timeline: every dated fact of the case, generated from the data (read-only), grouped by
 * year, then what was recorded without a date.
 */
export function TimelineSection({ file }: SectionProps) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const headingId = useId();
  const events = useMemo(() => buildTimeline(file), [file]);
  const dated = events.filter((e) => e.date !== undefined);
  const undated = events.filter((e) => e.date === undefined);
  const years = groupByYear(dated);

  return (
    <section className="timeline" aria-labelledby={headingId} data-testid="timeline-section">
      <h2 id={headingId} className="timeline__title">
        {t('timeline.title')}
      </h2>
      {events.length === 0 ? (
        <div className="empty timeline__empty" role="status">
          <p className="empty__title">{t('timeline.emptyTitle')}</p>
          <p>{t('timeline.emptyBody')}</p>
        </div>
      ) : (
        <>
          <p className="timeline__intro muted">{t('timeline.intro')}</p>
          {years.map(({ year, items }) => (
            <section key={year} className="timeline__year" aria-labelledby={`${headingId}-${year}`}>
              <h3 id={`${headingId}-${year}`} className="timeline__year-title">
                {year}
              </h3>
              <ol className="timeline__list">
                {items.map((event) => (
                  <TimelineItem key={event.id} event={event} lang={lang} />
                ))}
              </ol>
            </section>
          ))}
          {undated.length > 0 && (
            <section className="timeline__undated" aria-labelledby={`${headingId}-undated`}>
              <h3 id={`${headingId}-undated`} className="timeline__year-title">
                {t('timeline.undatedTitle')}
              </h3>
              <p className="muted">{t('timeline.undatedIntro')}</p>
              <ul className="timeline__list timeline__list--undated">
                {undated.map((event) => (
                  <TimelineItem key={event.id} event={event} lang={lang} />
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </section>
  );
}

function TimelineItem({ event, lang }: { event: TimelineEvent; lang: Lang }) {
  const { t } = useTranslation();
  const group = KIND_GROUP[event.kind];
  const parts = describeEvent(event, t, lang);
  const qualifiers = event.date !== undefined ? dateQualifiers(event.date) : { approximate: false, uncertain: false };
  const level = vocabularyLabel('sensitivity', event.sensitivity, lang);
  return (
    <li className={`timeline__event timeline__event--${group}`} data-testid="timeline-event" data-kind={event.kind} data-event-id={event.id}>
      <span className="timeline__icon" aria-hidden="true">
        {KIND_ICON[event.kind]}
      </span>
      <div className="timeline__body">
        <p className="timeline__head">
          {event.date !== undefined && (
            <time className="timeline__date" dateTime={htmlDateTime(event.date)}>
              {formatDate(event.date, lang)}
            </time>
          )}
          {qualifiers.approximate && <span className="timeline__qualifier">{t('timeline.approximate')}</span>}
          {qualifiers.uncertain && <span className="timeline__qualifier">{t('timeline.uncertain')}</span>}
          <span className="timeline__kind">{t(`timeline.kinds.${event.kind}`)}</span>
          <span className={`timeline__sensitivity timeline__sensitivity--${event.sensitivity}`} title={t('timeline.sensitivity', { level })}>
            <span className="visually-hidden">{t('timeline.sensitivity', { level })}</span>
            <span aria-hidden="true">{level}</span>
          </span>
        </p>
        {parts.length > 0 && (
          <p className="timeline__desc">
            {parts.map((part, i) => (
              <span key={i} className="timeline__part">
                {i > 0 && <span className="timeline__sep"> · </span>}
                {part.text}
                {part.unofficial && (
                  <span className="timeline__unofficial" title={t('timeline.unofficialTitle')}>
                    <span aria-hidden="true">*</span>
                    <span className="visually-hidden"> ({t('timeline.unofficialTitle')})</span>
                  </span>
                )}
              </span>
            ))}
          </p>
        )}
        {event.release && (
          <details className="timeline__explain">
            <summary>{t('timeline.release.explain')}</summary>
            <ul>
              {explainRelease(event.release, t, lang).map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </details>
        )}
      </div>
    </li>
  );
}

function groupByYear(events: readonly TimelineEvent[]): Array<{ year: number; items: TimelineEvent[] }> {
  const groups: Array<{ year: number; items: TimelineEvent[] }> = [];
  for (const event of events) {
    const year = yearOf(event.date!);
    const last = groups.at(-1);
    if (last && last.year === year) last.items.push(event);
    else groups.push({ year, items: [event] });
  }
  return groups;
}

/** A machine-readable date for <time> (a year, month or day without qualifiers), when there is one. */
function htmlDateTime(edtf: string): string | undefined {
  const r = tryParseEdtf(edtf);
  if (!r.ok || r.value.kind !== 'date') return undefined;
  return edtf.replace(/[~?%]$/, '');
}
