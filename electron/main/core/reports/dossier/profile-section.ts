import { affiliationSpec, caseFileSpec, familyContactSpec, personNameSpec, personSpec } from '../../../../../shared/case-model';
import type { DossierContext } from './dossier-context';
import { DOSSIER_LABELS } from './dossier-labels';

/** The case at a glance and the person: names in every script, personal details, affiliations, family. */
export function renderProfile(ctx: DossierContext): void {
  const { w, file } = ctx;
  const person = file.person;

  w.heading(ctx.say(DOSSIER_LABELS.caseFacts), 3);
  ctx.facts(file, caseFileSpec, ['reference', 'title', 'status', 'caseGroups', 'monitoringStatus', 'priority', 'assignedTo', 'openedOn', 'closedOn']);
  ctx.prose(file, caseFileSpec, 'summary');

  w.heading(ctx.say(DOSSIER_LABELS.person), 3);
  if (!ctx.entityTable(personNameSpec, person.names, ['full', 'use', 'script'], { id: person.id, field: 'names', label: ctx.label(personSpec, 'names') }, { 0: 95 })) {
    ctx.nothingRecorded();
  }
  ctx.facts(person, personSpec, ['sex', 'birthDate', 'placeOfBirth', 'citizenships', 'occupation', 'categories', 'religion', 'ethnicity', 'diedOn']);
  ctx.prose(person, personSpec, 'health');
  ctx.prose(person, personSpec, 'address');

  if (person.affiliations.length > 0 || ctx.view.withheldEntries.has(`${person.id}.affiliations`)) {
    w.heading(ctx.label(personSpec, 'affiliations'), 3);
    ctx.entityTable(affiliationSpec, person.affiliations, ['organisation', 'position', 'from', 'to'], { id: person.id, field: 'affiliations' });
  }

  if (person.familyContacts.length > 0 || ctx.view.withheldEntries.has(`${person.id}.familyContacts`)) {
    w.heading(ctx.label(personSpec, 'familyContacts'), 3);
    ctx.entityTable(familyContactSpec, person.familyContacts, ['name', 'relationship', 'contact', 'notes'], { id: person.id, field: 'familyContacts' }, { 0: 40, 1: 28 });
  }

  ctx.prose(person, personSpec, 'biography');
  ctx.noteWithheldIn([person]);
}
