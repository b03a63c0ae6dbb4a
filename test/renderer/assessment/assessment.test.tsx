import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { CaseFile, type CaseFileInput } from '../../../shared/case-model';
import { PACE_1900_CHAPEAU, pace1900Criterion, wgadCategory, type Lang } from '../../../shared/vocabularies';
import { AssessmentSection } from '../../../renderer/src/features/assessment/AssessmentSection';
import { today } from '../../../renderer/src/features/assessment/assessment-edit';
import { i18n } from '../../../renderer/src/i18n';
import { installSectionFake } from '../history/fake-api';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const SOURCE_A = uuid(40);
const SOURCE_B = uuid(41);
const base: CaseFileInput = {
  schemaVersion: 2,
  id: uuid(1),
  status: 'detained',
  person: { id: uuid(2), names: [{ id: uuid(3), full: 'Test Person', use: 'primary' }] },
  sources: [
    { id: SOURCE_A, name: 'Court judgment of 6 May 2014' },
    { id: SOURCE_B, name: 'Interview with the lawyer' },
  ],
};
const withAssessment: CaseFileInput = {
  ...base,
  assessments: [
    {
      id: uuid(50),
      assessedOn: '2014-06-01',
      assessor: 'Earlier Monitor',
      paceCriteria: [{ id: uuid(51), criterion: 'criterion_a', finding: 'met', reasoning: 'Convicted for his articles.', sourceIds: [SOURCE_A] }],
      wgadCategories: [{ id: uuid(52), category: 'category_ii', finding: 'unclear' }],
      article18: 'pending',
      conclusionOverride: 'prisoner_of_conscience',
      overrideReason: 'Amnesty International adopted him.',
      notes: 'Earlier notes',
    },
  ],
};

/** The section inside a stand-in editor that acknowledges every commit, checking it against the schema. */
function setup(input: CaseFileInput, options: { readOnly?: boolean; profileName?: string | null } = {}) {
  const fake = installSectionFake({ profileName: options.profileName === undefined ? 'Leyla (Baku office)' : options.profileName });
  const commits: CaseFile[] = [];
  function Editor() {
    const [file, setFile] = useState(() => CaseFile.parse(input));
    return (
      <AssessmentSection
        file={file}
        readOnly={options.readOnly}
        commit={(next) => {
          commits.push(CaseFile.parse(next)); // throws if the section commits an invalid document
          setFile(next);
        }}
      />
    );
  }
  const user = userEvent.setup();
  render(<Editor />);
  const last = () => commits.at(-1)!;
  return { fake, user, commits, last };
}

const finding = (code: string) => screen.getByTestId(`finding-${code}`);

describe('AssessmentSection: versions', () => {
  it('starts empty, and creates the first version dated today, signed with the profile name', async () => {
    const { user, commits, last } = setup(base);
    expect(screen.getByRole('heading', { name: 'Assessment', level: 2 })).toBeInTheDocument();
    expect(screen.getByText('No assessment yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New assessment' }));
    const form = screen.getByRole('form', { name: 'New assessment' });
    expect(within(form).getByText('The new version starts without findings.')).toBeInTheDocument();
    const assessor = within(form).getByLabelText('Assessor');
    await waitFor(() => expect(assessor).toHaveValue('Leyla (Baku office)'));
    expect(assessor).toHaveFocus();
    expect(commits).toHaveLength(0);
    await user.click(within(form).getByRole('button', { name: 'Create' }));
    expect(commits).toHaveLength(1);
    expect(last().assessments).toHaveLength(1);
    expect(last().assessments[0]).toMatchObject({ assessedOn: today(), assessor: 'Leyla (Baku office)', paceCriteria: [], wgadCategories: [] });
    expect(screen.getAllByTestId('assessment-version')).toHaveLength(1);
    // Keyboard users land on the new version.
    expect(screen.getByRole('heading', { level: 3, name: /^Assessment of / })).toHaveFocus();
  });

  it('lets the user change the assessor, and refuses an empty one', async () => {
    const { user, commits, last } = setup(base, { profileName: null });
    await user.click(screen.getByRole('button', { name: 'New assessment' }));
    const form = screen.getByRole('form', { name: 'New assessment' });
    await user.click(within(form).getByRole('button', { name: 'Create' }));
    expect(within(form).getByText('Enter who makes this assessment')).toBeInTheDocument();
    expect(commits).toHaveLength(0);
    await user.type(within(form).getByLabelText('Assessor'), 'Rauf, second reader');
    await user.keyboard('{Enter}');
    expect(last().assessments[0]?.assessor).toBe('Rauf, second reader');
  });

  it('copies the latest findings into a new version and lists versions newest first', async () => {
    const { user, last } = setup(withAssessment);
    await user.click(screen.getByRole('button', { name: 'New assessment' }));
    const form = screen.getByRole('form', { name: 'New assessment' });
    expect(within(form).getByText(/starts with the findings of the latest assessment \(1 June 2014\)/)).toBeInTheDocument();
    await waitFor(() => expect(within(form).getByLabelText('Assessor')).toHaveValue('Leyla (Baku office)'));
    await user.click(within(form).getByRole('button', { name: 'Create' }));
    const [old, created] = last().assessments;
    expect(created).toMatchObject({
      assessor: 'Leyla (Baku office)',
      assessedOn: today(),
      paceCriteria: [{ criterion: 'criterion_a', finding: 'met', reasoning: 'Convicted for his articles.', sourceIds: [SOURCE_A] }],
      wgadCategories: [{ category: 'category_ii', finding: 'unclear' }],
      article18: 'pending',
    });
    // Its own entries, and not the earlier assessor's override or notes.
    expect(created!.id).not.toBe(old!.id);
    expect(created!.paceCriteria[0]!.id).not.toBe(old!.paceCriteria[0]!.id);
    expect(created!.conclusionOverride).toBeUndefined();
    expect(created!.notes).toBeUndefined();
    expect(old).toEqual(CaseFile.parse(withAssessment).assessments[0]);
    const versions = screen.getAllByTestId('assessment-version');
    expect(versions.map((v) => v.textContent)).toEqual([expect.stringContaining('Leyla (Baku office)'), expect.stringContaining('Earlier Monitor')]);
    expect(versions[0]).toHaveTextContent('latest');
    expect(versions[0]).toHaveAttribute('aria-current', 'true');
    // The earlier version stays viewable.
    await user.click(versions[1]!);
    expect(screen.getByRole('heading', { level: 3, name: 'Assessment of 1 June 2014' })).toBeInTheDocument();
    expect(within(finding('criterion_a')).getByLabelText('Reasoning')).toHaveValue('Convicted for his articles.');
  });

  it('offers nothing to change when read-only', () => {
    setup(withAssessment, { readOnly: true });
    expect(screen.queryByRole('button', { name: 'New assessment' })).toBeNull();
    for (const radio of within(finding('criterion_a')).getAllByRole('radio')) expect(radio).toBeDisabled();
    expect(screen.getByLabelText('Override the conclusion')).toBeDisabled();
  });
});

describe('AssessmentSection: legal texts', () => {
  const codes = [...pace1900Criterion.codes, ...wgadCategory.codes];
  const termText = (code: string, lang: Lang) => [...pace1900Criterion.terms, ...wgadCategory.terms].find((t) => t.code === code)!.text![lang];

  for (const lang of ['en', 'az', 'ru'] as const) {
    it(`shows every criterion and category word for word from the vocabulary (${lang})`, async () => {
      await i18n.changeLanguage(lang);
      setup(withAssessment);
      expect(screen.getByTestId('pace-chapeau').textContent).toBe(PACE_1900_CHAPEAU[lang]);
      for (const code of codes) {
        const quote = screen.getByTestId(`text-${code}`);
        expect(quote.textContent).toBe(termText(code, lang));
        expect(quote).toHaveAttribute('lang', lang);
      }
      const marked = screen.queryAllByText(lang === 'az' ? 'Qeyri-rəsmi tərcümə' : lang === 'ru' ? 'Неофициальный перевод' : 'Unofficial translation');
      // Chapeau, five criteria, the exclusion, five categories and Article 18: all translated by us.
      expect(marked).toHaveLength(lang === 'en' ? 0 : 13);
    });
  }

  it('keeps the English reference text at hand in the other languages', async () => {
    await i18n.changeLanguage('ru');
    setup(withAssessment);
    const a = finding('criterion_a');
    expect(within(a).getByText('Текст на английском (основной)')).toBeInTheDocument();
    expect(within(a).getByText(termText('criterion_a', 'en'))).toHaveAttribute('lang', 'en');
  });
});

describe('AssessmentSection: findings and the conclusion', () => {
  it('records a finding from the radio group and derives the conclusion from it', async () => {
    const { user, last } = setup(base);
    await user.click(screen.getByRole('button', { name: 'New assessment' }));
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(screen.getByTestId('derived-conclusion')).toHaveTextContent('Insufficient information');
    const a = finding('criterion_a');
    expect(within(a).getByRole('radio', { name: 'Not assessed' })).toBeChecked();
    await user.click(within(a).getByRole('radio', { name: 'Met' }));
    expect(last().assessments[0]!.paceCriteria).toEqual([expect.objectContaining({ criterion: 'criterion_a', finding: 'met' })]);
    expect(within(a).getByRole('radio', { name: 'Met' })).toBeChecked();
    expect(screen.getByTestId('derived-conclusion')).toHaveTextContent('Political prisoner');
    await user.click(within(finding('exclusion_terrorism')).getByRole('radio', { name: 'Met' }));
    expect(screen.getByTestId('derived-conclusion')).toHaveTextContent('Excluded under §4 (terrorism)');
    await user.click(within(a).getByRole('radio', { name: 'Not assessed' }));
    expect(last().assessments[0]!.paceCriteria.map((f) => f.criterion)).toEqual(['exclusion_terrorism']);
  });

  it('asks for a finding before reasoning and sources', async () => {
    const { user } = setup(base);
    await user.click(screen.getByRole('button', { name: 'New assessment' }));
    await user.click(screen.getByRole('button', { name: 'Create' }));
    const b = finding('criterion_b');
    expect(within(b).getByLabelText('Reasoning')).toBeDisabled();
    expect(within(b).getByText(/Choose a finding first/)).toBeInTheDocument();
    expect(within(b).getByRole('checkbox', { name: 'Interview with the lawyer' })).toBeDisabled();
    await user.click(within(b).getByRole('radio', { name: 'Unclear' }));
    expect(within(b).getByLabelText('Reasoning')).toBeEnabled();
  });

  it('commits reasoning after a pause in typing, and at once on leaving the field', async () => {
    const { user, commits, last } = setup(withAssessment);
    const reasoning = within(finding('criterion_a')).getByLabelText('Reasoning');
    await user.clear(reasoning);
    await user.type(reasoning, 'Prosecuted for reporting.');
    const before = commits.length;
    // Nothing yet while typing…
    expect(commits.filter((c) => c.assessments[0]!.paceCriteria[0]!.reasoning === 'Prosecuted for reporting.')).toHaveLength(0);
    // …committed after the pause.
    await waitFor(() => expect(last().assessments[0]!.paceCriteria[0]!.reasoning).toBe('Prosecuted for reporting.'), { timeout: 2000 });
    expect(commits.length).toBe(before + 1);
    const notes = screen.getByLabelText('Notes');
    await user.type(notes, ' More.');
    await user.tab();
    expect(last().assessments[0]!.notes).toBe('Earlier notes More.');
  });

  it('links sources by name', async () => {
    const { user, last } = setup(withAssessment);
    const a = finding('criterion_a');
    expect(within(a).getByRole('checkbox', { name: 'Court judgment of 6 May 2014' })).toBeChecked();
    await user.click(within(a).getByRole('checkbox', { name: 'Interview with the lawyer' }));
    expect(last().assessments[0]!.paceCriteria[0]!.sourceIds).toEqual([SOURCE_A, SOURCE_B]);
    await user.click(within(a).getByRole('checkbox', { name: 'Court judgment of 6 May 2014' }));
    expect(last().assessments[0]!.paceCriteria[0]!.sourceIds).toEqual([SOURCE_B]);
  });

  it('says evidence files are linked from the Exhibits section instead of inventing a list', () => {
    setup(withAssessment);
    const a = finding('criterion_a');
    expect(within(a).getByText(/linked to a criterion from the Exhibits section/)).toBeInTheDocument();
    expect(within(a).queryAllByRole('checkbox')).toHaveLength(2); // the two sources only
  });

  it('records the WGAD categories and the Article 18 finding with its judgment', async () => {
    const { user, last } = setup(withAssessment);
    await user.click(within(finding('category_iii')).getByRole('radio', { name: 'Met' }));
    expect(last().assessments[0]!.wgadCategories).toEqual([expect.objectContaining({ category: 'category_ii' }), expect.objectContaining({ category: 'category_iii', finding: 'met' })]);
    await user.selectOptions(screen.getByLabelText('ECtHR Article 18 finding'), 'violation');
    expect(last().assessments[0]!.article18).toBe('violation');
    await user.type(screen.getByLabelText('Judgment (application no.)'), 'Ilgar Mammadov v. Azerbaijan, no. 15172/13');
    await user.tab();
    expect(last().assessments[0]!.article18Reference).toBe('Ilgar Mammadov v. Azerbaijan, no. 15172/13');
    expect(screen.getByTestId('article-18-text')).toHaveTextContent('The restrictions permitted under this Convention');
  });
});

describe('AssessmentSection: overriding the conclusion', () => {
  it('requires a reason, and commits the override only with one', async () => {
    const { user, commits, last } = setup(base);
    await user.click(screen.getByRole('button', { name: 'New assessment' }));
    await user.click(screen.getByRole('button', { name: 'Create' }));
    const count = commits.length;
    await user.selectOptions(screen.getByLabelText('Override the conclusion'), 'prisoner_of_conscience');
    expect(screen.getByText('Say why the conclusion differs from the one the findings give')).toBeInTheDocument();
    expect(screen.getByTestId('override-reason')).toHaveAttribute('aria-invalid', 'true');
    expect(commits).toHaveLength(count);
    // Leaving the reason empty does not commit either.
    await user.click(screen.getByTestId('override-reason'));
    await user.tab();
    expect(commits).toHaveLength(count);
    await user.type(screen.getByTestId('override-reason'), 'Recognised by Amnesty International.');
    await user.tab();
    expect(last().assessments[0]).toMatchObject({ conclusionOverride: 'prisoner_of_conscience', overrideReason: 'Recognised by Amnesty International.' });
    expect(screen.getByTestId('override-in-force')).toHaveTextContent('Overridden by the assessor: Prisoner of conscience');
    expect(screen.queryByText('Say why the conclusion differs from the one the findings give')).toBeNull();
    // The derived conclusion stays visible beside it.
    expect(screen.getByTestId('derived-conclusion')).toHaveTextContent('Insufficient information');
  });

  it('does not let the reason be emptied while the override stands, and drops both together', async () => {
    const { user, commits, last } = setup(withAssessment);
    const reason = screen.getByTestId('override-reason');
    const count = commits.length;
    await user.clear(reason);
    await user.tab();
    expect(commits).toHaveLength(count);
    expect(screen.getByText('Say why the conclusion differs from the one the findings give')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Override the conclusion'), '');
    expect(last().assessments[0]!.conclusionOverride).toBeUndefined();
    expect(last().assessments[0]!.overrideReason).toBeUndefined();
  });

  it('keeps typed text that cannot be committed, and commits a corrected date', async () => {
    const { user, last, commits } = setup(withAssessment);
    const date = screen.getByTestId('assessed-on');
    expect(date).toHaveValue('1 June 2014');
    const count = commits.length;
    await user.clear(date);
    await user.type(date, '31.02.2014');
    await user.tab();
    expect(commits).toHaveLength(count);
    expect(date).toHaveValue('31.02.2014');
    expect(date).toHaveAttribute('aria-invalid', 'true');
    await user.clear(date);
    await user.type(date, '12.05.2014');
    await user.tab();
    expect(last().assessments[0]!.assessedOn).toBe('2014-05-12');
    expect(date).toHaveValue('12 May 2014');
  });
});

describe('AssessmentSection: languages', () => {
  it('speaks Azerbaijani and Russian', async () => {
    await i18n.changeLanguage('az');
    const { user } = setup(withAssessment);
    expect(screen.getByRole('button', { name: 'Yeni qiymətləndirmə' })).toBeInTheDocument();
    expect(within(finding('criterion_a')).getByRole('radio', { name: 'Ödənilib' })).toBeChecked();
    expect(screen.getByTestId('derived-conclusion')).toHaveTextContent('Siyasi məhbus');
    await act(() => i18n.changeLanguage('ru'));
    expect(screen.getByRole('button', { name: 'Новая оценка' })).toBeInTheDocument();
    expect(within(finding('criterion_a')).getByRole('radio', { name: 'Соответствует' })).toBeChecked();
    expect(screen.getByTestId('assessed-on')).toHaveValue('1 июня 2014');
    await user.click(screen.getByRole('button', { name: 'Новая оценка' }));
    expect(screen.getByRole('form', { name: 'Новая оценка' })).toBeInTheDocument();
  });
});
