import { useTranslation } from 'react-i18next';
import { formatRoughDuration } from '../../i18n/format';
import { MIN_PASSPHRASE_LENGTH, MIN_STRENGTH_SCORE, type Strength } from './strength';

export interface StrengthMeterProps {
  passphrase: string;
  strength: Strength | null;
}

const LEVEL_KEYS = ['strength.level0', 'strength.level1', 'strength.level2', 'strength.level3', 'strength.level4'] as const;

/** Four-segment meter, crack-time estimate, zxcvbn's advice and the two rules a new passphrase must meet. */
export function StrengthMeter({ passphrase, strength }: StrengthMeterProps) {
  const { t, i18n } = useTranslation();
  const lengthOk = [...passphrase].length >= MIN_PASSPHRASE_LENGTH;
  const strengthOk = strength !== null && strength.score >= MIN_STRENGTH_SCORE;
  const score = strength?.score ?? null;
  const levelText = score === null ? t('strength.empty') : t('strength.summary', { level: t(LEVEL_KEYS[score]) });

  let crackTime: string | null = null;
  if (strength && passphrase) {
    const rough = formatRoughDuration(strength.crackSeconds, i18n.language);
    crackTime = rough ?? (strength.crackSeconds < 1 ? t('strength.lessThanSecond') : t('strength.centuries'));
  }

  return (
    <div className="strength" data-testid="strength-meter" data-score={score ?? ''}>
      <div className={`strength__bar strength__bar--${score ?? 'none'}`} aria-hidden="true">
        <span />
        <span />
        <span />
        <span />
      </div>
      <p className="strength__summary">
        <span className="strength__level">{levelText}</span>
        {crackTime && <span className="strength__time">{t('strength.crackTime', { time: crackTime })}</span>}
      </p>
      {strength && passphrase && (strength.warning || strength.suggestions.length > 0) && (
        <ul className="strength__advice">
          {strength.warning && <li className="strength__warning">{t(`strength.warnings.${strength.warning}`)}</li>}
          {strength.suggestions.map((s) => (
            <li key={s}>{t(`strength.suggestions.${s}`)}</li>
          ))}
        </ul>
      )}
      <ul className="rules">
        <Rule met={lengthOk} label={t('strength.ruleLength')} status={lengthOk ? t('strength.ruleMet') : t('strength.ruleNotMet')} />
        <Rule met={strengthOk} label={t('strength.ruleStrength')} status={strengthOk ? t('strength.ruleMet') : t('strength.ruleNotMet')} />
      </ul>
    </div>
  );
}

/** One passphrase rule: a visible tick or bullet, and the met/not-met state for screen readers. */
function Rule({ met, label, status }: { met: boolean; label: string; status: string }) {
  return (
    <li className={met ? 'rules__item rules__item--met' : 'rules__item'}>
      <span className="rules__mark" aria-hidden="true">
        {met ? '✓' : '•'}
      </span>
      {label}
      <span className="visually-hidden">: {status}</span>
    </li>
  );
}
