import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../i18n/errors';

export interface SettingResult {
  readonly tone: 'error' | 'success';
  readonly text: string;
}

/**
 * The flow every one-field setting shares: the text as typed, refused inline when `parse` gives
 * null (and re-checked as the user corrects it), saved once at a time through `save`, which
 * returns the success message; main's error is shown as it says it, and the text stays.
 */
export function useSettingForm<T>(initial: string, parse: (text: string) => T | null, save: (value: T) => Promise<{ text: string; message: string }>) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<SettingResult | null>(null);

  const change = (next: string) => {
    setText(next);
    if (invalid) setInvalid(parse(next) === null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const value = parse(text);
    setResult(null);
    if (value === null) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setBusy(true);
    try {
      const saved = await save(value);
      setText(saved.text);
      setResult({ tone: 'success', text: saved.message });
    } catch (error) {
      setResult({ tone: 'error', text: errorMessage(t, error) });
    } finally {
      setBusy(false);
    }
  };

  return { text, change, invalid, busy, result, submit };
}
