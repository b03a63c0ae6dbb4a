import { randomUUID } from 'node:crypto';
import { HabeasError } from '../../../../shared/ipc/errors';
import { MAX_SAVED_VIEWS, SavedListView, type ListViewState } from '../../../../shared/list-views';
import type { Vault } from '../vault/vault';

/**
 * Saved views of the case list, kept as one record inside the vault (encrypted and in the audit
 * chain like everything else; a monitor's "detained journalists, arrested since 2014" says who
 * they work on). Few and small, so the whole set is rewritten on each change.
 */
export const LIST_VIEWS_TYPE = 'list-views';
export const LIST_VIEWS_ID = '00000000-0000-4000-8000-000000000002';

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The stored views, by name; an entry this build cannot read (a newer format) is left out. */
export function readListViews(vault: Vault): SavedListView[] {
  const data = vault.get(LIST_VIEWS_ID)?.data as { views?: unknown } | undefined;
  const views = Array.isArray(data?.views) ? data.views : [];
  return views.flatMap((v) => {
    const parsed = SavedListView.safeParse(v);
    return parsed.success ? [parsed.data] : [];
  }).sort((a, b) => byName.compare(a.name, b.name));
}

/** Saves a view, replacing one with the same name (letter case aside), which keeps its id. */
export async function saveListView(vault: Vault, name: string, state: ListViewState): Promise<SavedListView> {
  const views = readListViews(vault);
  const existing = views.find((v) => byName.compare(v.name, name) === 0);
  if (!existing && views.length >= MAX_SAVED_VIEWS) {
    throw new HabeasError('INVALID_INPUT', `This vault already has ${MAX_SAVED_VIEWS} saved views. Delete one you no longer use, then save again.`);
  }
  const view: SavedListView = { id: existing?.id ?? randomUUID(), name, savedAt: new Date().toISOString(), state };
  await write(vault, [...views.filter((v) => v !== existing), view]);
  return view;
}

/** Deletes a view; NOT_FOUND if there is none with this id (deleted elsewhere meanwhile). */
export async function deleteListView(vault: Vault, id: string): Promise<void> {
  const views = readListViews(vault);
  if (!views.some((v) => v.id === id)) throw new HabeasError('NOT_FOUND', 'This saved view no longer exists.');
  await write(vault, views.filter((v) => v.id !== id));
}

async function write(vault: Vault, views: readonly SavedListView[]): Promise<void> {
  await vault.put(LIST_VIEWS_TYPE, LIST_VIEWS_ID, 1, { views }, vault.currentRevision(LIST_VIEWS_ID));
}
