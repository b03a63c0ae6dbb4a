import type { ReactNode } from 'react';
import { HeaderBar } from '../features/shell/HeaderBar';

/** Header bar on top, one screen below. */
export function Shell({ actions, children, wide = false }: { actions?: ReactNode; children: ReactNode; wide?: boolean }) {
  return (
    <div className="app">
      <HeaderBar>{actions}</HeaderBar>
      <main className={wide ? 'app__main app__main--wide' : 'app__main'} id="main">
        {children}
      </main>
    </div>
  );
}
