import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import type { Verification } from './exhibit-display';

/** Whether the exhibit's file was last found intact (every chunk and the SHA-256), damaged, or not checked yet. */
export function VerificationBadge({ verification }: { verification: Verification }) {
  const { t, i18n } = useTranslation();
  const label = t(`exhibits.verification.${verification.state}`);
  const when = verification.state === 'unchecked' ? '' : formatDateTime(verification.at, i18n.language);
  return (
    <span className={`verification verification--${verification.state}`} data-testid="verification" data-state={verification.state} title={when ? t('exhibits.verification.checkedAt', { when }) : undefined}>
      {label}
    </span>
  );
}
