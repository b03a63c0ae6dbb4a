import { z } from 'zod';
import { loc } from '../vocabularies/types';
import { date, entity, line, prose } from './common';
import { entitySpec } from './fields';

/** A clarification note, or a task when it has a due date. */
export const Note = entity({
  title: line(300),
  text: prose().optional(),
  dueOn: date.optional(),
  done: z.boolean().optional(),
  assignedTo: line(200).optional(),
});
export type Note = z.infer<typeof Note>;

export const noteSpec = entitySpec<Note>({
  name: 'note',
  label: loc('Note or task', 'Qeyd və ya tapşırıq', 'Заметка или задача'),
  plural: loc('Notes and tasks', 'Qeydlər və tapşırıqlar', 'Заметки и задачи'),
  fields: {
    title: { input: 'line', kind: 'note-task', primary: true, label: loc('Title', 'Başlıq', 'Заголовок') },
    text: { input: 'prose', kind: 'note-task', label: loc('Text', 'Mətn', 'Текст') },
    dueOn: { input: 'date', kind: 'note-task', primary: true, label: loc('Due', 'Son tarix', 'Срок') },
    done: { input: 'boolean', kind: 'note-task', primary: true, label: loc('Done', 'Edilib', 'Выполнено') },
    assignedTo: { input: 'line', kind: 'note-task', label: loc('Assigned to', 'İcraçı', 'Исполнитель') },
  },
});
