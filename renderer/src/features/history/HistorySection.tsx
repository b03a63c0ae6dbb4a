import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../shared/case-model';
import { diffDocuments } from '../../../../shared/diff';
import type { Lang } from '../../../../shared/vocabularies';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { errorMessage } from '../../i18n/errors';
import { formatDateTime } from '../../i18n/format';
import { api, call } from '../../lib/api';
import type { SectionProps } from '../case-editor/section-props';
import { toLang } from '../timeline/format';
import { describeChange, type ChangeWords, type DescribedChange } from './describe-change';
import './history.css';

type Loaded = { key: string; caseId: string } & ({ ok: true; revisions: CaseRecord[] } | { ok: false; error: unknown });

/**
 * Every revision of the case (newest first) with who saved it and when; choosing one shows what
 * changed, field by field, against the revision before it. Reloads when a new revision is saved.
 */
export function HistorySection({ file, caseId }: SectionProps & { caseId: string }) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const headingId = useId();

  // A new document from the editor means a new revision: load again.
  const [seenFile, setSeenFile] = useState(file);
  const [generation, setGeneration] = useState(0);
  if (seenFile !== file) {
    setSeenFile(file);
    setGeneration((g) => g + 1);
  }
  const key = `${caseId}#${generation}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let live = true;
    call(() => api.cases.history({ id: caseId }))
      .then((revisions) => live && setLoaded({ key, caseId, ok: true, revisions }))
      .catch((error: unknown) => live && setLoaded({ key, caseId, ok: false, error }));
    return () => {
      live = false;
    };
  }, [caseId, key]);

  // While reloading the same case, keep showing what was loaded (no flicker after every save).
  const current = loaded && loaded.caseId === caseId ? loaded : null;
  const loading = loaded?.key !== key;
  const revisions = current?.ok ? current.revisions : [];
  const [selected, setSelected] = useState<number | null>(null);
  const newest = revisions.at(-1);
  const shown = revisions.find((r) => r.revision === selected) ?? newest;

  return (
    <section className="history" aria-labelledby={headingId} aria-busy={loading || undefined} data-testid="history-section">
      <h2 id={headingId} className="history__title">
        {t('history.title')}
      </h2>
      <p className="history__intro muted">{t('history.intro')}</p>
      {current === null ? (
        <p className="history__loading" role="status">
          <span className="spinner spinner--inline" aria-hidden="true" /> {t('history.loading')}
        </p>
      ) : !current.ok ? (
        <Alert tone="error" title={t('history.loadFailed')}>
          <p>{errorMessage(t, current.error)}</p>
          <Button onClick={() => setGeneration((g) => g + 1)} busy={loading}>
            {t('history.retry')}
          </Button>
        </Alert>
      ) : revisions.length === 0 ? (
        <p className="empty">{t('history.none')}</p>
      ) : (
        <div className="history__body">
          <nav aria-label={t('history.revisions')} className="history__nav">
            <ol className="history__list" reversed>
              {[...revisions].reverse().map((r) => (
                <li key={r.revision}>
                  <button type="button" className="history__revision version-choice" aria-current={r === shown ? 'true' : undefined} data-testid="history-revision" onClick={() => setSelected(r.revision)}>
                    <span className="history__revision-no">{t('history.revision', { n: r.revision })}</span>
                    <span className="history__revision-time">{formatDateTime(r.updatedAt, lang)}</span>
                    <span className="history__revision-by">{t('history.savedBy', { name: r.savedBy ?? t('history.unknownAuthor') })}</span>
                  </button>
                </li>
              ))}
            </ol>
          </nav>
          {shown && <RevisionChanges revision={shown} previous={revisions[revisions.indexOf(shown) - 1]} lang={lang} />}
        </div>
      )}
    </section>
  );
}

function RevisionChanges({ revision, previous, lang }: { revision: CaseRecord; previous: CaseRecord | undefined; lang: Lang }) {
  const { t } = useTranslation();
  const words: ChangeWords = useMemo(
    () => ({
      yes: t('history.yes'),
      no: t('history.no'),
      sensitivity: t('history.sensitivity'),
      sensitivityOf: (field) => t('history.sensitivityOf', { field }),
      formatVersion: t('history.formatVersion'),
      entityNumber: (label, n) => t('history.entityNumber', { label, n }),
    }),
    [t],
  );
  const changes: DescribedChange[] = useMemo(
    () => (previous ? diffDocuments(previous.file, revision.file).map((c) => describeChange(c, previous.file, revision.file, lang, words)) : []),
    [previous, revision, lang, words],
  );
  const heading = (
    <h3 className="history__changes-title">
      {t('history.revision', { n: revision.revision })} · {formatDateTime(revision.updatedAt, lang)} · {revision.savedBy ?? t('history.unknownAuthor')}
    </h3>
  );
  if (!previous) {
    return (
      <div className="history__changes" data-testid="history-changes">
        {heading}
        {revision.revision === 1 ? (
          <>
            <p className="history__created">{t('history.created')}</p>
            <p className="muted">{t('history.createdBody')}</p>
          </>
        ) : (
          <p className="muted">{t('history.noPrevious')}</p>
        )}
      </div>
    );
  }
  return (
    <div className="history__changes" data-testid="history-changes">
      {heading}
      {changes.length === 0 ? (
        <p className="muted">{t('history.noChanges')}</p>
      ) : (
        <div className="table-panel history__table-panel">
          <table className="table history__table">
            <caption className="visually-hidden">{t('history.caption', { n: revision.revision, previous: previous.revision })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('history.columns.field')}</th>
                <th scope="col">{t('history.columns.change')}</th>
                <th scope="col">{t('history.columns.before')}</th>
                <th scope="col">{t('history.columns.after')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change, i) => (
                <tr key={i} data-testid="history-change" data-kind={change.kind}>
                  <th scope="row" className="history__path">
                    {change.path.map((part, j) => (
                      <span key={j} className="history__segment">
                        {j > 0 && <span className="history__sep"> › </span>}
                        {part}
                      </span>
                    ))}
                  </th>
                  <td>
                    <span className={`history__kind history__kind--${change.kind}`}>{t(`history.kinds.${change.kind}`)}</span>
                  </td>
                  <td className="history__value history__value--before">{valueCell(change.before, change.kind === 'added' || change.kind === 'moved', t('history.empty'))}</td>
                  <td className="history__value history__value--after">{valueCell(change.after, change.kind === 'removed' || change.kind === 'moved', t('history.empty'))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function valueCell(value: string | undefined, absent: boolean, emptyWord: string) {
  if (absent) return <span className="muted">—</span>;
  if (value === undefined || value === '') return <span className="muted">({emptyWord})</span>;
  return value;
}
