import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import { groupMatches, pickConfirmationGroups, recoveryKeyGroups } from './recovery-key';

export interface RecoveryKeyScreenProps {
  recoveryKey: string;
  /** The user retyped the requested groups correctly. */
  onConfirmed: () => void;
  /** Tests only: makes the choice of groups deterministic. */
  pickGroups?: (groupCount: number) => [number, number];
}

type GroupErrors = Record<number, 'required' | 'mismatch' | undefined>;

/**
 * Shows the recovery key once (it lives only in this component's state) and then asks for two of
 * its groups from the user's paper copy, with the key hidden, before the vault is opened.
 * There is deliberately no copy button: the clipboard is readable by every program and is often
 * synced or logged.
 */
export function RecoveryKeyScreen({ recoveryKey, onConfirmed, pickGroups = pickConfirmationGroups }: RecoveryKeyScreenProps) {
  const { t } = useTranslation();
  const groups = recoveryKeyGroups(recoveryKey);
  const [step, setStep] = useState<'show' | 'confirm'>('show');
  const [asked] = useState(() => pickGroups(groups.length));
  const [typed, setTyped] = useState<Record<number, string>>({});
  const [errors, setErrors] = useState<GroupErrors>({});
  const [attempted, setAttempted] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const inputs = useRef<Record<number, HTMLInputElement | null>>({});

  useEffect(() => {
    if (step === 'show') heading.current?.focus();
  }, [step]);

  const check = (values: Record<number, string>): GroupErrors => {
    const found: GroupErrors = {};
    for (const n of asked) {
      const value = values[n] ?? '';
      if (!value.trim()) found[n] = 'required';
      else if (!groupMatches(value, groups[n - 1] ?? '')) found[n] = 'mismatch';
    }
    return found;
  };

  const change = (n: number, value: string) => {
    const next = { ...typed, [n]: value };
    setTyped(next);
    if (attempted) setErrors(check(next));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    const found = check(typed);
    setErrors(found);
    const firstBad = asked.find((n) => found[n]);
    if (firstBad !== undefined) {
      inputs.current[firstBad]?.focus();
      return;
    }
    onConfirmed();
  };

  const backToKey = () => {
    setStep('show');
    setTyped({});
    setErrors({});
    setAttempted(false);
  };

  const onFormKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      backToKey();
    }
  };

  if (step === 'show') {
    return (
      <div className="auth">
        <section className="card card--wide" aria-labelledby="recovery-title" data-testid="recovery-key-screen">
          <h1 id="recovery-title" className="card__title" tabIndex={-1} ref={heading}>
            {t('recovery.title')}
          </h1>
          <p className="card__intro">{t('recovery.intro')}</p>
          <ol className="recovery-key" aria-label={t('recovery.keyLabel')} data-testid="recovery-key" data-recovery-key={groups.join('-')}>
            {groups.map((group, i) => (
              <li key={i} className="recovery-key__group">
                <span className="recovery-key__index" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="recovery-key__code" aria-hidden="true" data-testid="recovery-key-group" data-group={i + 1}>
                  {group}
                </span>
                {/* Spelled out for screen readers, which would otherwise read a group as a word. */}
                <span className="visually-hidden">{`${t('recovery.groupNumber', { n: i + 1 })}: ${[...group].join(' ')}`}</span>
              </li>
            ))}
          </ol>
          <div className="advice">
            <h2 className="advice__title">{t('recovery.adviceTitle')}</h2>
            <ul className="advice__list">
              <li>{t('recovery.adviceWrite')}</li>
              <li>{t('recovery.adviceStore')}</li>
              <li>{t('recovery.adviceNoCopies')}</li>
            </ul>
          </div>
          <div className="form__actions">
            <Button variant="primary" onClick={() => setStep('confirm')}>
              {t('recovery.written')}
            </Button>
          </div>
        </section>
      </div>
    );
  }

  const [first, second] = asked;
  return (
    <div className="auth">
      <section className="card" aria-labelledby="confirm-title" data-testid="recovery-confirm-screen">
        <h1 id="confirm-title" className="card__title">
          {t('recovery.confirmTitle')}
        </h1>
        <p className="card__intro">{t('recovery.confirmIntro', { first, second })}</p>
        <form className="form" noValidate onSubmit={submit} onKeyDown={onFormKeyDown}>
          <div className="form__row">
            {asked.map((n, index) => (
              <TextField
                key={n}
                className="field--group"
                inputClassName="input--mono"
                label={t('recovery.confirmGroup', { n })}
                value={typed[n] ?? ''}
                onChange={(e) => change(n, e.target.value)}
                error={errors[n] === 'required' ? t('recovery.groupRequired', { n }) : errors[n] === 'mismatch' ? t('recovery.groupMismatch', { n }) : null}
                autoComplete="off"
                autoCapitalize="characters"
                maxLength={9}
                autoFocus={index === 0}
                inputRef={(el) => {
                  inputs.current[n] = el;
                }}
                data-testid="recovery-confirm-input"
                data-group={n}
              />
            ))}
          </div>
          <div className="form__actions">
            <Button type="submit" variant="primary">
              {t('recovery.confirmSubmit')}
            </Button>
            <Button variant="quiet" onClick={backToKey}>
              {t('recovery.showAgain')}
            </Button>
          </div>
        </form>
      </section>
    </div>
  );
}
