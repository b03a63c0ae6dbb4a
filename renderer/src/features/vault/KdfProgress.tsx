import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../components/ProgressBar';

export interface KdfProgressProps {
  /** Accessible name of the bar, e.g. "Unlocking the vault". */
  label: string;
  /** Visible status line, e.g. "Unlocking…". */
  status: string;
  /** From vault.status: how long key derivation should take here. Null shows an indeterminate bar. */
  expectedMs: number | null;
  /** Explanation under the bar. */
  detail?: string;
}

const TICK_MS = 100;
/** Never claim to be done before main answers: the bar stops here until the call returns. */
const CEILING_PERCENT = 95;

/**
 * Honest progress for key derivation: it advances with elapsed time against the duration main
 * measured when the vault was calibrated, and waits at 95 % instead of pretending to finish.
 * Mount it only while the call runs; the clock starts at mount.
 */
export function KdfProgress({ label, status, expectedMs, detail }: KdfProgressProps) {
  const { t } = useTranslation();
  const [elapsed, setElapsed] = useState(0);

  useEffect(() => {
    const started = performance.now();
    const timer = window.setInterval(() => setElapsed(performance.now() - started), TICK_MS);
    return () => window.clearInterval(timer);
  }, []);

  const known = expectedMs !== null && expectedMs > 0;
  const percent = known ? Math.min(CEILING_PERCENT, (elapsed / expectedMs) * 100) : null;
  const remaining = known ? Math.ceil(Math.max(0, expectedMs - elapsed) / 1000) : null;
  const valueText = remaining === null ? status : remaining > 0 ? t('unlock.progressRemaining', { seconds: remaining }) : t('unlock.progressAlmost');

  return (
    <div className="kdf-progress" data-testid="kdf-progress">
      <p className="kdf-progress__status" role="status">
        <span className="spinner spinner--inline" aria-hidden="true" />
        {status}
      </p>
      <ProgressBar label={label} percent={percent} valueText={valueText} />
      {known && <p className="kdf-progress__meta">{valueText}</p>}
      {detail && <p className="kdf-progress__detail">{detail}</p>}
    </div>
  );
}
