import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultDamage } from '../../../../shared/ipc/contract';
import { Alert } from '../../components/Alert';
import { api, call } from '../../lib/api';

/**
 * Tells the user, right after unlocking, that some revisions failed authentication. Without it a
 * damaged case would silently show an older version (or vanish) and the next edit would build on it.
 */
export function DamageNotice() {
  const { t } = useTranslation();
  const [damage, setDamage] = useState<VaultDamage | null>(null);

  useEffect(() => {
    let current = true;
    call(() => api.vault.status()).then(
      (status) => current && setDamage(status.damage),
      () => undefined, // the status is best-effort here; the workspace reports real failures
    );
    return () => {
      current = false;
    };
  }, []);

  if (!damage) return null;
  return (
    <Alert tone="error" title={t('damage.title')} testId="damage-notice">
      {damage.records.length > 0 && <p>{t('damage.records', { count: damage.records.length })}</p>}
      {damage.unreadableRegions > 0 && <p>{t('damage.unreadable', { count: damage.unreadableRegions })}</p>}
      {damage.truncated && <p>{t('damage.truncated')}</p>}
      <p>{t('damage.action')}</p>
    </Alert>
  );
}
