import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/Button';
import { loadWorkingSet } from '../db/working-set';
import { CaseListView } from '../features/cases/CaseListView';
import { INITIAL_LIST_STATE, type ListViewState } from '../features/cases/list-model';
import { SettingsView } from '../features/settings/SettingsView';
import { DamageNotice } from '../features/vault/DamageNotice';
import { shortcutLabel, useShortcut } from '../lib/shortcuts';
import { CaseEditorHost, flushEditsBeforeLock } from './case-editor-host';
import { Shell } from './Shell';

export interface WorkspaceProps {
  onLock: () => Promise<void>;
  autoLockMinutes: number;
  expectedUnlockMs: number | null;
  onAutoLockSaved: (minutes: number) => void;
  /** Who is recorded as saving changes (vault status); null until set. */
  profileName: string | null;
  onProfileNameSaved: (name: string) => void;
}

/** Which screen of the unlocked app is showing. */
type Route = { view: 'cases' } | { view: 'case'; caseId: string } | { view: 'settings' };

function startLoad(fresh: boolean): void {
  // Failures are shown by the list (the case-list store's load state), with a retry.
  loadWorkingSet({ fresh }).catch(() => {});
}

/**
 * The unlocked app: fills the working set from the vault (progressively: the list shows the
 * first page at once), and routes between the case list, one case in the editor, and settings.
 * The list's search, filters, sort and current row live here so they survive a visit to a case.
 */
export function Workspace({ onLock, autoLockMinutes, expectedUnlockMs, onAutoLockSaved, profileName, onProfileNameSaved }: WorkspaceProps) {
  const { t } = useTranslation();
  const [route, setRoute] = useState<Route>({ view: 'cases' });
  const [listState, setListState] = useState<ListViewState>(INITIAL_LIST_STATE);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [returning, setReturning] = useState(false);
  const [locking, setLocking] = useState(false);

  useEffect(() => {
    startLoad(true);
  }, []);

  const lock = () => {
    if (locking) return;
    setLocking(true);
    // Whatever is typed in an open case is committed and saved before the vault closes.
    void flushEditsBeforeLock()
      .then(onLock)
      .finally(() => setLocking(false));
  };
  useShortcut('l', lock);

  const openCase = useCallback((id: string) => {
    setActiveId(id);
    setRoute({ view: 'case', caseId: id });
  }, []);
  const closeCase = useCallback(() => {
    setReturning(true);
    setRoute({ view: 'cases' });
  }, []);
  // Ctrl/⌘+F, or "/" outside a text field, searches the cases from anywhere (the list handles them
  // itself while it is shown). Leaving the editor commits what is typed there.
  const searchCases = useCallback(() => {
    setReturning(false);
    setRoute({ view: 'cases' });
  }, []);
  useShortcut('f', searchCases, route.view !== 'cases');
  useEffect(() => {
    if (route.view === 'cases') return;
    const onSlash = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target;
      if (target instanceof HTMLElement && (target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)) return;
      event.preventDefault();
      searchCases();
    };
    window.addEventListener('keydown', onSlash);
    return () => window.removeEventListener('keydown', onSlash);
  }, [route.view, searchCases]);

  const lockShortcut = shortcutLabel('L');
  const onCases = route.view !== 'settings';
  const actions = (
    <>
      <nav className="nav" aria-label={t('header.mainNav')}>
        <button
          type="button"
          className={onCases ? 'nav__item nav__item--active' : 'nav__item'}
          aria-current={onCases ? 'page' : undefined}
          onClick={() => (route.view === 'case' ? closeCase() : setRoute({ view: 'cases' }))}
          data-testid="nav-cases"
        >
          {t('header.cases')}
        </button>
        <button
          type="button"
          className={route.view === 'settings' ? 'nav__item nav__item--active' : 'nav__item'}
          aria-current={route.view === 'settings' ? 'page' : undefined}
          onClick={() => {
            setReturning(false);
            setRoute({ view: 'settings' });
          }}
          data-testid="nav-settings"
        >
          {t('header.settings')}
        </button>
      </nav>
      <Button variant="lock" onClick={lock} busy={locking} title={t('header.lockTitle', { shortcut: lockShortcut })} data-testid="lock-button">
        <svg className="btn__svg" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2h.5A1.5 1.5 0 0 1 13.5 8.5v5A1.5 1.5 0 0 1 12 15H4a1.5 1.5 0 0 1-1.5-1.5v-5A1.5 1.5 0 0 1 4 7h.5Zm1.5 0h4V5a2 2 0 0 0-4 0v2Z" />
        </svg>
        {t('header.lock')}
        <kbd className="btn__kbd" aria-hidden="true">
          {lockShortcut}
        </kbd>
      </Button>
    </>
  );

  let content;
  if (route.view === 'settings') {
    content = (
      <SettingsView
        autoLockMinutes={autoLockMinutes}
        expectedUnlockMs={expectedUnlockMs}
        onAutoLockSaved={onAutoLockSaved}
        profileName={profileName}
        onProfileNameSaved={onProfileNameSaved}
        onClose={() => setRoute({ view: 'cases' })}
      />
    );
  } else if (route.view === 'case') {
    content = <CaseEditorHost key={route.caseId} caseId={route.caseId} onClose={closeCase} />;
  } else {
    content = (
      <>
        <DamageNotice />
        <CaseListView
          state={listState}
          onStateChange={setListState}
          activeId={activeId}
          onActiveChange={setActiveId}
          onOpen={openCase}
          focusRowOnMount={returning}
          onRetryLoad={() => startLoad(false)}
        />
      </>
    );
  }

  return (
    <Shell actions={actions} wide>
      {content}
    </Shell>
  );
}
