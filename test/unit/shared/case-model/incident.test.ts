import { describe, it } from 'vitest';
import { Perpetrator, TreatmentIncident } from '../../../../shared/case-model';
import { entitySuite, expectDateField, expectIssue, expectLineField, expectProseField, expectVocabField } from './helpers';
import { incident, perpetrator, uid } from './samples';

entitySuite('perpetrator');
entitySuite('incident');

describe('Perpetrator', () => {
  it('checks its fields', () => {
    const base = perpetrator.minimal;
    expectVocabField(Perpetrator, base, 'type', 'prison_officials');
    expectVocabField(Perpetrator, base, 'involvement', 'gave_orders');
    expectLineField(Perpetrator, base, 'name', 300);
    expectProseField(Perpetrator, base, 'notes', 5000);
  });
});

describe('TreatmentIncident', () => {
  it('checks its own fields', () => {
    const base = incident.minimal;
    expectVocabField(TreatmentIncident, base, 'act', 'torture');
    expectVocabField(TreatmentIncident, base, 'consequences', 'hospitalisation', true);
    expectVocabField(TreatmentIncident, base, 'complaintOutcome', 'pending');
    expectDateField(TreatmentIncident, base, 'date');
    expectDateField(TreatmentIncident, base, 'complaintFiledOn');
    expectLineField(TreatmentIncident, base, 'place', 300);
    expectLineField(TreatmentIncident, base, 'complaintTo', 300);
    expectProseField(TreatmentIncident, base, 'description', 20_000);
    expectProseField(TreatmentIncident, base, 'medicalAttention', 5000);
    expectIssue(TreatmentIncident, { ...base, sourceIds: ['wife'] }, 'sourceIds.0', /id/);
    expectIssue(TreatmentIncident, { ...base, exhibitIds: [uid(1), 7] }, 'exhibitIds.1');
  });

  it('names the field of a bad perpetrator by position', () => {
    expectIssue(TreatmentIncident, { ...incident.minimal, perpetrators: [perpetrator.minimal, { id: uid(9), involvement: 'ordered' }] }, 'perpetrators.1.involvement', /Invalid option/);
  });
});
