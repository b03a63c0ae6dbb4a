import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CaseFile, type CaseFileInput, type CaseRecord } from '../../../shared/case-model';
import { diffDocuments } from '../../../shared/diff';
import { HistorySection } from '../../../renderer/src/features/history/HistorySection';
import { describeChange, type ChangeWords } from '../../../renderer/src/features/history/describe-change';
import { formatDateTime } from '../../../renderer/src/i18n/format';
import { i18n } from '../../../renderer/src/i18n';
import { installSectionFake } from './fake-api';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const CASE = uuid(1);
const DETENTION = uuid(10);
const PLACEMENT = uuid(11);
const SOURCE = uuid(20);
const PROCEEDING = uuid(30);
const SENTENCE = uuid(31);

const created: CaseFileInput = {
  schemaVersion: 2,
  id: CASE,
  status: 'detained',
  person: { id: uuid(2), names: [{ id: uuid(3), full: 'İlkin Ömərov', use: 'primary' }] },
};
const withDetention: CaseFileInput = {
  ...created,
  person: { ...created.person, categories: ['journalist_blogger'] },
  detentions: [{ id: DETENTION, arrestedOn: '2013-05-12', placements: [{ id: PLACEMENT, facilityName: 'Kürdəxanı', from: '2013-05-15' }] }],
};
const transferred: CaseFileInput = {
  ...withDetention,
  status: 'convicted',
  detentions: [
    {
      id: DETENTION,
      arrestedOn: '2013-05-12',
      placements: [{ id: PLACEMENT, facilityName: 'Kürdəxanı', from: '2013-05-15', to: '2014-06-01' }],
      sensitivity: { arrestedOn: 'confidential' },
    },
  ],
  sources: [{ id: SOURCE, name: 'Lawyer Elçin' }],
  proceedings: [{ id: PROCEEDING, detentionIds: [DETENTION], sentences: [{ id: SENTENCE, type: 'imprisonment', imposedOn: '2014-05-06', term: { years: 7 } }] }],
};
const record = (revision: number, input: CaseFileInput, savedBy?: string): CaseRecord => ({
  id: CASE,
  revision,
  createdAt: '2024-05-12T09:00:00.000Z',
  updatedAt: `2024-05-1${revision}T10:3${revision}:00.000Z`,
  ...(savedBy !== undefined ? { savedBy } : {}),
  file: CaseFile.parse(input),
});
const revisions = [record(1, created, 'Leyla'), record(2, withDetention, 'Leyla'), record(3, transferred)];

function renderHistory(list: CaseRecord[] = revisions) {
  const fake = installSectionFake({ history: { [CASE]: list } });
  const user = userEvent.setup();
  const view = render(<HistorySection caseId={CASE} file={list.at(-1)!.file} commit={vi.fn()} />);
  return { fake, user, ...view };
}

const rows = () =>
  screen.getAllByTestId('history-change').map((row) => {
    const cells = within(row).getAllByRole('cell');
    return [within(row).getByRole('rowheader').textContent, ...cells.map((c) => c.textContent)];
  });

describe('HistorySection', () => {
  it('shows loading, then every revision newest first with time and who saved it', async () => {
    const fake = installSectionFake({ history: { [CASE]: revisions } });
    const gate = fake.hold('cases.history');
    render(<HistorySection caseId={CASE} file={revisions[2]!.file} commit={vi.fn()} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading history…');
    gate.release();
    const items = await screen.findAllByTestId('history-revision');
    expect(items.map((b) => b.textContent)).toEqual([
      `Revision 3${formatDateTime(revisions[2]!.updatedAt, 'en')}Saved by unknown`,
      `Revision 2${formatDateTime(revisions[1]!.updatedAt, 'en')}Saved by Leyla`,
      `Revision 1${formatDateTime(revisions[0]!.updatedAt, 'en')}Saved by Leyla`,
    ]);
    expect(items[0]).toHaveAttribute('aria-current', 'true');
    expect(fake.calls).toEqual([{ channel: 'cases.history', input: { id: CASE } }]);
  });

  it('shows the field-level diff of the newest revision with labels from the field specs', async () => {
    renderHistory();
    await screen.findAllByTestId('history-change');
    expect(screen.getByRole('table', { name: 'Changes in revision 3 compared with revision 2' })).toBeInTheDocument();
    expect(rows()).toEqual([
      ['Status', 'Changed', 'Detained', 'Convicted'],
      ['Detentions › 12 May 2013 › Placements › Kürdəxanı › To', 'Added', '—', '1 June 2014'],
      ['Detentions › 12 May 2013 › Sensitivity', 'Added', '—', 'Arrested on: Confidential'],
      ['Proceedings › Proceeding 1', 'Added', '—', 'Proceeding'],
      ['Sources › Lawyer Elçin', 'Added', '—', 'Source: Lawyer Elçin'],
    ]);
  });

  it('shows the changes of an earlier revision when chosen, and "Case created" for the first', async () => {
    const { user } = renderHistory();
    const items = await screen.findAllByTestId('history-revision');
    await user.click(items[1]!);
    expect(items[1]).toHaveAttribute('aria-current', 'true');
    expect(rows()).toEqual([
      ['Person › Profile categories', 'Added', '—', 'Journalist / blogger'],
      ['Detentions › 12 May 2013', 'Added', '—', 'Arrested on: 12 May 2013'],
    ]);
    await user.click(items[2]!);
    const changes = screen.getByTestId('history-changes');
    expect(within(changes).getByText('Case created')).toBeInTheDocument();
    expect(screen.queryAllByTestId('history-change')).toHaveLength(0);
  });

  it('says when a revision changed nothing, or when the one before it is missing', async () => {
    const { user } = renderHistory([record(4, created), record(5, created, 'Rauf')]);
    expect(await screen.findByText('Nothing in the case changed in this revision.')).toBeInTheDocument();
    await user.click(screen.getAllByTestId('history-revision')[1]!);
    expect(screen.getByText(/The revision before this one is not in the vault/)).toBeInTheDocument();
  });

  it('reports a failure to load and tries again', async () => {
    const fake = installSectionFake({ history: { [CASE]: revisions } });
    fake.failNext('cases.history', 'VAULT_LOCKED', 'The vault is locked.');
    const user = userEvent.setup();
    render(<HistorySection caseId={CASE} file={revisions[2]!.file} commit={vi.fn()} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The history could not be loaded.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findAllByTestId('history-revision')).toHaveLength(3);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('loads again when the editor hands in a newly saved document', async () => {
    const { fake, rerender } = renderHistory(revisions.slice(0, 2));
    expect(await screen.findAllByTestId('history-revision')).toHaveLength(2);
    fake.history.set(CASE, revisions);
    rerender(<HistorySection caseId={CASE} file={revisions[2]!.file} commit={vi.fn()} />);
    await waitFor(() => expect(screen.getAllByTestId('history-revision')).toHaveLength(3));
    expect(fake.calls).toHaveLength(2);
  });

  it('speaks Russian and Azerbaijani', async () => {
    await i18n.changeLanguage('ru');
    const { unmount } = renderHistory();
    await screen.findAllByTestId('history-change');
    expect(screen.getByRole('heading', { name: 'История', level: 2 })).toBeInTheDocument();
    expect(rows()[1]).toEqual(['Задержания › 12 мая 2013 › Места содержания › Kürdəxanı › По', 'Добавлено', '—', '1 июня 2014']);
    expect(screen.getAllByTestId('history-revision')[0]).toHaveTextContent('Сохранил(а): неизвестно');
    unmount();
    await i18n.changeLanguage('az');
    renderHistory();
    await screen.findAllByTestId('history-change');
    expect(rows()[0]).toEqual(['Vəziyyəti', 'Dəyişdirilib', 'Həbsdə', 'Məhkum edilib']);
    expect(rows()[1]![0]).toBe('Həbslər › 12 may 2013 › Saxlanma yerləri › Kürdəxanı › Son');
  });
});

describe('describeChange', () => {
  const words: ChangeWords = {
    yes: 'Yes',
    no: 'No',
    sensitivity: 'Sensitivity',
    sensitivityOf: (f) => `${f} (sensitivity)`,
    formatVersion: 'Format version',
    entityNumber: (l, n) => `${l} ${n}`,
  };
  const describe = (a: CaseFileInput, b: CaseFileInput) => {
    const before = CaseFile.parse(a);
    const after = CaseFile.parse(b);
    return diffDocuments(before, after).map((c) => describeChange(c, before, after, 'en', words));
  };

  it('formats terms, articles, links and booleans', () => {
    const article = { jurisdiction: 'AZ', code: 'criminal', version: '1999', article: '234.1' };
    const next: CaseFileInput = {
      ...transferred,
      proceedings: [
        {
          id: PROCEEDING,
          detentionIds: [DETENTION],
          charges: [{ id: uuid(40), article }],
          sentences: [{ id: SENTENCE, type: 'imprisonment', imposedOn: '2014-05-06', term: { years: 7, months: 6 } }],
        },
      ],
      notes: [{ id: uuid(50), title: 'Visit', done: true }],
      assessments: [{ id: uuid(60), assessedOn: '2014-06-01', assessor: 'L', paceCriteria: [{ id: uuid(61), criterion: 'criterion_a', finding: 'met', sourceIds: [SOURCE] }] }],
    };
    const changes = describe(transferred, next);
    expect(changes).toContainEqual({ path: ['Proceedings', 'Proceeding 1', 'Sentences', '6 May 2014', 'Term', 'Months'], kind: 'added', after: '6' });
    expect(changes).toContainEqual(expect.objectContaining({ path: ['Proceedings', 'Proceeding 1', 'Charges', expect.stringMatching(/^Art\. 234\.1 — /)], kind: 'added' }));
    expect(changes).toContainEqual(expect.objectContaining({ path: ['Notes and tasks', 'Visit'], after: 'Title: Visit · Done: Yes' }));
    const assessment = changes.find((c) => c.path[0] === 'Assessments');
    expect(assessment?.after).toBe('Assessed on: 1 June 2014 · Assessor: L');
    // A link by the name of what it points to.
    const linked = describe(next, {
      ...next,
      assessments: [{ id: uuid(60), assessedOn: '2014-06-01', assessor: 'L', paceCriteria: [{ id: uuid(61), criterion: 'criterion_a', finding: 'met', sourceIds: [] }] }],
    });
    expect(linked).toEqual([
      { path: ['Assessments', '1 June 2014', 'PACE Resolution 1900 (2012)', '(a) Detention violates fundamental ECHR guarantees', 'Sources'], kind: 'removed', before: 'Lawyer Elçin' },
    ]);
  });

  it("labels a change of one field's sensitivity", () => {
    const changes = describe(transferred, { ...transferred, detentions: [{ ...transferred.detentions![0]!, sensitivity: { arrestedOn: 'public' } }] });
    expect(changes).toEqual([{ path: ['Detentions', '12 May 2013', 'Arrested on (sensitivity)'], kind: 'changed', before: 'Confidential', after: 'Public' }]);
  });

  it('names a removed entity as it was', () => {
    const changes = describe(withDetention, { ...withDetention, detentions: [] });
    expect(changes[0]).toEqual({ path: ['Detentions', '12 May 2013'], kind: 'removed', before: 'Arrested on: 12 May 2013' });
  });

  it('reports a reordering once', () => {
    const two: CaseFileInput = { ...created, sources: [{ id: uuid(70), name: 'A' }, { id: uuid(71), name: 'B' }] };
    const swapped: CaseFileInput = { ...created, sources: [{ id: uuid(71), name: 'B' }, { id: uuid(70), name: 'A' }] };
    expect(describe(two, swapped)).toEqual([{ path: ['Sources'], kind: 'moved' }]);
  });
});
