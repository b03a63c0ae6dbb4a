import { describe, expect, it } from 'vitest';
import { DetentionEpisode, MeasureOrder, Placement } from '../../../../shared/case-model';
import { entitySuite, expectDateField, expectIssue, expectLineField, expectProseField, expectVocabField, issuesOf } from './helpers';
import { detention, measureOrder, placement, uid } from './samples';

entitySuite('measureOrder');
entitySuite('placement');
entitySuite('detention');

describe('MeasureOrder', () => {
  it('checks its fields', () => {
    const base = measureOrder.minimal;
    expectVocabField(MeasureOrder, base, 'measure', 'house_arrest');
    expectVocabField(MeasureOrder, base, 'action', 'extended');
    expectDateField(MeasureOrder, base, 'orderedOn');
    expectDateField(MeasureOrder, base, 'until');
    expectLineField(MeasureOrder, base, 'orderedBy', 300);
    expectLineField(MeasureOrder, base, 'reference', 200);
    expectProseField(MeasureOrder, base, 'notes', 20_000);
  });
});

describe('Placement', () => {
  it('checks its fields', () => {
    const base = placement.minimal;
    expectLineField(Placement, base, 'facilityName', 300);
    expectLineField(Placement, base, 'facilityLocation', 300);
    expectLineField(Placement, base, 'transferReason', 500);
    expectVocabField(Placement, base, 'facilityType', 'penal_colony');
    expectVocabField(Placement, base, 'regime', 'strict');
    expectVocabField(Placement, base, 'conditions', 'overcrowding', true);
    expectDateField(Placement, base, 'from');
    expectDateField(Placement, base, 'to');
    expectProseField(Placement, base, 'notes', 20_000);
  });
});

describe('DetentionEpisode', () => {
  it('checks its own fields', () => {
    const base = detention.minimal;
    for (const key of ['arrestedOn', 'incommunicadoFrom', 'incommunicadoUntil', 'firstAppearanceOn', 'releasedOn']) expectDateField(DetentionEpisode, base, key);
    expectLineField(DetentionEpisode, base, 'arrestPlace', 300);
    expectLineField(DetentionEpisode, base, 'arrestingAuthorityName', 300);
    expectVocabField(DetentionEpisode, base, 'arrestingAuthority', 'state_security_service');
    expectVocabField(DetentionEpisode, base, 'legalBasis', 'administrative_offence');
    expectVocabField(DetentionEpisode, base, 'detentionType', 'administrative');
    expectVocabField(DetentionEpisode, base, 'whereabouts', 'counsel_contact_denied', true);
    expectVocabField(DetentionEpisode, base, 'releaseType', 'died_in_custody');
    expectProseField(DetentionEpisode, base, 'legalBasisDetails', 5000);
    expectProseField(DetentionEpisode, base, 'releaseNotes', 20_000);
    expectProseField(DetentionEpisode, base, 'notes', 20_000);
  });

  it('names the field of a bad measure or placement by position', () => {
    expectIssue(DetentionEpisode, { ...detention.minimal, measures: [measureOrder.minimal, { ...measureOrder.minimal, id: uid(9), measure: 'jail' }] }, 'measures.1.measure', /Invalid option/);
    expectIssue(DetentionEpisode, { ...detention.minimal, placements: [{ ...placement.minimal, from: '2019-09-31' }] }, 'placements.0.from', /Day 31/);
    expectIssue(DetentionEpisode, { ...detention.minimal, placements: [{ id: uid(9) }] }, 'placements.0.facilityName');
  });

  it('accepts the release types of the issue (served, pardon, amnesty, acquittal, conditional release, house arrest, died in custody)', () => {
    for (const releaseType of ['served_sentence', 'pardon', 'amnesty', 'acquittal', 'conditional_early_release', 'transfer_to_house_arrest', 'died_in_custody']) {
      expect(issuesOf(DetentionEpisode, { ...detention.minimal, releaseType }), releaseType).toEqual([]);
    }
  });
});
