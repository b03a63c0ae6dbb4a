import { expect } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/src/app/App';
import { FakeHabeas, type FakeOptions } from './fake-habeas';

/** Installs a fake bridge and renders the whole app, as the window would. */
export function renderApp(options: FakeOptions | FakeHabeas = {}) {
  const fake = options instanceof FakeHabeas ? options : new FakeHabeas(options);
  fake.install();
  const user = userEvent.setup();
  const view = render(<App />);
  return { fake, user, ...view };
}

/** Renders an unlocked app and waits until the case list (or its empty state) is on screen. */
export async function renderUnlocked(options: FakeOptions = {}) {
  const result = renderApp({ ...options, state: 'unlocked' });
  await screen.findByRole('heading', { name: 'Cases', level: 1 });
  await waitFor(() => expect(screen.queryByText('Loading cases…')).not.toBeInTheDocument());
  return result;
}

export function rowNames(): string[] {
  return screen.queryAllByTestId('case-open').map((el) => el.textContent ?? '');
}
