import { useTranslation } from 'react-i18next';
import type { Exhibit } from '../../../../shared/exhibits';
import { formatDateTime } from '../../i18n/format';
import { CustodyLog } from './CustodyLog';
import { ExhibitActions } from './ExhibitActions';
import { formatSize, verificationOf, visibleName } from './exhibit-display';
import { ExhibitLinks } from './ExhibitLinks';
import { ExhibitPreview } from './ExhibitPreview';
import type { LinkChoice } from './link-choices';
import { VerificationBadge } from './VerificationBadge';

interface ExhibitDetailProps {
  exhibit: Exhibit;
  original: Exhibit | undefined;
  choices: readonly LinkChoice[];
  run: (action: () => Promise<Exhibit>) => void;
  busy: boolean;
  readOnly: boolean;
  onExported: (fileName: string) => void;
}

/** One exhibit: what it is, its preview, what it is linked to, and its chain of custody. */
export function ExhibitDetail({ exhibit, original, choices, run, busy, readOnly, onExported }: ExhibitDetailProps) {
  const { t, i18n } = useTranslation();
  const name = visibleName(exhibit.originalName);
  const received = exhibit.custody[0];
  const capture = exhibit.capture ?? {};
  const facts: Array<[string, string]> = [
    [t('exhibits.columns.type'), exhibit.mediaType],
    [t('exhibits.columns.size'), `${formatSize(exhibit.size, i18n.language)} (${exhibit.size.toLocaleString(i18n.language)} B)`],
    [t('exhibits.detail.received'), formatDateTime(exhibit.receivedAt, i18n.language)],
    ...(received?.counterpart ? [[t('exhibits.detail.receivedFrom'), visibleName(received.counterpart).shown] as [string, string]] : []),
    ...(received?.method ? [[t('exhibits.detail.method'), received.method] as [string, string]] : []),
    ...(capture.capturedAt ? [[t('exhibits.detail.capturedAt'), capture.capturedAt] as [string, string]] : []),
    ...(capture.camera ? [[t('exhibits.detail.camera'), capture.camera] as [string, string]] : []),
    ...(capture.title ? [[t('exhibits.detail.title'), capture.title] as [string, string]] : []),
    ...(capture.author ? [[t('exhibits.detail.author'), capture.author] as [string, string]] : []),
    ...(capture.createdAt ? [[t('exhibits.detail.createdAt'), capture.createdAt] as [string, string]] : []),
    ...(capture.producer ? [[t('exhibits.detail.producer'), capture.producer] as [string, string]] : []),
    ...(exhibit.derivedFrom ? [[t('exhibits.detail.derivedFrom'), `${original ? visibleName(original.originalName).shown : exhibit.derivedFrom}${exhibit.derivation ? ` — ${exhibit.derivation}` : ''}`] as [string, string]] : []),
  ];
  return (
    <article className="exhibit-detail" aria-labelledby={`exhibit-${exhibit.id}-title`} data-testid="exhibit-detail">
      <header className="exhibit-detail__header">
        <h3 id={`exhibit-${exhibit.id}-title`} title={name.full} className="exhibit-detail__title">
          {name.shown}
        </h3>
        <VerificationBadge verification={verificationOf(exhibit)} />
      </header>
      {exhibit.purgedAt ? (
        <p className="exhibit-detail__state">{t('exhibits.detail.purged', { when: formatDateTime(exhibit.purgedAt, i18n.language) })}</p>
      ) : exhibit.removedAt ? (
        <p className="exhibit-detail__state">{t('exhibits.detail.removed', { when: formatDateTime(exhibit.removedAt, i18n.language) })}</p>
      ) : null}
      <dl className="exhibit-detail__facts">
        {facts.map(([label, value]) => (
          <div key={label} className="exhibit-detail__fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div className="exhibit-detail__fact exhibit-detail__fact--wide">
          <dt>SHA-256</dt>
          <dd>
            <code className="exhibit-detail__hash" data-testid="exhibit-sha256">
              {exhibit.sha256}
            </code>
          </dd>
        </div>
      </dl>
      {!readOnly && <ExhibitActions exhibit={exhibit} run={run} busy={busy} onExported={onExported} />}
      {!exhibit.purgedAt && (
        <section className="exhibit-detail__preview" aria-label={t('exhibits.preview.title')}>
          <ExhibitPreview exhibit={exhibit} />
        </section>
      )}
      <ExhibitLinks exhibit={exhibit} choices={choices} run={run} readOnly={readOnly || exhibit.removedAt !== undefined} />
      <CustodyLog exhibit={exhibit} />
    </article>
  );
}
