import { useCallback, useEffect, useRef, useState } from 'react';
import type { IpcResult } from '../../../../shared/ipc/errors';
import type { GeneratedReport, ReportProgress } from '../../../../shared/reports/requests';
import { api, ApiError, call } from '../../lib/api';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; fileName: string } | { kind: 'notSaved' } | { kind: 'failed'; error: unknown };

/**
 * Where a report dialog is: choosing options (after a failure or a stop, with what happened),
 * waiting for main (with its progress), or showing the PDF main made (and what saving it did).
 */
export type ReportPhase =
  | { kind: 'options'; outcome: null | { kind: 'stopped' } | { kind: 'failed'; error: unknown } }
  | { kind: 'generating'; progress: ReportProgress | null; stopping: boolean }
  | { kind: 'preview'; report: GeneratedReport; save: SaveState };

export interface ReportJob {
  phase: ReportPhase;
  /** Asks main for a PDF; progress events are shown until it answers. */
  generate(request: () => Promise<IpcResult<GeneratedReport>>): void;
  /** Stops the generation in flight (main answers it with CANCELLED). */
  stop(): void;
  /** Main's save dialog for the PDF on show. */
  save(): void;
  /** Back to the options: main forgets the PDF on show. */
  back(): void;
}

/**
 * One report dialog's conversation with main (reports.*). Main makes one PDF at a time and keeps
 * the last few in memory under a token; this hook makes sure the dialog leaves nothing behind:
 * going back or closing discards the PDF, closing while it is being made stops it.
 */
export function useReportJob(): ReportJob {
  const [phase, setPhase] = useState<ReportPhase>({ kind: 'options', outcome: null });
  const mounted = useRef(true);
  /** The token main holds for the PDF on show, and whether a generation is in flight. */
  const held = useRef<string | null>(null);
  const running = useRef(false);
  /** Cancel was pressed: a PDF that arrives anyway (it was finished already) is not shown. */
  const stopping = useRef(false);

  useEffect(() => {
    mounted.current = true;
    // While the user chooses, main gets its PDF worker ready (the first PDF is then as quick as the rest).
    void api.reports.prepare({}).catch(() => undefined);
    return () => {
      mounted.current = false;
      if (running.current) void api.reports.cancel({}).catch(() => undefined);
      if (held.current) void api.reports.discard({ token: held.current }).catch(() => undefined);
      held.current = null;
    };
  }, []);

  const generate = useCallback((request: () => Promise<IpcResult<GeneratedReport>>) => {
    if (running.current) return;
    running.current = true;
    stopping.current = false;
    setPhase({ kind: 'generating', progress: null, stopping: false });
    const off = api.on('reports:progress', (progress) => {
      if (!mounted.current) return;
      setPhase((current) => (current.kind === 'generating' ? { ...current, progress } : current));
    });
    call(request)
      .then(
        (report) => {
          if (!mounted.current || stopping.current) {
            void api.reports.discard({ token: report.token }).catch(() => undefined);
            if (mounted.current) setPhase({ kind: 'options', outcome: { kind: 'stopped' } });
            return;
          }
          held.current = report.token;
          setPhase({ kind: 'preview', report, save: { kind: 'idle' } });
        },
        (error: unknown) => {
          if (!mounted.current) return;
          const stopped = error instanceof ApiError && error.code === 'CANCELLED';
          setPhase({ kind: 'options', outcome: stopped ? { kind: 'stopped' } : { kind: 'failed', error } });
        },
      )
      .finally(() => {
        running.current = false;
        off();
      });
  }, []);

  const stop = useCallback(() => {
    if (!running.current) return;
    stopping.current = true;
    setPhase((current) => (current.kind === 'generating' ? { ...current, stopping: true } : current));
    void api.reports.cancel({}).catch(() => undefined);
  }, []);

  const save = useCallback(() => {
    const token = held.current;
    if (!token) return;
    const update = (state: SaveState) => {
      if (!mounted.current || held.current !== token) return;
      setPhase((current) => (current.kind === 'preview' ? { ...current, save: state } : current));
    };
    update({ kind: 'saving' });
    call(() => api.reports.save({ token })).then(
      (result) => update(result.saved ? { kind: 'saved', fileName: result.fileName } : { kind: 'notSaved' }),
      (error: unknown) => update({ kind: 'failed', error }),
    );
  }, []);

  const back = useCallback(() => {
    const token = held.current;
    held.current = null;
    if (token) void api.reports.discard({ token }).catch(() => undefined);
    setPhase({ kind: 'options', outcome: null });
  }, []);

  return { phase, generate, stop, save, back };
}
