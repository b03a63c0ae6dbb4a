// Component-test environment: happy-dom (vitest project "renderer"), an in-memory IndexedDB for
// Dexie, jest-dom matchers, and a clean slate between tests.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { clearWorkingSet } from '../../renderer/src/db/working-set';
import { i18n } from '../../renderer/src/i18n';

beforeEach(async () => {
  await i18n.changeLanguage('en');
});

afterEach(async () => {
  cleanup();
  Reflect.deleteProperty(window, 'habeas');
  await clearWorkingSet();
});
