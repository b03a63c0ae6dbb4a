import type { ReactNode } from 'react';

type Tone = 'error' | 'info' | 'success' | 'warning';

export interface AlertProps {
  tone: Tone;
  children: ReactNode;
  title?: string;
  className?: string;
  testId?: string;
}

/**
 * A message block. Errors are announced assertively (role=alert), the others politely
 * (role=status), so screen readers hear them when they appear.
 */
export function Alert({ tone, children, title, className, testId }: AlertProps) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={['alert', `alert--${tone}`, className ?? ''].filter(Boolean).join(' ')}
      data-testid={testId}
    >
      <span className="alert__icon" aria-hidden="true" />
      <div className="alert__body">
        {title && <p className="alert__title">{title}</p>}
        {children}
      </div>
    </div>
  );
}
