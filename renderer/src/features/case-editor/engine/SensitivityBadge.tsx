import { useTranslation } from 'react-i18next';
import { SENSITIVITY_LEVELS, Sensitivity } from '../../../../../shared/vocabularies/sensitivity';
import { useEditor } from './context';
import { vocabLabel } from './display';

type Level = (typeof SENSITIVITY_LEVELS)[number];

function Icon({ level }: { level: Level }) {
  const common = { className: 'sens__icon', viewBox: '0 0 16 16', width: 12, height: 12, 'aria-hidden': true, focusable: false } as const;
  if (level === 'public') {
    return (
      <svg {...common}>
        <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M1.75 8h12.5M8 1.75c2.2 2.1 2.2 10.4 0 12.5M8 1.75c-2.2 2.1-2.2 10.4 0 12.5" fill="none" stroke="currentColor" strokeWidth="1.2" />
      </svg>
    );
  }
  if (level === 'restricted') {
    return (
      <svg {...common}>
        <path d="M8 1.5 13.5 3.6v4.1c0 3.3-2.3 5.7-5.5 6.8-3.2-1.1-5.5-3.5-5.5-6.8V3.6Z" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M8 3.2v9.6c2.3-.9 3.9-2.8 3.9-5.1V4.7Z" fill="currentColor" />
      </svg>
    );
  }
  return (
    <svg {...common}>
      <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2h.5A1.5 1.5 0 0 1 13.5 8.5v5A1.5 1.5 0 0 1 12 15H4a1.5 1.5 0 0 1-1.5-1.5v-5A1.5 1.5 0 0 1 4 7h.5Zm1.5 0h4V5a2 2 0 0 0-4 0v2Z" fill="currentColor" />
    </svg>
  );
}

export interface SensitivityBadgeProps {
  /** The field's effective level: its override, else the default of its kind. */
  level: Level;
  defaultLevel: Level;
  fieldLabel: string;
  onChange(level: Level): void;
  readOnly?: boolean;
  testId?: string;
}

/**
 * Who may see a field: icon, colour and word (never colour alone), operable with the keyboard as
 * a native select whose options say which level is the default. A level chosen by the user has a
 * heavier border. Choosing the default removes the override.
 */
export function SensitivityBadge({ level, defaultLevel, fieldLabel, onChange, readOnly = false, testId }: SensitivityBadgeProps) {
  const { t } = useTranslation();
  const { lang } = useEditor();
  const label = (l: Level) => vocabLabel('sensitivity', l, lang);
  const option = (l: Level) => (l === defaultLevel ? t('caseEditor.sensitivity.defaultSuffix', { level: label(l) }) : label(l));
  return (
    <span className={`sens sens--${level}${level === defaultLevel ? '' : ' sens--override'}`} data-testid={testId} data-level={level}>
      <Icon level={level} />
      {/* The word is drawn here; the (transparent) select on top takes clicks and keys and tells
          screen readers the level with "(default)" where it applies. */}
      <span className="sens__text" aria-hidden="true">
        {label(level)}
      </span>
      <span className="sens__chevron" aria-hidden="true" />
      <select
        className="sens__select"
        aria-label={t('caseEditor.sensitivity.label', { field: fieldLabel })}
        value={level}
        title={option(level)}
        onChange={(e) => {
          const parsed = Sensitivity.safeParse(e.target.value);
          if (parsed.success) onChange(parsed.data);
        }}
        disabled={readOnly}
      >
        {SENSITIVITY_LEVELS.map((l) => (
          <option key={l} value={l}>
            {option(l)}
          </option>
        ))}
      </select>
    </span>
  );
}
