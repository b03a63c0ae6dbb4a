import { z } from 'zod';
import { shortName } from '../domain/short-name';
import { ListViewState } from './view-state';

/** The name a saved view is listed under: what the user typed, trimmed. */
export const ListViewName = shortName('Give the view a name');

/** A named list view (search, filters, sort), stored encrypted in the vault. */
export const SavedListView = z.strictObject({
  id: z.uuid(),
  name: ListViewName,
  savedAt: z.iso.datetime(),
  state: ListViewState,
});
export type SavedListView = z.infer<typeof SavedListView>;

/** At most this many views per vault: they are one small record, rewritten on every change. */
export const MAX_SAVED_VIEWS = 200;
