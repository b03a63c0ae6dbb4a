import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CaseFile, type CaseFileInput } from '../../../shared/case-model';
import { TimelineSection } from '../../../renderer/src/features/timeline/TimelineSection';
import { i18n } from '../../../renderer/src/i18n';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const base: CaseFileInput = {
  schemaVersion: 2,
  id: uuid(1),
  status: 'released',
  person: { id: uuid(2), names: [{ id: uuid(3), full: 'Test Person', use: 'primary' }] },
};
const full: CaseFileInput = {
  ...base,
  detentions: [
    {
      id: uuid(10),
      arrestedOn: '2013-05-12',
      arrestingAuthority: 'police',
      measures: [{ id: uuid(11), measure: 'detention_on_remand', action: 'imposed', orderedOn: '2013-05-14', until: '2013-08-14' }],
      placements: [
        { id: uuid(12), facilityName: 'Kürdəxanı', from: '2013-05-15~' },
        { id: uuid(13), facilityName: 'Prison hospital' },
      ],
      releasedOn: '2016-03-18',
      releaseType: 'pardon',
      sensitivity: { releasedOn: 'confidential' },
    },
  ],
  proceedings: [
    {
      id: uuid(20),
      detentionIds: [uuid(10)],
      charges: [{ id: uuid(21), article: { jurisdiction: 'AZ', code: 'criminal', version: '1999', article: '234.4.3' }, broughtOn: '2013-05-14' }],
      sentences: [{ id: uuid(22), imposedOn: '2014-05-06', type: 'imprisonment', term: { years: 6 }, creditedPreTrialDays: 359, modifications: [] }],
    },
  ],
};
const file = (input: CaseFileInput) => CaseFile.parse(input);

function renderTimeline(input: CaseFileInput) {
  return render(<TimelineSection file={file(input)} commit={vi.fn()} />);
}

const events = () => screen.getAllByTestId('timeline-event');

describe('TimelineSection', () => {
  it('explains what fills an empty timeline', () => {
    renderTimeline(base);
    expect(screen.getByRole('heading', { name: 'Timeline', level: 2 })).toBeInTheDocument();
    expect(screen.getByText('Nothing on the timeline yet')).toBeInTheDocument();
    expect(screen.getByText(/fills itself from the dates you record/)).toBeInTheDocument();
    expect(screen.queryAllByTestId('timeline-event')).toHaveLength(0);
  });

  it('groups events by year, in date order, with date, kind, description and sensitivity', () => {
    renderTimeline(full);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['2013', '2014', '2016', '2019', 'Not yet dated']);
    const year2013 = screen.getByRole('region', { name: '2013' });
    const items = within(year2013).getAllByTestId('timeline-event');
    expect(items.map((li) => li.dataset.kind)).toEqual(['arrest', 'measure', 'charge', 'placement']);
    const arrest = items[0]!;
    expect(within(arrest).getByText('12 May 2013').tagName).toBe('TIME');
    expect(within(arrest).getByText('12 May 2013')).toHaveAttribute('datetime', '2013-05-12');
    expect(within(arrest).getByText('Arrest')).toBeInTheDocument();
    expect(arrest).toHaveTextContent('Police');
    expect(within(arrest).getByText('Sensitivity: Restricted')).toBeInTheDocument();
    const measure = items[1]!;
    expect(measure).toHaveTextContent('Imposed · Detention on remand · until 14 August 2013');
    const charge = items[2]!;
    expect(charge).toHaveTextContent('Art. 234.4.3');
  });

  it('marks approximate dates in words', () => {
    renderTimeline(full);
    const placement = events().find((li) => li.dataset.kind === 'placement' && li.dataset.eventId === `${uuid(12)}:placement`)!;
    expect(placement).toHaveTextContent('c. 15 May 2013');
    expect(within(placement).getByText('approximate')).toBeInTheDocument();
    expect(within(placement).getByText('Sensitivity: Public')).toBeInTheDocument();
  });

  it('shows the expected release with how it was computed, and the user-set sensitivity of the release', async () => {
    const user = userEvent.setup();
    renderTimeline(full);
    const release = events().find((li) => li.dataset.kind === 'expected_release')!;
    expect(release).toHaveTextContent('12 May 2019');
    expect(release).toHaveTextContent('Expected release');
    await user.click(within(release).getByText('How this date is computed'));
    expect(within(release).getByText('Term counted from the verdict, 6 May 2014.')).toBeVisible();
    expect(within(release).getByText('Term: 6 years; release is due on its last day.')).toBeVisible();
    expect(within(release).getByText('359 days of pre-trial detention credited.')).toBeVisible();
    const actualRelease = events().find((li) => li.dataset.kind === 'release')!;
    expect(actualRelease).toHaveTextContent('Pardon');
    expect(within(actualRelease).getByText('Sensitivity: Confidential')).toBeInTheDocument();
  });

  it('lists undated entries at the end, with how to date them', () => {
    renderTimeline(full);
    const undated = screen.getByRole('region', { name: 'Not yet dated' });
    expect(within(undated).getByText(/Add the date in its section/)).toBeInTheDocument();
    const items = within(undated).getAllByTestId('timeline-event');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('Placed in custody');
    expect(items[0]).toHaveTextContent('Prison hospital');
    expect(within(items[0]!).queryByRole('time')).toBeNull();
  });

  it('speaks Russian and Azerbaijani', async () => {
    await i18n.changeLanguage('ru');
    const { unmount } = renderTimeline(full);
    expect(screen.getByRole('heading', { name: 'Хронология', level: 2 })).toBeInTheDocument();
    const arrest = events()[0]!;
    expect(arrest).toHaveTextContent('12 мая 2013');
    expect(arrest).toHaveTextContent('Задержание');
    expect(events().find((li) => li.dataset.kind === 'sentence')).toHaveTextContent('6 лет');
    expect(events().find((li) => li.dataset.kind === 'placement')).toHaveTextContent('приблизительно');
    unmount();
    await i18n.changeLanguage('az');
    renderTimeline(full);
    expect(screen.getByRole('heading', { name: 'Xronologiya', level: 2 })).toBeInTheDocument();
    expect(events()[0]).toHaveTextContent('12 may 2013');
    expect(events()[0]).toHaveTextContent('Tutulma');
    expect(events().find((li) => li.dataset.kind === 'sentence')).toHaveTextContent('6 il');
    expect(events().find((li) => li.dataset.kind === 'charge')).toHaveTextContent('Maddə 234.4.3');
  });
});
