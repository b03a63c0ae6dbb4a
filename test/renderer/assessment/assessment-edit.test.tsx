import { render, screen, within, act } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Assessment, CaseFile } from '../../../shared/case-model';
import type { FuzzyDate } from '../../../shared/domain/dates';
import { AssessmentSection } from '../../../renderer/src/features/assessment/AssessmentSection';
import { newVersion, problemAt, setFinding, today, updateFinding, versionsNewestFirst } from '../../../renderer/src/features/assessment/assessment-edit';
import { installSectionFake } from '../history/fake-api';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
let next = 100;
const newId = () => uuid(next++);
const assessment = (id: number, assessedOn: string, extra: Partial<Assessment> = {}): Assessment =>
  Assessment.parse({ id: uuid(id), assessedOn, assessor: 'A', ...extra });

describe('assessment edits', () => {
  it('orders versions newest first, later-recorded first on the same date', () => {
    const list = [assessment(1, '2014-06-01'), assessment(2, '2015'), assessment(3, '2014-06-01'), assessment(4, '2013-05~')];
    expect(versionsNewestFirst(list).map((a) => a.id)).toEqual([uuid(2), uuid(3), uuid(1), uuid(4)]);
  });

  it('dates today in the local calendar', () => {
    expect(today(new Date(2024, 1, 29, 23, 59))).toBe('2024-02-29');
  });

  it('sets, changes and clears a finding; edits reasoning and links', () => {
    let a = assessment(1, '2014-06-01');
    a = setFinding(a, 'pace', 'criterion_c', 'unclear', newId);
    a = setFinding(a, 'pace', 'criterion_c', 'met', newId);
    expect(a.paceCriteria).toEqual([{ id: uuid(100), criterion: 'criterion_c', finding: 'met', sourceIds: [], exhibitIds: [] }]);
    a = updateFinding(a, 'pace', 'criterion_c', { reasoning: 'Because.', sourceIds: [uuid(9)] });
    expect(a.paceCriteria[0]).toMatchObject({ reasoning: 'Because.', sourceIds: [uuid(9)] });
    a = updateFinding(a, 'pace', 'criterion_c', { reasoning: undefined });
    expect(a.paceCriteria[0]).not.toHaveProperty('reasoning');
    a = setFinding(a, 'wgad', 'category_v', 'not_met', newId);
    expect(a.wgadCategories).toEqual([expect.objectContaining({ category: 'category_v', finding: 'not_met' })]);
    a = setFinding(a, 'pace', 'criterion_c', undefined);
    expect(a.paceCriteria).toEqual([]);
    expect(Assessment.safeParse(a).success).toBe(true);
  });

  it('starts a new version empty when there is none to copy', () => {
    expect(newVersion(undefined, { assessedOn: '2024-01-01' as FuzzyDate, assessor: 'B' }, newId)).toEqual({ id: expect.any(String), assessedOn: '2024-01-01', assessor: 'B', paceCriteria: [], wgadCategories: [] });
  });

  it('finds the schema problem of a field', () => {
    const a = assessment(1, '2014-06-01');
    expect(problemAt({ ...a, conclusionOverride: 'political_prisoner' }, 'overrideReason')).toMatch(/Say why/);
    expect(problemAt({ ...a, notes: 'x'.repeat(20_001) }, 'notes')).toMatch(/At most/);
    expect(problemAt(a, 'notes')).toBeNull();
  });
});

describe('commits before they are acknowledged', () => {
  it('keeps every quick edit, shows it at once, and matches the acknowledgements', async () => {
    installSectionFake({ profileName: 'L' });
    const initial = CaseFile.parse({
      schemaVersion: 2,
      id: uuid(1),
      status: 'detained',
      person: { id: uuid(2), names: [{ id: uuid(3), full: 'X', use: 'primary' }] },
      assessments: [{ id: uuid(4), assessedOn: '2014-06-01', assessor: 'A' }],
    });
    const sent: CaseFile[] = [];
    let acknowledge!: (file: CaseFile) => void;
    function SlowEditor() {
      const [file, setFile] = useState(initial);
      acknowledge = setFile;
      return <AssessmentSection file={file} commit={(n) => sent.push(n)} />;
    }
    const user = userEvent.setup();
    render(<SlowEditor />);
    const radio = (code: string, name: string) => within(screen.getByTestId(`finding-${code}`)).getByRole('radio', { name });
    await user.click(radio('criterion_a', 'Met'));
    await user.click(radio('criterion_b', 'Not met'));
    // Both shown although nothing has been acknowledged, and the second builds on the first.
    expect(radio('criterion_a', 'Met')).toBeChecked();
    expect(radio('criterion_b', 'Not met')).toBeChecked();
    expect(sent[1]!.assessments[0]!.paceCriteria.map((f) => f.criterion)).toEqual(['criterion_a', 'criterion_b']);
    // The first acknowledgement (a fresh copy, as from a save) arrives: the second edit stays.
    act(() => acknowledge(CaseFile.parse(JSON.parse(JSON.stringify(sent[0])))));
    expect(radio('criterion_b', 'Not met')).toBeChecked();
    await user.click(radio('criterion_c', 'Unclear'));
    expect(sent[2]!.assessments[0]!.paceCriteria.map((f) => f.criterion)).toEqual(['criterion_a', 'criterion_b', 'criterion_c']);
    // A document that matches no commit (another writer) replaces what was waiting.
    act(() => acknowledge(initial));
    expect(radio('criterion_a', 'Not assessed')).toBeChecked();
  });
});
