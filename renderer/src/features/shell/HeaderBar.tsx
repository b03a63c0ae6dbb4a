import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './LanguageSwitcher';
import { Logo } from './Logo';

export interface HeaderBarProps {
  /** Navigation and vault actions, shown only while the vault is unlocked. */
  children?: ReactNode;
}

export function HeaderBar({ children }: HeaderBarProps) {
  const { t } = useTranslation();
  return (
    <header className="header">
      <div className="header__brand">
        <Logo />
        <span className="header__name">{t('app.name')}</span>
        <span className="header__tagline">{t('app.tagline')}</span>
      </div>
      <div className="header__actions">
        {children}
        <LanguageSwitcher />
      </div>
    </header>
  );
}
