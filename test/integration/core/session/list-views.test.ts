import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deleteListView, LIST_VIEWS_ID, LIST_VIEWS_TYPE, readListViews, saveListView } from '../../../../electron/main/core/session/list-views';
import { createVault, openVault } from '../../../../electron/main/core/vault/vault';
import { MAX_SAVED_VIEWS, type ListViewState } from '../../../../shared/list-views';
import { useTempDirs } from '../../../helpers/temp-dirs';
import { codeOf, PASSPHRASE, TEST_PROFILE } from '../../../helpers/vault-files';

const tempDir = useTempDirs('habeas-list-views-');
const NO_DATES = { from: '', to: '', mode: 'overlaps' as const };
const state = (query: string): ListViewState => ({
  query,
  filters: { status: 'detained', category: 'journalist_blogger', article: '', facility: '', court: '', arrested: { from: '2014', to: '', mode: 'within' }, released: NO_DATES, conclusion: '', recognisedBy: '' },
  sort: { column: 'arrestedOn', direction: 'desc' },
});

async function vault() {
  const dir = path.join(await tempDir(), 'vault');
  const { vault } = await createVault(dir, PASSPHRASE, TEST_PROFILE);
  return { dir, vault };
}

describe('saved list views', () => {
  it('are kept encrypted in the vault, by name, across close and open', async () => {
    const { dir, vault: v } = await vault();
    await saveListView(v, 'Zaqatala prisoners', state('Zaqatala Cəzaçəkmə'));
    const first = await saveListView(v, 'Detained journalists', state('Əliyev'));
    expect(readListViews(v).map((x) => x.name)).toEqual(['Detained journalists', 'Zaqatala prisoners']);
    await v.close();
    const bytes = Buffer.concat(await Promise.all((await fs.readdir(path.join(dir, 'records'))).map((f) => fs.readFile(path.join(dir, 'records', f)))));
    for (const text of ['Zaqatala', 'Detained journalists', 'Əliyev', 'journalist_blogger']) expect(bytes.includes(Buffer.from(text)), text).toBe(false);
    const reopened = await openVault(dir, PASSPHRASE, TEST_PROFILE);
    expect(readListViews(reopened)).toEqual([first, expect.objectContaining({ name: 'Zaqatala prisoners' })]);
    await reopened.close();
  });

  it('a view saved under an existing name (any letter case) replaces it and keeps its id', async () => {
    const { vault: v } = await vault();
    const first = await saveListView(v, 'Detained journalists', state('a'));
    const second = await saveListView(v, 'DETAINED JOURNALISTS', state('b'));
    expect(second.id).toBe(first.id);
    expect(readListViews(v)).toEqual([second]);
    await v.close();
  });

  it('deletes by id, and says so when the view is already gone', async () => {
    const { vault: v } = await vault();
    const view = await saveListView(v, 'Old', state(''));
    await deleteListView(v, view.id);
    expect(readListViews(v)).toEqual([]);
    expect(await codeOf(deleteListView(v, view.id))).toBe('NOT_FOUND');
    await v.close();
  });

  it(`stops at ${MAX_SAVED_VIEWS} views with a message that says what to do`, async () => {
    const { vault: v } = await vault();
    await v.put(LIST_VIEWS_TYPE, LIST_VIEWS_ID, 1, { views: Array.from({ length: MAX_SAVED_VIEWS }, (_, i) => ({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, name: `View ${i}`, savedAt: '2026-01-01T00:00:00.000Z', state: state('') })) }, 0);
    await expect(saveListView(v, 'One more', state(''))).rejects.toThrow(/already has 200 saved views\. Delete one/);
    await saveListView(v, 'view 7', state('replaced')); // replacing is still allowed
    expect(readListViews(v)).toHaveLength(MAX_SAVED_VIEWS);
    await v.close();
  });

  it('leaves out entries this build cannot read instead of failing the list', async () => {
    const { vault: v } = await vault();
    await v.put(LIST_VIEWS_TYPE, LIST_VIEWS_ID, 1, { views: [{ id: 'not-a-uuid', name: 'Broken', savedAt: 'x', state: {} }, { id: '00000000-0000-4000-8000-000000000009', name: 'Fine', savedAt: '2026-01-01T00:00:00.000Z', state: state('') }, 'junk'] }, 0);
    expect(readListViews(v).map((x) => x.name)).toEqual(['Fine']);
    await v.close();
  });
});
