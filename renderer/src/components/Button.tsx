import type { ComponentPropsWithRef } from 'react';

type Variant = 'primary' | 'secondary' | 'quiet' | 'link' | 'lock';

export interface ButtonProps extends ComponentPropsWithRef<'button'> {
  variant?: Variant;
  /** Shows a spinner and marks the button busy; the button is disabled meanwhile. */
  busy?: boolean;
}

export function Button({ variant = 'secondary', busy = false, className, type = 'button', disabled, children, ...rest }: ButtonProps) {
  const classes = ['btn', `btn--${variant}`, busy ? 'btn--busy' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <button {...rest} type={type} className={classes} disabled={disabled || busy} aria-busy={busy || undefined}>
      {busy && <span className="spinner" aria-hidden="true" />}
      {children}
    </button>
  );
}
