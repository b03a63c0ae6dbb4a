import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, pickLanguage, resources } from '../../renderer/src/i18n';
import { renderApp, renderUnlocked } from './helpers';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();
}

const english = flatten(resources.en.translation as unknown as Tree);

describe('translations', () => {
  it('English has strings', () => {
    expect(english.size).toBeGreaterThan(150);
  });

  for (const lng of LANGUAGES.filter((l) => l !== 'en')) {
    describe(lng, () => {
      const strings = flatten(resources[lng].translation as unknown as Tree);

      it('has every English key and no others', () => {
        const missing = [...english.keys()].filter((k) => !strings.has(k));
        const extra = [...strings.keys()].filter((k) => !english.has(k));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });

      it('has no empty values', () => {
        const empty = [...strings].filter(([, v]) => v.trim() === '').map(([k]) => k);
        expect(empty).toEqual([]);
      });

      it('uses the same placeholders as English', () => {
        const wrong = [...english]
          .filter(([key, value]) => JSON.stringify(placeholders(value)) !== JSON.stringify(placeholders(strings.get(key) ?? '')))
          .map(([key]) => key);
        expect(wrong).toEqual([]);
      });

      it('is actually translated (not copied from English)', () => {
        // Product and language names, and a few strings that only hold placeholders, may match.
        const same = [...english].filter(([key, value]) => strings.get(key) === value && !/^(app\.name|languages\.)/.test(key));
        expect(same.length).toBeLessThan(english.size * 0.02);
      });
    });
  }

  it('writes Azerbaijani in its own Latin letters and Russian in Cyrillic', () => {
    const az = [...flatten(resources.az.translation as unknown as Tree).values()].join(' ');
    const ru = [...flatten(resources.ru.translation as unknown as Tree).values()].join(' ');
    for (const letter of ['ə', 'Ə', 'ş', 'ç', 'ğ', 'ı', 'İ', 'ö', 'ü']) expect(az).toContain(letter);
    expect(ru).toMatch(/[а-яё]{5,}/);
    expect(resources.az.translation.status).toEqual({
      detained: 'Həbsdə',
      released: 'Azad edilib',
      convicted: 'Məhkum edilib',
      under_investigation: 'İstintaq altında',
      other: 'Digər',
    });
    expect(resources.ru.translation.status).toEqual({
      detained: 'Под стражей',
      released: 'Освобождён',
      convicted: 'Осуждён',
      under_investigation: 'Под следствием',
      other: 'Другое',
    });
  });

  it('starts in the system language when Habeas speaks it', () => {
    expect(pickLanguage(['az-AZ', 'en-US'])).toBe('az');
    expect(pickLanguage(['de-DE', 'ru'])).toBe('ru');
    expect(pickLanguage(['de-DE'])).toBe('en');
  });
});

describe('language switcher', () => {
  it('switches the visible text of the unlock screen', async () => {
    const { user } = renderApp({ state: 'locked' });
    expect(await screen.findByRole('heading', { name: 'Unlock the vault' })).toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'Language' });
    expect(within(group).getByRole('button', { name: 'EN' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(within(group).getByRole('button', { name: 'AZ' }));
    expect(screen.getByRole('heading', { name: 'Seyfin kilidini açın' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kilidi aç' })).toBeInTheDocument();
    expect(screen.getByLabelText('Parol')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('az');
    expect(screen.getByRole('button', { name: 'AZ' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByText('Unlock the vault')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'RU' }));
    expect(screen.getByRole('heading', { name: 'Разблокируйте хранилище' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ru');
  });

  it('switches the case list, statuses and header while unlocked', async () => {
    const { user } = await renderUnlocked({ cases: [{ nameLatin: 'Intiqam Əliyev', status: 'under_investigation' }] });
    await screen.findByText('Under investigation');
    await user.click(screen.getByRole('button', { name: 'AZ' }));
    expect(screen.getByRole('heading', { name: 'İşlər', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('İstintaq altında')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kilidlə' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Yeni iş' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'RU' }));
    await waitFor(() => expect(screen.getByText('Под следствием')).toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Заблокировать' })).toBeInTheDocument();
    // The case data itself is never translated.
    expect(screen.getByRole('button', { name: 'Intiqam Əliyev' })).toBeInTheDocument();
  });
});
