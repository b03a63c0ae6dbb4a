import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES, type CaseRecord } from '../../../../shared/domain/case';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { errorMessage } from '../../i18n/errors';
import { formatDateTime } from '../../i18n/format';
import { ApiError } from '../../lib/api';
import { shortcutLabel, useShortcut } from '../../lib/shortcuts';
import { useEscape } from '../../lib/use-escape';
import { createCase, refreshCase, updateCase } from './case-actions';
import { EMPTY_CASE_FORM, firstErrorField, formFromRecord, validateCaseForm, type CaseField, type CaseFormErrors, type CaseFormValues } from './case-form';

export interface CaseEditorProps {
  /** The case being edited, as it was when the editor opened; absent for a new case. */
  record?: CaseRecord;
  onSaved: (record: CaseRecord) => void;
  onCancel: () => void;
}

/**
 * Create/edit form. Validates with the shared schema as the user corrects it, saves through main
 * (Ctrl/⌘+S or Enter), and cancels with Escape. The working set changes only after main's answer.
 */
export function CaseEditor({ record, onSaved, onCancel }: CaseEditorProps) {
  const { t, i18n } = useTranslation();
  const [base, setBase] = useState<CaseRecord | undefined>(record);
  const [values, setValues] = useState<CaseFormValues>(record ? formFromRecord(record) : EMPTY_CASE_FORM);
  const [errors, setErrors] = useState<CaseFormErrors>({});
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const fields = useRef<Partial<Record<CaseField, HTMLInputElement | HTMLSelectElement | null>>>({});

  const change = (field: CaseField, value: string) => {
    const next = { ...values, [field]: value } as CaseFormValues;
    setValues(next);
    if (attempted) {
      const result = validateCaseForm(next);
      setErrors(result.ok ? {} : result.errors);
    }
  };

  const save = async () => {
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
      const saved = base ? await updateCase(base.id, base.revision, result.draft) : await createCase(result.draft);
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT' && base) {
        try {
          const latest = await refreshCase(base.id);
          setBase(latest);
          setValues(formFromRecord(latest));
          setFailure(t('editor.conflict'));
        } catch (refreshError) {
          setFailure(errorMessage(t, refreshError));
        }
      } else if (error instanceof ApiError && error.code === 'NOT_FOUND') {
        setFailure(t('editor.notFound'));
      } else {
        setFailure(errorMessage(t, error));
      }
      setSaving(false);
      fields.current.nameLatin?.focus();
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  useShortcut('s', () => void save());
  useEscape(onCancel, !saving);

  const errorText = (field: CaseField) => (errors[field] ? t(`validation.${errors[field]}`) : null);
  const title = base ? t('editor.editTitle') : t('editor.newTitle');

  return (
    <section className="editor" aria-labelledby="editor-title" data-testid="case-editor">
      <div className="editor__head">
        <h2 id="editor-title" className="editor__title">
          {title}
        </h2>
        {base && (
          <p className="editor__meta" data-testid="case-revision">
            {t('editor.revision', { revision: base.revision, date: formatDateTime(base.updatedAt, i18n.language) })}
          </p>
        )}
      </div>
      <form className="form" noValidate onSubmit={submit} aria-busy={saving || undefined}>
        {failure && (
          <Alert tone="error" testId="case-editor-error">
            {failure}
          </Alert>
        )}
        <TextField
          label={t('editor.nameLatin')}
          hint={t('editor.nameLatinHint')}
          value={values.nameLatin}
          onChange={(e) => change('nameLatin', e.target.value)}
          error={errorText('nameLatin')}
          autoComplete="off"
          autoFocus
          inputRef={(el) => {
            fields.current.nameLatin = el;
          }}
          data-testid="case-name-latin"
        />
        <TextField
          label={t('editor.nameNative')}
          hint={t('editor.nameNativeHint')}
          value={values.nameNative}
          onChange={(e) => change('nameNative', e.target.value)}
          error={errorText('nameNative')}
          autoComplete="off"
          dir="auto"
          inputRef={(el) => {
            fields.current.nameNative = el;
          }}
          data-testid="case-name-native"
        />
        <SelectField
          label={t('editor.status')}
          value={values.status}
          onChange={(e) => change('status', e.target.value)}
          error={errorText('status')}
          selectRef={(el) => {
            fields.current.status = el;
          }}
          data-testid="case-status"
        >
          {CASE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </SelectField>
        <p className="visually-hidden" role="status">
          {saving ? t('editor.saving') : ''}
        </p>
        <div className="form__actions">
          <Button type="submit" variant="primary" busy={saving} data-testid="case-save">
            {saving ? t('editor.saving') : t('editor.save')}
          </Button>
          <Button variant="quiet" onClick={onCancel} disabled={saving}>
            {t('editor.cancel')}
          </Button>
        </div>
        <p className="form__hint">{t('editor.keyboardHint', { save: shortcutLabel('S') })}</p>
      </form>
    </section>
  );
}
