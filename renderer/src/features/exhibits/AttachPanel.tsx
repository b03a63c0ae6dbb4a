import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Exhibit } from '../../../../shared/exhibits';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ProgressBar } from '../../components/ProgressBar';
import { TextField } from '../../components/TextField';
import { formatSize, visibleName } from './exhibit-display';
import { exhibitError } from './exhibit-error';
import { uploadExhibit, type Receipt } from './transfer';

type Upload = { file: File; sent: number; state: 'waiting' | 'sending' | 'done' | 'failed' | 'cancelled'; error?: string };

const EMPTY_RECEIPT: Receipt = { receivedFrom: '', method: '', note: '' };

/**
 * Receiving files: drop them on the panel or choose them, say from whom and how they came (the
 * first custody event, applied to every file of this batch), then attach. Files go one at a time,
 * each with its progress; a failed one says why and the rest still go.
 */
export function AttachPanel({ caseId, onAttached, disabled }: { caseId: string; onAttached: (exhibit: Exhibit) => void; disabled?: boolean }) {
  const { t, i18n } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<File[]>([]);
  const [receipt, setReceipt] = useState<Receipt>(EMPTY_RECEIPT);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [dragging, setDragging] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const busy = uploads.some((u) => u.state === 'sending' || u.state === 'waiting');
  // Leaving the section (or the case) stops the batch: main drops the unfinished file.
  useEffect(() => () => abort.current?.abort(), []);
  const [ignoredDrop, setIgnoredDrop] = useState(false);

  const choose = (files: FileList | null) => {
    if (!files || files.length === 0) return;
    setChosen((current) => [...current, ...Array.from(files)]);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (disabled || busy) {
      setIgnoredDrop(true);
      return;
    }
    setIgnoredDrop(false);
    choose(event.dataTransfer.files);
  };

  const attach = async () => {
    const batch = chosen;
    setChosen([]);
    const controller = new AbortController();
    abort.current = controller;
    const update = (index: number, patch: Partial<Upload>) => setUploads((list) => list.map((u, i) => (i === index ? { ...u, ...patch } : u)));
    setUploads(batch.map((file) => ({ file, sent: 0, state: 'waiting' })));
    for (const [index, file] of batch.entries()) {
      if (controller.signal.aborted) {
        update(index, { state: 'cancelled' });
        continue;
      }
      update(index, { state: 'sending' });
      try {
        const exhibit = await uploadExhibit(caseId, file, receipt, (sent) => update(index, { sent }), controller.signal);
        update(index, { state: 'done', sent: file.size });
        onAttached(exhibit);
      } catch (error) {
        update(index, controller.signal.aborted ? { state: 'cancelled' } : { state: 'failed', error: exhibitError(t, error) });
      }
    }
    abort.current = null;
    setReceipt(EMPTY_RECEIPT);
  };

  const field = (key: keyof Receipt, label: string) => (
    <TextField label={label} value={receipt[key]} onChange={(e) => setReceipt((r) => ({ ...r, [key]: e.target.value }))} disabled={busy || disabled} />
  );

  return (
    <div
      className={['attach-panel', dragging ? 'attach-panel--dragging' : ''].filter(Boolean).join(' ')}
      data-testid="attach-panel"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        // Moving over a child element fires dragleave on the panel too: only leaving it counts.
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <p className="attach-panel__hint">{t('exhibits.attach.dropHint')}</p>
      {ignoredDrop && (
        <p role="status" className="attach-panel__note">
          {t('exhibits.attach.busyDrop')}
        </p>
      )}
      <input ref={input} type="file" multiple className="visually-hidden" tabIndex={-1} aria-hidden="true" data-testid="attach-input" onChange={(e) => {
        choose(e.target.files);
        e.target.value = '';
      }} />
      <Button onClick={() => input.current?.click()} disabled={busy || disabled}>
        {t('exhibits.attach.choose')}
      </Button>
      {chosen.length > 0 && (
        <div className="attach-panel__receipt">
          <ul className="attach-panel__files" aria-label={t('exhibits.attach.chosen')}>
            {chosen.map((file, i) => (
              <li key={i}>
                {visibleName(file.name).shown} <span className="attach-panel__note">({formatSize(file.size, i18n.language)})</span>
              </li>
            ))}
          </ul>
          <div className="attach-panel__fields">
            {field('receivedFrom', t('exhibits.attach.receivedFrom'))}
            {field('method', t('exhibits.attach.method'))}
            {field('note', t('exhibits.attach.note'))}
          </div>
          <div className="attach-panel__actions">
            <Button variant="primary" onClick={() => void attach()} disabled={disabled}>
              {t('exhibits.attach.attach', { count: chosen.length })}
            </Button>
            <Button variant="quiet" onClick={() => setChosen([])}>
              {t('exhibits.attach.clear')}
            </Button>
          </div>
        </div>
      )}
      {uploads.length > 0 && (
        <ul className="attach-panel__uploads" aria-label={t('exhibits.attach.progress')}>
          {uploads.map((u, i) => (
            <li key={i} data-testid="upload" data-state={u.state}>
              <span>{visibleName(u.file.name).shown}</span>
              {u.state === 'sending' && <ProgressBar label={t('exhibits.attach.sending', { name: visibleName(u.file.name).shown })} percent={u.file.size === 0 ? null : (u.sent / u.file.size) * 100} />}
              {u.state !== 'sending' && u.state !== 'failed' && <span className="attach-panel__note"> — {t(`exhibits.attach.states.${u.state}`)}</span>}
              {u.state === 'failed' && (
                <Alert tone="error" title={t('exhibits.attach.failed')}>
                  <p>{u.error}</p>
                </Alert>
              )}
            </li>
          ))}
        </ul>
      )}
      {busy && (
        <Button variant="quiet" onClick={() => abort.current?.abort()}>
          {t('exhibits.attach.cancel')}
        </Button>
      )}
    </div>
  );
}
