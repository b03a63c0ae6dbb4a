import { useEffect, useId, useMemo, useRef, type FormEvent, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcResult } from '../../../../shared/ipc/errors';
import type { GeneratedReport } from '../../../../shared/reports/requests';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { PdfPreview, type PdfSource } from '../../components/PdfPreview';
import { ProgressBar } from '../../components/ProgressBar';
import { formatNumber } from '../../i18n/format';
import { currentLanguage } from '../../i18n';
import { reportError } from './report-error';
import { progressPercent } from './report-options';
import { useReportJob, type ReportPhase } from './use-report-job';
import './reports.css';

export interface ReportDialogProps {
  title: string;
  intro: string;
  testId: string;
  /** The options of this kind of report (audience, sections, language, title…). */
  children: ReactNode;
  /** Why Generate cannot run yet, said in words (null: it can). */
  problem: string | null;
  /** Asks main for the PDF with the options chosen. */
  request: () => Promise<IpcResult<GeneratedReport>>;
  /** The line above the preview: pages, cases, audience. */
  readyText: (report: GeneratedReport) => string;
  onClose: () => void;
}

/**
 * The frame both report dialogs share: options → Generate → progress (with Cancel) → the PDF in
 * pdf.js → "Save PDF…" (main's save dialog) with what was saved. A modal <dialog>: focus stays
 * inside, Escape closes (stopping a PDF still being made, and main forgets a PDF not saved), and
 * focus moves to what comes next at every step.
 */
export function ReportDialog({ title, intro, testId, children, problem, request, readyText, onClose }: ReportDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const generateButton = useRef<HTMLButtonElement>(null);
  const stopButton = useRef<HTMLButtonElement>(null);
  const saveButton = useRef<HTMLButtonElement>(null);
  const job = useReportJob();
  const { phase } = job;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => {
      if (element?.open) element.close();
    };
  }, []);

  // Focus follows the flow: the first choice, Cancel while it runs, Save once it is there, and
  // Generate again after a failure or a stop (whose message is announced).
  const outcome = phase.kind === 'options' ? phase.outcome : null;
  useEffect(() => {
    if (phase.kind === 'generating') stopButton.current?.focus();
    else if (phase.kind === 'preview') saveButton.current?.focus();
    else if (outcome) generateButton.current?.focus();
    else form.current?.querySelector<HTMLElement>('input:checked, input, select, textarea')?.focus();
  }, [phase.kind, outcome]);

  // The modal closes before the caller moves focus back to its opener (inert while the modal is open).
  const close = () => {
    if (dialog.current?.open) dialog.current.close();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problem !== null) return;
    job.generate(request);
  };

  return (
    <dialog
      ref={dialog}
      className="dialog report-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: close through React state so the dialog unmounts cleanly (and stops its work).
        event.preventDefault();
        close();
      }}
      data-testid={testId}
      data-phase={phase.kind}
    >
      <h2 id={titleId} className="dialog__title" dir="auto">
        {title}
      </h2>
      {phase.kind === 'options' && (
        <form ref={form} className="form report-dialog__form" noValidate onSubmit={submit}>
          <p className="dialog__intro">{intro}</p>
          {phase.outcome?.kind === 'stopped' && (
            <Alert tone="info" testId="report-stopped">
              <p>{t('reports.stopped')}</p>
            </Alert>
          )}
          {phase.outcome?.kind === 'failed' && (
            <Alert tone="error" title={t('reports.failed')} testId="report-error">
              <p>{reportError(t, phase.outcome.error)}</p>
              <p>{t('reports.failedHint')}</p>
            </Alert>
          )}
          {children}
          {problem !== null && (
            <p className="field__error report-dialog__problem" role="status" data-testid="report-problem">
              <span className="field__error-icon" aria-hidden="true" />
              {problem}
            </p>
          )}
          <div className="form__actions">
            <Button type="submit" variant="primary" ref={generateButton} disabled={problem !== null} data-testid="report-generate">
              {t('reports.generate')}
            </Button>
            <Button variant="quiet" onClick={close} data-testid="report-close">
              {t('reports.close')}
            </Button>
          </div>
        </form>
      )}
      {phase.kind === 'generating' && <Progress phase={phase} stopRef={stopButton} onStop={job.stop} />}
      {phase.kind === 'preview' && <Preview phase={phase} readyText={readyText} saveRef={saveButton} onSave={job.save} onBack={job.back} onClose={close} />}
    </dialog>
  );
}

function Progress({ phase, stopRef, onStop }: { phase: Extract<ReportPhase, { kind: 'generating' }>; stopRef: Ref<HTMLButtonElement>; onStop: () => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { progress } = phase;
  const counts = progress ? { done: formatNumber(Math.min(progress.done, progress.total), lang), total: formatNumber(progress.total, lang) } : null;
  const text = !progress || !counts ? t('reports.preparing') : progress.stage === 'reading' ? t('reports.stageReading', counts) : t('reports.stageLayout', counts);
  return (
    <div className="report-dialog__progress" data-testid="report-progress" data-stage={progress?.stage ?? 'starting'}>
      <p role="status">{phase.stopping ? t('reports.stopping') : text}</p>
      <ProgressBar label={t('reports.progressLabel')} percent={progressPercent(progress)} valueText={text} testId="report-progress-bar" />
      <div className="form__actions">
        <Button ref={stopRef} onClick={onStop} busy={phase.stopping} data-testid="report-stop">
          {t('reports.stop')}
        </Button>
      </div>
    </div>
  );
}

function Preview({
  phase,
  readyText,
  saveRef,
  onSave,
  onBack,
  onClose,
}: {
  phase: Extract<ReportPhase, { kind: 'preview' }>;
  readyText: (report: GeneratedReport) => string;
  saveRef: Ref<HTMLButtonElement>;
  onSave: () => void;
  onBack: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { report, save } = phase;
  const source = useMemo<PdfSource>(() => ({ bytes: report.bytes }), [report]);
  return (
    <div className="report-dialog__result" data-testid="report-result">
      <p role="status" className="report-dialog__ready">
        {readyText(report)}
      </p>
      <div className="form__actions">
        <Button variant="primary" ref={saveRef} onClick={onSave} busy={save.kind === 'saving'} data-testid="report-save">
          {save.kind === 'saving' ? t('reports.saving') : t('reports.save')}
        </Button>
        <Button onClick={onBack} disabled={save.kind === 'saving'} data-testid="report-back">
          {t('reports.back')}
        </Button>
        <Button variant="quiet" onClick={onClose} data-testid="report-close">
          {t('reports.close')}
        </Button>
      </div>
      {save.kind === 'saved' && (
        <Alert tone="success" testId="report-saved">
          <p>{t('reports.saved', { fileName: save.fileName })}</p>
        </Alert>
      )}
      {save.kind === 'notSaved' && (
        <Alert tone="info" testId="report-not-saved">
          <p>{t('reports.notSaved')}</p>
        </Alert>
      )}
      {save.kind === 'failed' && (
        <Alert tone="error" title={t('reports.saveFailed')} testId="report-save-error">
          <p>{reportError(t, save.error)}</p>
          <p>{t('reports.saveFailedHint')}</p>
        </Alert>
      )}
      <PdfPreview key={report.token} source={source} label={t('reports.previewLabel')} testId="report-preview" />
    </div>
  );
}
