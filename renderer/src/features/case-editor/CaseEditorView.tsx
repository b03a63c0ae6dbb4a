import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseFile, caseFileSpec, primaryName, type CaseRecord } from '../../../../shared/case-model';
import type { Lang } from '../../../../shared/vocabularies';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { currentGeneration, fetchCase, putAcknowledged } from '../../db/working-set';
import { errorMessage } from '../../i18n/errors';
import { formatDateTime } from '../../i18n/format';
import { api, ApiError, call } from '../../lib/api';
import { shortcutLabel } from '../../lib/shortcuts';
import { EditorContext, PendingEdits, type EditorContextValue } from './engine/context';
import { DraftStore } from './engine/drafts';
import { EntityForm } from './engine/EntityForm';
import { translateMessage } from './engine/messages';
import { newProblem } from './engine/model';
import { InvalidEdit, type AnySpec, type Apply, type EditProblem, type EntityValue } from './engine/types';
import { registerEditor } from './flush';
import { DossierDialog } from '../reports/DossierDialog';
import { SaveQueue, type SaveState } from './save-queue';
import { SaveStatus } from './SaveStatus';
import { SECTIONS, type SectionDef, type SectionId } from './sections';
import { shiftShortcutLabel, useEditorShortcuts } from './use-editor-shortcuts';
import '../../styles/case-editor.css';

export interface CaseEditorViewProps {
  caseId: string;
  onClose: () => void;
}

function toLang(language: string | undefined): Lang {
  return language === 'az' || language === 'ru' ? language : 'en';
}

type Load = { state: 'loading' } | { state: 'ready'; record: CaseRecord } | { state: 'failed'; error: unknown };

/**
 * The case editor: every part of the case file in sections, generated from the field specs.
 * There is no save button: each field commits when it is left, on Enter, on a choice, and after a
 * pause in typing; commits are saved one at a time on top of the last acknowledged revision.
 */
export function CaseEditorView({ caseId, onClose }: CaseEditorViewProps) {
  return <CaseEditorLoader key={caseId} caseId={caseId} onClose={onClose} />;
}

function CaseEditorLoader({ caseId, onClose }: CaseEditorViewProps) {
  const { t } = useTranslation();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    fetchCase(caseId).then(
      (record) => current && setLoad({ state: 'ready', record }),
      (error: unknown) => current && setLoad({ state: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [caseId]);

  if (load.state === 'ready') return <CaseEditor initial={load.record} onClose={onClose} />;
  return (
    <section className="case-editor" aria-label={t('caseEditor.loading')} data-testid="case-editor">
      {load.state === 'loading' ? (
        <p className="splash" role="status">
          <span className="spinner spinner--inline" aria-hidden="true" />
          {t('caseEditor.loading')}
        </p>
      ) : (
        <>
          <Alert tone="error" title={t('caseEditor.loadFailed')} testId="case-editor-load-error">
            <p>{load.error instanceof ApiError && load.error.code === 'NOT_FOUND' ? t('caseEditor.notFound') : errorMessage(t, load.error)}</p>
          </Alert>
          <div className="form__actions">
            <Button onClick={onClose}>{t('caseEditor.close')}</Button>
          </div>
        </>
      )}
    </section>
  );
}

async function saveCase(baseRevision: number, file: CaseFile): Promise<CaseRecord> {
  const generation = currentGeneration();
  const record = await call(() => api.cases.save({ baseRevision, file }));
  // The list and the working set learn about the revision; a failure there must not undo the save.
  return putAcknowledged(record, generation).catch(() => record);
}

function CaseEditor({ initial, onClose }: { initial: CaseRecord; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const [doc, setDoc] = useState<CaseFile>(initial.file);
  const [record, setRecord] = useState<CaseRecord>(initial);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [conflict, setConflict] = useState<CaseRecord | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [section, setSection] = useState<SectionId>('overview');
  const [dossier, setDossier] = useState(false);
  const dossierButton = useRef<HTMLButtonElement>(null);
  const [draftsVersion, setDraftsVersion] = useState(0);
  const [pending] = useState(() => new PendingEdits());
  const [drafts] = useState(() => new DraftStore());
  const [adders] = useState(() => new Map<string, () => void>());
  const [queue] = useState(
    () =>
      new SaveQueue(initial, {
        save: saveCase,
        reload: () => fetchCase(initial.id),
        onState: setSaveState,
        onAcknowledged: (acknowledged, file) => {
          setRecord(acknowledged);
          if (file) setDoc(file);
        },
        onReloaded: (fresh) => {
          setRecord(fresh);
          setDoc(fresh.file);
          setConflict(fresh);
        },
      }),
  );
  const typing = useSyncExternalStore(pending.subscribe, () => pending.size);

  useEffect(() => drafts.subscribe(() => setDraftsVersion((v) => v + 1)), [drafts]);

  // Closing the window: commit what is typed so its save is on its way before the page goes.
  useEffect(() => {
    const commit = () => pending.commitAll();
    window.addEventListener('pagehide', commit);
    window.addEventListener('beforeunload', commit);
    return () => {
      window.removeEventListener('pagehide', commit);
      window.removeEventListener('beforeunload', commit);
    };
  }, [pending]);

  useEffect(() => {
    const flush = async () => {
      pending.commitAll();
      await queue.flush();
    };
    const unregister = registerEditor(flush, () => pending.size > 0 || queue.unsaved);
    return () => {
      // Closing commits what is typed; the registration stays until the last save is durable,
      // so a lock right after closing still waits for it.
      pending.commitAll();
      void queue.flush().finally(unregister);
    };
  }, [pending, queue]);

  /** Applies an edit to the newest document, checks the whole case, and queues it for saving. */
  const applyRoot: Apply<EntityValue> = (update) => {
    const base = queue.latest;
    let next: CaseFile;
    try {
      next = update(base as unknown as EntityValue) as unknown as CaseFile;
    } catch (error) {
      if (error instanceof InvalidEdit) return error.problem;
      throw error;
    }
    if (next === base) return null;
    const problem: EditProblem | null = newProblem(CaseFile, base, next, caseFileSpec as AnySpec);
    if (problem) return problem;
    queue.commit(next);
    setDoc(next);
    setConflict(null);
    return null;
  };

  const commitWhole = (next: CaseFile) => {
    const problem = applyRoot(() => next as unknown as EntityValue);
    setRefused(problem ? translateMessage(t, problem.message) : null);
  };

  const flushNow = () => {
    pending.commitAll();
    void queue.flush();
  };

  const close = async () => {
    pending.commitAll();
    await queue.flush();
    if (!queue.hasFailed) onClose();
  };

  /** Main makes the dossier from the last saved revision: what is typed is saved first. */
  const openDossier = async () => {
    pending.commitAll();
    await queue.flush();
    if (!queue.hasFailed) setDossier(true);
  };

  const current = SECTIONS.find((s) => s.id === section) ?? (SECTIONS[0] as SectionDef);
  useEditorShortcuts({
    save: flushNow,
    add: () => {
      // Not behind the dossier dialog, where the new entry would not be seen.
      if (current.addTo && !dossier) adders.get(current.addTo)?.();
    },
  });

  const context = useMemo<EditorContextValue>(
    () => ({
      lang,
      readOnly: false,
      pending,
      drafts,
      draftsVersion,
      registerAdder: (path, add) => {
        adders.set(path, add);
        return () => {
          if (adders.get(path) === add) adders.delete(path);
        };
      },
    }),
    [lang, pending, drafts, draftsVersion, adders],
  );

  const name = primaryName(doc) || t('caseEditor.untitled');
  const when = formatDateTime(record.updatedAt, i18n.language);
  const meta = record.savedBy
    ? t('caseEditor.revisionBy', { revision: record.revision, date: when, who: record.savedBy })
    : t('caseEditor.revision', { revision: record.revision, date: when });

  return (
    <EditorContext.Provider value={context}>
      <section className="case-editor" aria-labelledby="case-editor-title" data-testid="case-editor">
        <header className="case-editor__head">
          <div className="case-editor__heading">
            <h1 id="case-editor-title" className="case-editor__title" dir="auto">
              {name}
            </h1>
            <p className="case-editor__meta" data-testid="case-revision">
              {doc.reference ? `${doc.reference} · ` : ''}
              {meta}
            </p>
          </div>
          <SaveStatus state={saveState} typing={typing} drafts={drafts.all()} refused={refused} lang={lang} onRetry={flushNow} />
          <Button variant="secondary" ref={dossierButton} onClick={() => void openDossier()} title={t('reports.dossierActionTitle')} data-testid="dossier-open">
            {t('reports.dossierAction')}
          </Button>
          <Button variant="secondary" onClick={() => void close()} title={t('caseEditor.closeTitle')} data-testid="case-editor-close">
            {t('caseEditor.close')}
          </Button>
        </header>
        {conflict && (
          <Alert tone="info" testId="case-editor-conflict">
            {t('caseEditor.save.conflict', { revision: conflict.revision })}
          </Alert>
        )}
        <div className="case-editor__body">
          <nav className="case-editor__nav" aria-label={t('caseEditor.sectionsNav')}>
            <ul>
              {SECTIONS.map((s) => {
                const count = s.count?.(doc);
                return (
                  <li key={s.id}>
                    <button
                      type="button"
                      className={s.id === section ? 'section-link section-link--active' : 'section-link'}
                      aria-current={s.id === section ? 'true' : undefined}
                      onClick={() => setSection(s.id)}
                      data-section={s.id}
                    >
                      <span>{t(`caseEditor.sections.${s.id}`)}</span>
                      {count !== undefined && count > 0 && (
                        <span className="section-link__count">
                          <span className="visually-hidden">(</span>
                          {count}
                          <span className="visually-hidden">)</span>
                        </span>
                      )}
                    </button>
                  </li>
                );
              })}
            </ul>
          </nav>
          <div className="case-editor__section" data-testid={`section-${current.id}`}>
            <SectionBody def={current} caseId={record.id} doc={doc} apply={applyRoot} commitWhole={commitWhole} />
          </div>
        </div>
        <p className="case-editor__help" data-testid="shortcut-help">
          <span className="case-editor__help-label">{t('caseEditor.shortcuts.label')}:</span>{' '}
          {t('caseEditor.shortcuts.help', { save: shortcutLabel('S'), add: shiftShortcutLabel('N'), lock: shortcutLabel('L'), search: shortcutLabel('F') })}
        </p>
        {dossier && (
          <DossierDialog
            caseId={record.id}
            name={name}
            onClose={() => {
              setDossier(false);
              dossierButton.current?.focus();
            }}
          />
        )}
      </section>
    </EditorContext.Provider>
  );
}

function SectionBody({ def, caseId, doc, apply, commitWhole }: { def: SectionDef; caseId: string; doc: CaseFile; apply: Apply<EntityValue>; commitWhole(next: CaseFile): void }) {
  const { t } = useTranslation();
  if (def.component) {
    const Component = def.component;
    return <Component file={doc} commit={commitWhole} caseId={caseId} />;
  }
  if (!def.fields) return <p className="muted">{t('caseEditor.unavailable')}</p>;
  // A section of one list or entity is labelled by that field's own heading (no second landmark).
  if (def.fields.length === 1) {
    return <EntityForm spec={caseFileSpec as AnySpec} value={doc as unknown as EntityValue} apply={apply} path="" depth={0} keys={def.fields} />;
  }
  return (
    <section aria-labelledby={`section-title-${def.id}`}>
      <h2 id={`section-title-${def.id}`} className="case-editor__section-title">
        {t(`caseEditor.sections.${def.id}`)}
      </h2>
      <EntityForm spec={caseFileSpec as AnySpec} value={doc as unknown as EntityValue} apply={apply} path="" depth={0} keys={def.fields} />
    </section>
  );
}
