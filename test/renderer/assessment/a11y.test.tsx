import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { CaseFile, type CaseFileInput, type CaseRecord } from '../../../shared/case-model';
import { AssessmentSection } from '../../../renderer/src/features/assessment/AssessmentSection';
import { HistorySection } from '../../../renderer/src/features/history/HistorySection';
import { TimelineSection } from '../../../renderer/src/features/timeline/TimelineSection';
import { i18n } from '../../../renderer/src/i18n';
import { installSectionFake } from '../history/fake-api';

/** axe-core over the three sections; layout-dependent rules are left to Chromium (see ../a11y.test.tsx). */
async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, {
    rules: { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } },
    resultTypes: ['violations'],
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const input: CaseFileInput = {
  schemaVersion: 2,
  id: uuid(1),
  status: 'convicted',
  person: { id: uuid(2), names: [{ id: uuid(3), full: 'Test Person', use: 'primary' }] },
  sources: [{ id: uuid(4), name: 'Court judgment' }],
  detentions: [{ id: uuid(5), arrestedOn: '2013-05-12~', placements: [{ id: uuid(6), facilityName: 'Kürdəxanı' }] }],
  proceedings: [{ id: uuid(7), detentionIds: [uuid(5)], sentences: [{ id: uuid(8), type: 'imprisonment', term: { years: 7 } }] }],
  assessments: [{ id: uuid(9), assessedOn: '2014-06-01', assessor: 'A', paceCriteria: [{ id: uuid(10), criterion: 'criterion_a', finding: 'met' }] }],
};

describe('accessibility of the assessment, timeline and history sections (axe-core)', () => {
  for (const lang of ['en', 'az', 'ru'] as const) {
    it(`assessment editor with the override waiting for a reason (${lang})`, async () => {
      await i18n.changeLanguage(lang);
      installSectionFake({ profileName: 'L' });
      const user = userEvent.setup();
      render(<AssessmentSection file={CaseFile.parse(input)} commit={vi.fn()} />);
      await user.selectOptions(screen.getByTestId('assessment-conclusion').querySelector('select')!, 'not_political_prisoner');
      expect(await violations()).toEqual([]);
    });
  }

  it('the new-assessment form', async () => {
    installSectionFake({ profileName: 'L' });
    const user = userEvent.setup();
    render(<AssessmentSection file={CaseFile.parse(input)} commit={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'New assessment' }));
    expect(await violations()).toEqual([]);
  });

  it('timeline, with an undated list and an expected release', async () => {
    render(<TimelineSection file={CaseFile.parse(input)} commit={vi.fn()} />);
    expect(await violations()).toEqual([]);
  });

  it('history with a diff', async () => {
    const file = CaseFile.parse(input);
    const records: CaseRecord[] = [
      { id: file.id, revision: 1, createdAt: '2024-05-12T09:00:00.000Z', updatedAt: '2024-05-12T09:00:00.000Z', file: { ...file, assessments: [] } },
      { id: file.id, revision: 2, createdAt: '2024-05-12T09:00:00.000Z', updatedAt: '2024-05-12T09:30:00.000Z', savedBy: 'L', file },
    ];
    installSectionFake({ history: { [file.id]: records } });
    render(<HistorySection caseId={file.id} file={file} commit={vi.fn()} />);
    await screen.findAllByTestId('history-change');
    expect(await violations()).toEqual([]);
  });
});
