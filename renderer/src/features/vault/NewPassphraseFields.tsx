import { useDeferredValue, useEffect, useMemo, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { StrengthMeter } from './StrengthMeter';
import { loadEstimator, loadedEstimator, newPassphraseProblem, type Estimator, type NewPassphraseProblem } from './strength';

export interface NewPassphraseValues {
  passphrase: string;
  repeat: string;
}

export interface NewPassphraseErrors {
  passphrase?: NewPassphraseProblem | null;
  repeat?: 'mismatch' | null;
}

/**
 * Validates a new passphrase pair: the contract's length rule, a strength floor, and equality.
 * Forms pass the estimator from `ensureEstimator()` on submit; live re-validation uses whatever
 * has loaded.
 */
export function validateNewPassphrase(values: NewPassphraseValues, estimate: Estimator | null = loadedEstimator()): NewPassphraseErrors {
  const passphrase = newPassphraseProblem(values.passphrase, estimate);
  const repeat = values.passphrase !== values.repeat ? 'mismatch' : null;
  return { passphrase, repeat: passphrase ? null : repeat };
}

export function hasErrors(errors: NewPassphraseErrors): boolean {
  return Boolean(errors.passphrase || errors.repeat);
}

export interface NewPassphraseFieldsProps {
  values: NewPassphraseValues;
  onChange: (values: NewPassphraseValues) => void;
  errors: NewPassphraseErrors;
  reveal: boolean;
  disabled?: boolean;
  /** "Passphrase"/"Repeat passphrase" when creating, "New passphrase"/"Repeat new passphrase" otherwise. */
  labels: 'create' | 'new';
  firstFieldRef?: Ref<HTMLInputElement>;
  repeatFieldRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
}

/** The pair of inputs for choosing a passphrase, with the live strength meter under the first. */
export function NewPassphraseFields({ values, onChange, errors, reveal, disabled, labels, firstFieldRef, repeatFieldRef, autoFocus }: NewPassphraseFieldsProps) {
  const { t } = useTranslation();
  const deferred = useDeferredValue(values.passphrase);
  const [estimate, setEstimate] = useState<Estimator | null>(loadedEstimator);
  useEffect(() => {
    if (estimate) return;
    let live = true;
    loadEstimator().then(
      (loaded) => live && setEstimate(() => loaded),
      () => undefined, // without the estimator the meter stays empty; the length rules still apply
    );
    return () => {
      live = false;
    };
  }, [estimate]);
  const strength = useMemo(() => (deferred && estimate ? estimate(deferred) : null), [deferred, estimate]);
  const type = reveal ? 'text' : 'password';
  const problemText = (problem: NewPassphraseProblem) => t(`passphrase.${problem}`);

  return (
    <>
      <TextField
        label={labels === 'create' ? t('passphrase.label') : t('passphrase.newLabel')}
        type={type}
        autoComplete="new-password"
        value={values.passphrase}
        onChange={(e) => onChange({ ...values, passphrase: e.target.value })}
        error={errors.passphrase ? problemText(errors.passphrase) : null}
        disabled={disabled}
        inputRef={firstFieldRef}
        autoFocus={autoFocus}
        maxLength={1024}
        hint={t('passphrase.advice')}
        below={<StrengthMeter passphrase={deferred} strength={strength} />}
        data-testid="new-passphrase"
      />
      <TextField
        label={labels === 'create' ? t('passphrase.repeatLabel') : t('passphrase.repeatNewLabel')}
        type={type}
        autoComplete="new-password"
        value={values.repeat}
        onChange={(e) => onChange({ ...values, repeat: e.target.value })}
        error={errors.repeat ? t('passphrase.mismatch') : null}
        disabled={disabled}
        maxLength={1024}
        inputRef={repeatFieldRef}
        data-testid="repeat-passphrase"
      />
    </>
  );
}

/** Moves focus to the first field with a problem. */
export function focusFirstProblem(
  errors: NewPassphraseErrors,
  first: { current: HTMLInputElement | null },
  repeat: { current: HTMLInputElement | null },
): void {
  if (errors.passphrase) first.current?.focus();
  else if (errors.repeat) repeat.current?.focus();
}
