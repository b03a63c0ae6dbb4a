export interface ProgressBarProps {
  /** Accessible name of the progress bar. */
  label: string;
  /** 0–100, or null for an indeterminate bar (duration unknown). */
  percent: number | null;
  /** Spoken instead of the bare number, e.g. "About 2 seconds left". */
  valueText?: string;
  testId?: string;
}

/**
 * A native <progress> (implicit role=progressbar), styled in CSS so no inline styles are needed
 * under the CSP. The ARIA values are also set explicitly for assistive tech and e2e tests.
 */
export function ProgressBar({ label, percent, valueText, testId }: ProgressBarProps) {
  const rounded = percent === null ? undefined : Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <progress
      className={['progress', rounded === undefined ? 'progress--indeterminate' : ''].filter(Boolean).join(' ')}
      max={100}
      value={rounded}
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={rounded}
      aria-valuetext={valueText}
      data-testid={testId}
    />
  );
}
