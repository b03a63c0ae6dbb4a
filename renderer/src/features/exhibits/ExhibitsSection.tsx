import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Exhibit, ExhibitProgress } from '../../../../shared/exhibits';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Checkbox';
import { ProgressBar } from '../../components/ProgressBar';
import { formatDateTime } from '../../i18n/format';
import { api, call } from '../../lib/api';
import type { SectionProps } from '../case-editor/section-props';
import { toLang } from '../timeline/format';
import { AttachPanel } from './AttachPanel';
import { formatSize, verificationOf, visibleName } from './exhibit-display';
import { exhibitError } from './exhibit-error';
import { ExhibitDetail } from './ExhibitDetail';
import { linkChoices } from './link-choices';
import { VerificationBadge } from './VerificationBadge';
import './exhibits.css';

type Loaded = { caseId: string } & ({ ok: true; exhibits: Exhibit[] } | { ok: false; error: unknown });
type Notice = { tone: 'success' | 'error'; text: string } | null;

/**
 * The evidence locker of one case: files received (drop or choose), listed with type, size, date,
 * hash prefix and verification state; one opens below the list with its preview, links and custody.
 */
export function ExhibitsSection({ file, caseId, readOnly = false }: SectionProps & { caseId: string }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [showRemoved, setShowRemoved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [progress, setProgress] = useState<ExhibitProgress | null>(null);
  const [checking, setChecking] = useState<{ done: number; total: number } | null>(null);

  useEffect(() => {
    let live = true;
    call(() => api.exhibits.list({ caseId }))
      .then((exhibits) => live && setLoaded({ caseId, ok: true, exhibits }))
      .catch((error: unknown) => live && setLoaded({ caseId, ok: false, error }));
    return () => {
      live = false;
    };
  }, [caseId, attempt]);

  useEffect(() => api.on('exhibits:progress', (p) => setProgress(p.done >= p.total ? null : p)), []);

  const exhibits = useMemo(() => (loaded?.caseId === caseId && loaded.ok ? loaded.exhibits : []), [loaded, caseId]);
  const replace = useCallback((next: Exhibit) => {
    setLoaded((current) => {
      if (!current?.ok || current.caseId !== next.caseId) return current;
      const known = current.exhibits.some((e) => e.id === next.id);
      return { ...current, exhibits: known ? current.exhibits.map((e) => (e.id === next.id ? next : e)) : [...current.exhibits, next] };
    });
  }, []);

  const run = useCallback(
    (action: () => Promise<Exhibit>) => {
      setBusy(true);
      setNotice(null);
      action()
        .then(replace)
        .catch((error: unknown) => setNotice({ tone: 'error', text: exhibitError(t, error) }))
        .finally(() => {
          setBusy(false);
          setProgress(null);
        });
    },
    [replace, t],
  );

  /** Checks every file that is still in the vault, one after the other, each result recorded. */
  const checkAll = async () => {
    const due = exhibits.filter((e) => e.purgedAt === undefined);
    setBusy(true);
    setNotice(null);
    let damaged = 0;
    try {
      for (const [index, e] of due.entries()) {
        setChecking({ done: index, total: due.length });
        const checked = await call(() => api.exhibits.verify({ id: e.id }));
        if (verificationOf(checked).state === 'damaged') damaged += 1;
        replace(checked);
      }
      setNotice({ tone: damaged > 0 ? 'error' : 'success', text: t('exhibits.checkedAll', { total: due.length, damaged }) });
    } catch (error) {
      setNotice({ tone: 'error', text: exhibitError(t, error) });
    } finally {
      setChecking(null);
      setBusy(false);
      setProgress(null);
    }
  };

  const lang = toLang(i18n.language);
  const choices = useMemo(() => linkChoices(file, lang, (n) => t('exhibits.links.untitled', { n })), [file, lang, t]);
  const shown = exhibits.filter((e) => showRemoved || e.removedAt === undefined);
  const removedCount = exhibits.length - exhibits.filter((e) => e.removedAt === undefined).length;
  const selected = exhibits.find((e) => e.id === selectedId);

  return (
    <section className="exhibits" aria-labelledby={headingId} data-testid="exhibits-section">
      <h2 id={headingId}>{t('exhibits.title')}</h2>
      <p className="muted">{t('exhibits.intro')}</p>
      {!readOnly && (
        <AttachPanel
          caseId={caseId}
          onAttached={(exhibit) => {
            replace(exhibit);
            setSelectedId(exhibit.id);
          }}
        />
      )}
      {loaded === null || loaded.caseId !== caseId ? (
        <p role="status">
          <span className="spinner spinner--inline" aria-hidden="true" /> {t('exhibits.loading')}
        </p>
      ) : !loaded.ok ? (
        <Alert tone="error" title={t('exhibits.loadFailed')}>
          <p>{exhibitError(t, loaded.error)}</p>
          <Button onClick={() => setAttempt((a) => a + 1)}>{t('exhibits.retry')}</Button>
        </Alert>
      ) : exhibits.length === 0 ? (
        <p className="empty">{t('exhibits.none')}</p>
      ) : (
        <>
          <div className="table-panel">
            <table className="table exhibits__table" data-testid="exhibits-table">
              <caption className="visually-hidden">{t('exhibits.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('exhibits.columns.name')}</th>
                  <th scope="col">{t('exhibits.columns.type')}</th>
                  <th scope="col">{t('exhibits.columns.size')}</th>
                  <th scope="col">{t('exhibits.columns.received')}</th>
                  <th scope="col">{t('exhibits.columns.sha256')}</th>
                  <th scope="col">{t('exhibits.columns.verification')}</th>
                  <th scope="col">{t('exhibits.columns.links')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((e) => {
                  const name = visibleName(e.originalName);
                  return (
                    <tr key={e.id} data-testid="exhibit-row" data-id={e.id} aria-selected={e.id === selectedId} className={e.removedAt ? 'exhibits__row--removed' : undefined}>
                      <th scope="row">
                        <button type="button" className="link-button" title={name.full} onClick={() => setSelectedId(e.id === selectedId ? null : e.id)} aria-expanded={e.id === selectedId}>
                          {name.shown}
                        </button>
                        {e.derivedFrom && <span className="exhibits__mark"> ({t('exhibits.copyMark')})</span>}
                        {e.removedAt && <span className="exhibits__mark"> ({t(e.purgedAt ? 'exhibits.purgedMark' : 'exhibits.removedMark')})</span>}
                      </th>
                      <td>{e.mediaType}</td>
                      <td className="num">{formatSize(e.size, i18n.language)}</td>
                      <td>{formatDateTime(e.receivedAt, i18n.language)}</td>
                      <td>
                        <code title={e.sha256}>{e.sha256.slice(0, 12)}</code>
                      </td>
                      <td>
                        <VerificationBadge verification={verificationOf(e)} />
                      </td>
                      <td className="num">{e.links.length}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="exhibits__below-table">
            <Button onClick={() => void checkAll()} disabled={busy} busy={checking !== null}>
              {t('exhibits.checkAll')}
            </Button>
            {checking && <span role="status">{t('exhibits.checking', { done: checking.done + 1, total: checking.total })}</span>}
          </div>
          {removedCount > 0 && <Checkbox label={t('exhibits.showRemoved', { count: removedCount })} checked={showRemoved} onChange={(e) => setShowRemoved(e.target.checked)} />}
        </>
      )}
      {progress && (
        <div role="status" className="exhibits__progress">
          <ProgressBar label={t(`exhibits.progress.${progress.operation}`)} percent={progress.total === 0 ? null : (progress.done / progress.total) * 100} />
          <span>{t(`exhibits.progress.${progress.operation}`)}</span>
        </div>
      )}
      {busy && !progress && (
        <p role="status">
          <span className="spinner spinner--inline" aria-hidden="true" /> {t('exhibits.working')}
        </p>
      )}
      {notice && (
        <Alert tone={notice.tone} title={notice.tone === 'error' ? t('exhibits.actionFailed') : t('exhibits.done')} testId="exhibit-notice">
          <p>{notice.text}</p>
        </Alert>
      )}
      {selected && (
        <ExhibitDetail
          key={selected.id}
          exhibit={selected}
          original={exhibits.find((e) => e.id === selected.derivedFrom)}
          choices={choices}
          run={run}
          busy={busy}
          readOnly={readOnly}
          onExported={(fileName) => setNotice({ tone: 'success', text: t('exhibits.exported', { fileName }) })}
        />
      )}
    </section>
  );
}
