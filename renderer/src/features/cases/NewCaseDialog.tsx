import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES } from '../../../../shared/domain/case';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { errorMessage } from '../../i18n/errors';
import { createCase } from './case-actions';
import { EMPTY_CASE_FORM, firstErrorField, validateCaseForm, type CaseField, type CaseFormErrors, type CaseFormValues } from './new-case-form';

export interface NewCaseDialogProps {
  onClose: () => void;
  /** Called with the new case's id once main has written it durably. */
  onCreated: (id: string) => void;
}

/**
 * "New case": the first facts (Latin name, native name, status) in a modal dialog. The case is
 * created by main (cases.create) and enters the working set only once acknowledged; the caller then
 * opens it in the editor. Escape or Cancel closes without creating anything.
 */
export function NewCaseDialog({ onClose, onCreated }: NewCaseDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const fields = useRef<Partial<Record<CaseField, HTMLInputElement | HTMLSelectElement | null>>>({});
  const [values, setValues] = useState<CaseFormValues>(EMPTY_CASE_FORM);
  const [errors, setErrors] = useState<CaseFormErrors>({});
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    fields.current.nameLatin?.focus();
    return () => {
      if (element?.open) element.close();
    };
  }, []);

  const change = (field: CaseField, value: string) => {
    const next = { ...values, [field]: value } as CaseFormValues;
    setValues(next);
    if (attempted) {
      const result = validateCaseForm(next);
      setErrors(result.ok ? {} : result.errors);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setAttempted(true);
    setFailure(null);
    const result = validateCaseForm(values);
    if (!result.ok) {
      setErrors(result.errors);
      const first = firstErrorField(result.errors);
      if (first) fields.current[first]?.focus();
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const record = await createCase(result.draft);
      onCreated(record.id);
    } catch (error) {
      setFailure(errorMessage(t, error));
      setSaving(false);
      fields.current.nameLatin?.focus();
    }
  };

  const errorText = (field: CaseField) => (errors[field] ? t(`validation.${errors[field]}`) : null);

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: close through React state so the dialog unmounts cleanly.
        event.preventDefault();
        if (!saving) onClose();
      }}
      data-testid="new-case-dialog"
    >
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-busy={saving || undefined}>
        <h2 id={titleId} className="dialog__title">
          {t('list.newCaseDialog.title')}
        </h2>
        <p className="dialog__intro">{t('list.newCaseDialog.intro')}</p>
        {failure && (
          <Alert tone="error" testId="new-case-error">
            {failure}
          </Alert>
        )}
        <TextField
          label={t('list.newCaseDialog.nameLatin')}
          hint={t('list.newCaseDialog.nameLatinHint')}
          value={values.nameLatin}
          onChange={(e) => change('nameLatin', e.target.value)}
          error={errorText('nameLatin')}
          autoComplete="off"
          inputRef={(el) => {
            fields.current.nameLatin = el;
          }}
          data-testid="new-case-name-latin"
        />
        <TextField
          label={t('list.newCaseDialog.nameNative')}
          hint={t('list.newCaseDialog.nameNativeHint')}
          value={values.nameNative}
          onChange={(e) => change('nameNative', e.target.value)}
          error={errorText('nameNative')}
          autoComplete="off"
          dir="auto"
          inputRef={(el) => {
            fields.current.nameNative = el;
          }}
          data-testid="new-case-name-native"
        />
        <SelectField
          label={t('list.newCaseDialog.status')}
          value={values.status}
          onChange={(e) => change('status', e.target.value)}
          error={errorText('status')}
          selectRef={(el) => {
            fields.current.status = el;
          }}
          data-testid="new-case-status"
        >
          {CASE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </SelectField>
        <p className="visually-hidden" role="status">
          {saving ? t('list.newCaseDialog.creating') : ''}
        </p>
        <div className="form__actions">
          <Button type="submit" variant="primary" busy={saving} data-testid="new-case-create">
            {saving ? t('list.newCaseDialog.creating') : t('list.newCaseDialog.create')}
          </Button>
          <Button variant="quiet" onClick={onClose} disabled={saving} data-testid="new-case-cancel">
            {t('list.newCaseDialog.cancel')}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
