import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Exhibit } from '../../../../shared/exhibits';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Checkbox';
import { TextField } from '../../components/TextField';
import { api, call } from '../../lib/api';
import { PanelButtons } from './PanelButtons';
import { WorkingCopyPanel } from './WorkingCopyPanel';

type Panel = null | 'open' | 'custody' | 'copy' | 'remove' | 'purge';

/**
 * What can be done with an exhibit: check it, export it, open it elsewhere (only after a warning
 * that plaintext leaves the vault), record a copy or a handover, remove it from the case, and purge
 * the file of a removed one (explicit reason and confirmation). Every one is a custody event.
 */
export function ExhibitActions({ exhibit, run, busy, onExported }: { exhibit: Exhibit; run: (action: () => Promise<Exhibit>) => void; busy: boolean; onExported: (fileName: string) => void }) {
  const { t } = useTranslation();
  const [panel, setPanel] = useState<Panel>(null);
  const [text, setText] = useState({ who: '', how: '', note: '', action: 'handed_over' as 'handed_over' | 'copied' });
  const [understood, setUnderstood] = useState(false);
  const purged = exhibit.purgedAt !== undefined;
  const ids = useId();
  /** The button that opened the panel, to give focus back to when it closes. */
  const trigger = useRef<HTMLElement | null>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const open = (next: Exclude<Panel, null>) => {
    trigger.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setPanel(next);
  };
  // Focus moves into a panel when it opens: to "Cancel" in the warning (Enter must not send the
  // file out by accident), to the first field in the forms.
  useEffect(() => {
    if (panel === null) return;
    const target = panel === 'open' ? panelRef.current?.querySelector<HTMLElement>('[data-cancel]') : panelRef.current?.querySelector<HTMLElement>('input, textarea, select');
    target?.focus();
  }, [panel]);
  const close = () => {
    setPanel(null);
    setText({ who: '', how: '', note: '', action: 'handed_over' });
    setUnderstood(false);
    trigger.current?.focus();
  };
  const onPanelKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      close();
    }
  };
  const act = (action: () => Promise<Exhibit>) => {
    run(action);
    close();
  };
  const exportIt = () =>
    run(async () => {
      const result = await call(() => api.exhibits.export({ id: exhibit.id }));
      if (!result.saved) return exhibit;
      onExported(result.fileName);
      return result.exhibit;
    });

  return (
    <div className="exhibit-actions" data-testid="exhibit-actions">
      <div className="exhibit-actions__row">
        <Button onClick={() => run(() => call(() => api.exhibits.verify({ id: exhibit.id })))} disabled={busy || purged}>
          {t('exhibits.actions.verify')}
        </Button>
        <Button onClick={exportIt} disabled={busy || purged}>
          {t('exhibits.actions.export')}
        </Button>
        <Button onClick={() => open('open')} disabled={busy || purged}>
          {t('exhibits.actions.openExternally')}
        </Button>
        <Button onClick={() => open('custody')} disabled={busy || purged}>
          {t('exhibits.actions.recordCustody')}
        </Button>
        <Button onClick={() => open('copy')} disabled={busy || exhibit.removedAt !== undefined}>
          {t('exhibits.actions.workingCopy')}
        </Button>
        {exhibit.removedAt === undefined ? (
          <Button variant="quiet" onClick={() => open('remove')} disabled={busy}>
            {t('exhibits.actions.remove')}
          </Button>
        ) : (
          !purged && (
            <Button variant="quiet" onClick={() => open('purge')} disabled={busy}>
              {t('exhibits.actions.purge')}
            </Button>
          )
        )}
      </div>
      {panel !== null && (
        <div ref={panelRef} onKeyDown={onPanelKey}>
          {panel === 'open' && (
            <div role="alertdialog" aria-labelledby={`${ids}-open-title`} aria-describedby={`${ids}-open-body`} className="exhibit-actions__panel" data-testid="open-warning">
              <h4 id={`${ids}-open-title`} className="visually-hidden">
                {t('exhibits.open.title')}
              </h4>
              <Alert tone="warning" title={t('exhibits.open.title')}>
                <p id={`${ids}-open-body`}>{t('exhibits.open.body')}</p>
              </Alert>
              <PanelButtons confirm={t('exhibits.open.confirm')} onConfirm={() => act(() => call(() => api.exhibits.openExternally({ id: exhibit.id })))} onCancel={close} />
            </div>
          )}
          {panel === 'copy' && <WorkingCopyPanel original={exhibit} run={run} onClose={close} />}
          {panel === 'custody' && (
            <form
              className="exhibit-actions__panel"
              onSubmit={(e) => {
                e.preventDefault();
                act(() => call(() => api.exhibits.recordCustody({ id: exhibit.id, action: text.action, counterpart: text.who.trim() || undefined, method: text.how.trim() || undefined, note: text.note.trim() || undefined })));
              }}
            >
              <fieldset>
                <legend>{t('exhibits.custody.record')}</legend>
                {(['handed_over', 'copied'] as const).map((action) => (
                  <label key={action} className="radio">
                    <input type="radio" name="custody-action" checked={text.action === action} onChange={() => setText((x) => ({ ...x, action }))} /> {t(`exhibits.custody.actions.${action}`)}
                  </label>
                ))}
              </fieldset>
              <TextField label={t('exhibits.custody.to')} value={text.who} onChange={(e) => setText((x) => ({ ...x, who: e.target.value }))} maxLength={4096} />
              <TextField label={t('exhibits.custody.how')} value={text.how} onChange={(e) => setText((x) => ({ ...x, how: e.target.value }))} maxLength={1000} />
              <TextField label={t('exhibits.custody.note')} value={text.note} onChange={(e) => setText((x) => ({ ...x, note: e.target.value }))} maxLength={5000} />
              <PanelButtons confirm={t('exhibits.custody.save')} onCancel={close} />
            </form>
          )}
          {(panel === 'remove' || panel === 'purge') && (
            <form
              className="exhibit-actions__panel"
              data-testid={`${panel}-form`}
              onSubmit={(e) => {
                e.preventDefault();
                const reason = text.note.trim();
                act(() => call(() => (panel === 'purge' ? api.exhibits.purge({ id: exhibit.id, reason }) : api.exhibits.remove({ id: exhibit.id, reason: reason || undefined }))));
              }}
            >
              <Alert tone="warning" title={t(`exhibits.${panel}.title`)}>
                <p>{t(`exhibits.${panel}.body`)}</p>
              </Alert>
              <TextField label={t(`exhibits.${panel}.reason`)} value={text.note} onChange={(e) => setText((x) => ({ ...x, note: e.target.value }))} required={panel === 'purge'} maxLength={5000} />
              {panel === 'purge' && <Checkbox label={t('exhibits.purge.understood')} checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />}
              <PanelButtons confirm={t(`exhibits.${panel}.confirm`)} onCancel={close} disabled={panel === 'purge' && (!understood || text.note.trim() === '')} />
            </form>
          )}
        </div>
      )}
    </div>
  );
}
