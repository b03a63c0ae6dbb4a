import { describe, expect, it } from 'vitest';
import { CaseFile, type CaseFileInput } from '../../../../shared/case-model/case-file';
import { effectiveFieldSensitivity } from '../../../../shared/case-model/sensitivity';
import { buildTimeline, type TimelineEvent } from '../../../../shared/case-model/timeline';
import { detentionSpec } from '../../../../shared/case-model/detention';

const ids = {
  case: '10000000-0000-4000-8000-000000000001',
  person: '10000000-0000-4000-8000-000000000002',
  name: '10000000-0000-4000-8000-000000000003',
  detention: '20000000-0000-4000-8000-000000000001',
  remand: '20000000-0000-4000-8000-000000000002',
  extension: '20000000-0000-4000-8000-000000000003',
  kurdakhani: '20000000-0000-4000-8000-000000000004',
  colony: '20000000-0000-4000-8000-000000000005',
  hospital: '20000000-0000-4000-8000-000000000006',
  proceeding: '30000000-0000-4000-8000-000000000001',
  drugs: '30000000-0000-4000-8000-000000000002',
  possession: '30000000-0000-4000-8000-000000000003',
  remandHearing: '30000000-0000-4000-8000-000000000004',
  verdict: '30000000-0000-4000-8000-000000000005',
  appeal: '30000000-0000-4000-8000-000000000006',
  session: '30000000-0000-4000-8000-000000000007',
  sentence: '30000000-0000-4000-8000-000000000008',
  pardon: '30000000-0000-4000-8000-000000000009',
  incident: '40000000-0000-4000-8000-000000000001',
  ecthr: '50000000-0000-4000-8000-000000000001',
  observations: '50000000-0000-4000-8000-000000000002',
  union: '60000000-0000-4000-8000-000000000001',
  amnesty: '60000000-0000-4000-8000-000000000002',
  assessment: '70000000-0000-4000-8000-000000000001',
  criterionA: '70000000-0000-4000-8000-000000000002',
  task: '80000000-0000-4000-8000-000000000001',
  note: '80000000-0000-4000-8000-000000000002',
};
const article = (a: string) => ({ jurisdiction: 'AZ', code: 'criminal', version: '1999', article: a });

/** A hand-built case: arrest in May 2013, remand, two prisons, trial, verdict, appeal, pardon. */
const input: CaseFileInput = {
  schemaVersion: 2,
  id: ids.case,
  status: 'released',
  sensitivity: { incidents: 'confidential' },
  person: { id: ids.person, names: [{ id: ids.name, full: 'Test Person', use: 'primary' }], diedOn: '2020' },
  detentions: [
    {
      id: ids.detention,
      arrestedOn: '2013-05-12',
      arrestingAuthority: 'police',
      arrestPlace: 'Baku',
      incommunicadoFrom: '2013-05-12',
      incommunicadoUntil: '2013-05-14',
      firstAppearanceOn: '2013-05-14',
      measures: [
        { id: ids.remand, measure: 'detention_on_remand', action: 'imposed', orderedOn: '2013-05-14', until: '2013-08-14' },
        { id: ids.extension, measure: 'detention_on_remand', action: 'extended', orderedOn: '2013-08-10', until: '2013-11-14' },
      ],
      placements: [
        // Recorded out of order: the colony first, Kürdəxanı second, the hospital without a date.
        { id: ids.colony, facilityName: 'Penal colony No. 14', from: '2014-06', transferReason: 'After the verdict' },
        { id: ids.kurdakhani, facilityName: 'Kürdəxanı', facilityType: 'pre_trial_detention_centre', from: '2013-05-15' },
        { id: ids.hospital, facilityName: 'Prison hospital' },
      ],
      releasedOn: '2016-03-18',
      releaseType: 'pardon',
      sensitivity: { releasedOn: 'confidential' },
    },
  ],
  proceedings: [
    {
      id: ids.proceeding,
      court: 'Baku Grave Crimes Court',
      detentionIds: [ids.detention],
      charges: [
        { id: ids.drugs, article: article('234.4.3'), broughtOn: '2013-05-14', status: 'requalified', requalifiedTo: ids.possession },
        { id: ids.possession, article: article('234.1'), broughtOn: '2014-04-28', status: 'convicted', requalifiedFrom: ids.drugs },
      ],
      hearings: [
        { id: ids.remandHearing, date: '2013-05-14', type: 'measure_of_restraint', outcome: 'detention_ordered' },
        { id: ids.verdict, date: '2014-05-06', type: 'verdict', outcome: 'convicted' },
        { id: ids.appeal, date: '2014-09', type: 'appeal_hearing', outcome: 'appeal_dismissed', court: 'Baku Court of Appeal' },
        { id: ids.session, type: 'trial_session' },
      ],
      sentences: [
        {
          id: ids.sentence,
          imposedOn: '2014-05-06',
          type: 'imprisonment',
          term: { years: 6 },
          creditedPreTrialDays: 359,
          modifications: [{ id: ids.pardon, type: 'pardon', decidedOn: '2016-03-17', decidedBy: 'President' }],
        },
      ],
    },
  ],
  incidents: [{ id: ids.incident, act: 'ill_treatment', date: '2013-05-13', complaintFiledOn: '2013-06-01', complaintOutcome: 'refused_to_investigate' }],
  interventions: [
    {
      id: ids.ecthr,
      type: 'ecthr_application',
      filedOn: '2013-11-20',
      reference: '12345/13',
      respondedOn: '2015-06',
      status: 'communicated',
      deadlines: [{ id: ids.observations, due: '2014-01-15', what: 'Submit observations', done: true }],
    },
  ],
  recognitions: [
    { id: ids.union, body: 'union_for_freedom_az', status: 'political_prisoner', recognisedOn: '2013-06', withdrawnOn: '2016-04' },
    { id: ids.amnesty, body: 'amnesty_international' },
  ],
  assessments: [
    { id: ids.assessment, assessedOn: '2013-07-01', assessor: 'Leyla', paceCriteria: [{ id: ids.criterionA, criterion: 'criterion_a', finding: 'met' }] },
  ],
  notes: [
    { id: ids.task, title: 'Visit in Kürdəxanı', dueOn: '2013-06-03' },
    { id: ids.note, title: 'No date: not a task' },
  ],
};
const file = CaseFile.parse(input);

const summary = (events: readonly TimelineEvent[]) => events.map((e) => `${e.date ?? '—'} ${e.kind}`);
const byId = (events: readonly TimelineEvent[], id: string) => {
  const found = events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};

describe('buildTimeline', () => {
  const events = buildTimeline(file);

  it('lists every dated fact in date order, equal dates in document order, undated ones last', () => {
    expect(summary(events)).toEqual([
      '2013-05-12 arrest',
      '2013-05-12 incommunicado_from',
      '2013-05-13 incident',
      '2013-05-14 incommunicado_until',
      '2013-05-14 first_appearance',
      '2013-05-14 measure',
      '2013-05-14 charge',
      '2013-05-14 hearing',
      '2013-05-15 placement',
      // Same first day: the shorter range (the day) before the month (compareFuzzyDates).
      '2013-06-01 complaint',
      '2013-06 recognition',
      '2013-06-03 task_due',
      '2013-07-01 assessment',
      '2013-08-10 measure',
      '2013-11-20 intervention_filed',
      '2014-01-15 deadline',
      '2014-04-28 requalification',
      '2014-05-06 verdict',
      '2014-05-06 sentence',
      '2014-06 transfer',
      '2014-09 appeal',
      '2015-06 intervention_response',
      '2016-03-17 sentence_modification',
      '2016-03-17 expected_release',
      '2016-03-18 release',
      '2016-04 recognition_withdrawn',
      '2020 death',
      '— placement',
      '— hearing',
      '— recognition',
    ]);
  });

  it('gives each event a stable id (entity id + kind) and the path to its entity', () => {
    const transfer = byId(events, `${ids.colony}:transfer`);
    expect(transfer.path).toEqual(['detentions', ids.detention, 'placements', ids.colony]);
    expect(transfer.field).toBe('from');
    expect(byId(events, `${ids.detention}:arrest`).path).toEqual(['detentions', ids.detention]);
    expect(byId(events, `${ids.observations}:deadline`).path).toEqual(['interventions', ids.ecthr, 'deadlines', ids.observations]);
    expect(byId(events, `${ids.person}:death`).path).toEqual(['person']);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    // Rebuilding gives the same ids.
    expect(buildTimeline(CaseFile.parse(input)).map((e) => e.id)).toEqual(events.map((e) => e.id));
  });

  it('carries labels as data: vocabulary codes, articles, terms and free text', () => {
    expect(byId(events, `${ids.remand}:measure`).labels).toEqual([
      { kind: 'vocab', vocabulary: 'measure_order_action', code: 'imposed' },
      { kind: 'vocab', vocabulary: 'pre_trial_measure', code: 'detention_on_remand' },
      { kind: 'date', date: '2013-08-14', role: 'until' },
    ]);
    expect(byId(events, `${ids.possession}:requalification`).labels).toEqual([
      { kind: 'article', article: article('234.4.3'), role: 'from' },
      { kind: 'article', article: article('234.1') },
      { kind: 'vocab', vocabulary: 'charge_status', code: 'convicted', role: 'status' },
    ]);
    expect(byId(events, `${ids.appeal}:appeal`).labels).toContainEqual({ kind: 'text', text: 'Baku Court of Appeal', role: 'court' });
    expect(byId(events, `${ids.verdict}:verdict`).labels).toContainEqual({ kind: 'text', text: 'Baku Grave Crimes Court', role: 'court' });
    expect(byId(events, `${ids.sentence}:sentence`).labels).toEqual([
      { kind: 'vocab', vocabulary: 'sentence_type', code: 'imprisonment' },
      { kind: 'term', term: { years: 6 } },
    ]);
    expect(byId(events, `${ids.colony}:transfer`).labels).toContainEqual({ kind: 'text', text: 'After the verdict', role: 'reason' });
    expect(byId(events, `${ids.kurdakhani}:placement`).labels).toEqual([
      { kind: 'text', text: 'Kürdəxanı' },
      { kind: 'vocab', vocabulary: 'facility_type', code: 'pre_trial_detention_centre' },
    ]);
    expect(byId(events, `${ids.detention}:release`).labels).toEqual([{ kind: 'vocab', vocabulary: 'release_type', code: 'pardon' }]);
    expect(byId(events, `${ids.observations}:deadline`).labels).toContainEqual({ kind: 'flag', flag: 'done' });
    expect(byId(events, `${ids.assessment}:assessment`).labels).toEqual([
      { kind: 'vocab', vocabulary: 'assessment_conclusion', code: 'political_prisoner' },
      { kind: 'text', text: 'Leyla', role: 'assessor' },
    ]);
  });

  it('computes the expected release (here: ended by the pardon) and explains it', () => {
    const release = byId(events, `${ids.sentence}:expected_release`);
    expect(release.release?.endedBy).toEqual({ id: ids.pardon, type: 'pardon' });
    expect(release.labels).toEqual([
      { kind: 'vocab', vocabulary: 'sentence_modification', code: 'pardon' },
      { kind: 'flag', flag: 'ended_early' },
    ]);
  });

  it('counts a sentence without a start from the arrest of the linked detention', () => {
    const noStart = CaseFile.parse({ ...input, proceedings: [{ ...input.proceedings![0]!, sentences: [{ id: ids.sentence, type: 'imprisonment', term: { years: 7 } }] }] });
    const release = byId(buildTimeline(noStart), `${ids.sentence}:expected_release`);
    expect(release.date).toBe('2020-05-11');
    // The arrest date is restricted by default; the sentence's own fields are public.
    expect(release.sensitivity).toBe('restricted');
  });

  it('gives the effective sensitivity of the date field', () => {
    // Defaults by kind: arrest date (detention details) restricted; facility dates public.
    expect(byId(events, `${ids.detention}:arrest`).sensitivity).toBe('restricted');
    expect(byId(events, `${ids.kurdakhani}:placement`).sensitivity).toBe('public');
    expect(byId(events, `${ids.sentence}:sentence`).sensitivity).toBe('public');
    // The user's choice on the field.
    expect(byId(events, `${ids.detention}:release`).sensitivity).toBe('confidential');
    // A level set on the whole section applies to everything in it.
    expect(byId(events, `${ids.incident}:incident`).sensitivity).toBe('confidential');
    expect(byId(events, `${ids.incident}:complaint`).sensitivity).toBe('confidential');
  });

  it('never lowers a field below its own level because of a container', () => {
    const detention = { sensitivity: { arrestedOn: 'confidential' as const } };
    expect(effectiveFieldSensitivity(detention, detentionSpec, 'arrestedOn', ['public'])).toBe('confidential');
    expect(effectiveFieldSensitivity({}, detentionSpec, 'arrestedOn', ['confidential'])).toBe('confidential');
  });

  it('is empty for a case with nothing dated', () => {
    const bare = CaseFile.parse({ schemaVersion: 2, id: ids.case, status: 'detained', person: { id: ids.person, names: [{ id: ids.name, full: 'X', use: 'primary' }] } });
    expect(buildTimeline(bare)).toEqual([]);
  });
});
