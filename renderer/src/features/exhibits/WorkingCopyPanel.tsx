import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Exhibit } from '../../../../shared/exhibits';
import { Button } from '../../components/Button';
import { ProgressBar } from '../../components/ProgressBar';
import { TextField } from '../../components/TextField';
import { visibleName } from './exhibit-display';
import { PanelButtons } from './PanelButtons';
import { uploadExhibit } from './transfer';

/**
 * Adds a working copy of an exhibit (a redacted image, an excerpt, a translation) as a new exhibit
 * linked to it: the original is never changed, and the copy has its own hash and custody.
 */
export function WorkingCopyPanel({ original, run, onClose }: { original: Exhibit; run: (action: () => Promise<Exhibit>) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [derivation, setDerivation] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState<number | null>(null);
  const attach = () => {
    if (!file) return;
    setSent(0);
    run(() =>
      uploadExhibit(original.caseId, file, { receivedFrom: '', method: '', note: '' }, setSent, undefined, { from: original.id, derivation }).finally(() => {
        setSent(null);
        onClose();
      }),
    );
  };
  return (
    <form
      className="exhibit-actions__panel"
      data-testid="working-copy-form"
      onSubmit={(e) => {
        e.preventDefault();
        attach();
      }}
    >
      <p>{t('exhibits.copy.body', { name: visibleName(original.originalName).shown })}</p>
      <TextField label={t('exhibits.copy.derivation')} value={derivation} onChange={(e) => setDerivation(e.target.value)} maxLength={1000} required />
      <input ref={input} type="file" className="visually-hidden" tabIndex={-1} aria-hidden="true" data-testid="working-copy-input" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      <div className="exhibit-actions__row">
        <Button onClick={() => input.current?.click()}>{t('exhibits.copy.choose')}</Button>
        <span>{file ? visibleName(file.name).shown : t('exhibits.copy.noFile')}</span>
      </div>
      {sent !== null && file && <ProgressBar label={t('exhibits.attach.sending', { name: visibleName(file.name).shown })} percent={file.size === 0 ? null : (sent / file.size) * 100} />}
      <PanelButtons confirm={t('exhibits.copy.attach')} onCancel={onClose} disabled={!file || derivation.trim() === '' || sent !== null} />
    </form>
  );
}
