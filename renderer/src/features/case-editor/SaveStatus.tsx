import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { errorMessage } from '../../i18n/errors';
import { formatDateTime } from '../../i18n/format';
import { ApiError } from '../../lib/api';
import { shortcutLabel } from '../../lib/shortcuts';
import type { Draft } from './engine/drafts';
import type { SaveState } from './save-queue';
import type { Lang } from '../../../../shared/vocabularies';
import { problemsOf, requiredKeys } from './engine/model';
import type { FieldSpec } from '../../../../shared/case-model';

export interface SaveStatusProps {
  state: SaveState;
  /** Inputs holding typed text not committed yet. */
  typing: number;
  drafts: readonly Draft[];
  /** An edit the case schema refused, from a section with its own component. */
  refused: string | null;
  lang: Lang;
  onRetry(): void;
}

function draftText(draft: Draft, lang: Lang): { entry: string; fields: string } {
  const fields = draft.spec.fields as Readonly<Record<string, FieldSpec>>;
  const problems = problemsOf(draft.spec, draft.value);
  const missing = [...requiredKeys(draft.spec)].filter((key) => problems.some((p) => p.path[0] === key));
  return { entry: draft.spec.label[lang], fields: missing.map((key) => fields[key]?.label[lang] ?? key).join(', ') };
}

/**
 * "Saving…", "Saved", or "Not saved: what to do", announced politely to screen readers. Icon and
 * words carry the state; colour only repeats it.
 */
export function SaveStatus({ state, typing, drafts, refused, lang, onRetry }: SaveStatusProps) {
  const { t, i18n } = useTranslation();
  let tone: 'busy' | 'ok' | 'warn' | 'error';
  let name: string;
  let text: string;
  let retry = false;
  if (state.kind === 'failed') {
    tone = 'error';
    name = 'failed';
    retry = true;
    const locked = state.error instanceof ApiError && state.error.code === 'VAULT_LOCKED';
    text = t('caseEditor.save.notSaved', {
      what: locked ? t('caseEditor.save.whatLocked') : t('caseEditor.save.whatRetry', { reason: errorMessage(t, state.error), save: shortcutLabel('S') }),
    });
  } else if (refused !== null) {
    tone = 'error';
    name = 'refused';
    text = t('caseEditor.save.notSaved', { what: t('caseEditor.save.whatInvalid', { reason: refused }) });
  } else if (state.kind === 'saving') {
    tone = 'busy';
    name = 'saving';
    text = t('caseEditor.save.saving');
  } else if (typing > 0) {
    tone = 'busy';
    name = 'typing';
    text = t('caseEditor.save.pending');
  } else if (drafts[0]) {
    tone = 'warn';
    name = 'draft';
    text = t('caseEditor.save.notSaved', { what: t('caseEditor.save.whatDraft', draftText(drafts[0], lang)) });
  } else if (state.kind === 'saved' || state.kind === 'conflict') {
    tone = 'ok';
    name = 'saved';
    text = t('caseEditor.save.savedAt', { time: formatDateTime(state.record.updatedAt, i18n.language) });
  } else {
    tone = 'ok';
    name = 'idle';
    text = t('caseEditor.save.idle');
  }
  return (
    <div className={`save-status save-status--${tone}`}>
      <p className="save-status__text" role="status" aria-live="polite" data-testid="save-status" data-state={name}>
        <span className="save-status__icon" aria-hidden="true" />
        {text}
      </p>
      {retry && (
        <Button variant="secondary" onClick={onRetry}>
          {t('caseEditor.save.retry')}
        </Button>
      )}
    </div>
  );
}
