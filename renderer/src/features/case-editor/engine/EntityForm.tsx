import { useContext, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldSpec } from '../../../../../shared/case-model';
import { defaultSensitivity, type Sensitivity } from '../../../../../shared/vocabularies/sensitivity';
import { LinkScope, useEditor } from './context';
import { EntityList } from './EntityList';
import { Heading } from './Heading';
import { ArticlePicker } from './inputs/ArticlePicker';
import { BooleanInput } from './inputs/BooleanInput';
import { CountInput } from './inputs/CountInput';
import { DateInput } from './inputs/DateInput';
import { GroupInput } from './inputs/GroupInput';
import { LineInput } from './inputs/LineInput';
import { LinesInput } from './inputs/LinesInput';
import { LinkChecks, LinkSelect } from './inputs/LinkInputs';
import { ProseInput } from './inputs/ProseInput';
import { VocabChecks } from './inputs/VocabChecks';
import { VocabSelect } from './inputs/VocabSelect';
import { problemText } from './messages';
import { newProblem, requiredKeys, sameValue, schemaOf, withField } from './model';
import { SensitivityBadge } from './SensitivityBadge';
import { InvalidEdit, type AnySpec, type Apply, type EditProblem, type EntityValue, type FieldHandle, type FieldUpdate } from './types';

export interface EntityFormProps {
  spec: AnySpec;
  value: EntityValue;
  /** Applies an edit of this entity to the case (see Apply). */
  apply: Apply<EntityValue>;
  /** Path of this entity in the case ('' for the case itself). */
  path: string;
  /** Nesting depth, for heading levels. */
  depth: number;
  /** Only these fields, in this order (a section of the case file). */
  keys?: readonly string[];
}

/** Commits one field of an entity after checking the entity with its schema. */
function fieldCommitter(spec: AnySpec, apply: Apply<EntityValue>) {
  const schema = schemaOf(spec);
  return (key: string, update: FieldUpdate): EditProblem | null =>
    apply((old) => {
      const current = old[key];
      const value = typeof update === 'function' ? (update as (o: unknown) => unknown)(current) : update;
      if (sameValue(current, value)) return old;
      const next = withField(old, key, value);
      const problem = newProblem(schema, old, next, spec);
      if (problem) throw new InvalidEdit(problem);
      return next;
    });
}

/**
 * The form of one entity, generated from its field specs: each field with its label in the UI
 * language, its sensitivity marker and the input its spec asks for. Nested entities and lists of
 * entities are forms of their own.
 */
export function EntityForm({ spec, value, apply, path, depth, keys }: EntityFormProps) {
  const scope = useContext(LinkScope);
  const fields = spec.fields as Readonly<Record<string, FieldSpec>>;
  const required = requiredKeys(spec);
  const commitField = fieldCommitter(spec, apply);
  const setSensitivity = (key: string, level: Sensitivity) =>
    apply((old) => {
      const field = fields[key];
      if (!field) return old;
      const overrides: Record<string, string> = { ...(old.sensitivity ?? {}) };
      if (level === defaultSensitivity(field.kind)) delete overrides[key];
      else overrides[key] = level;
      return withField(old, 'sensitivity', Object.keys(overrides).length > 0 ? overrides : undefined);
    });
  const shown = keys ?? Object.keys(fields);
  return (
    <LinkScope.Provider value={[...scope, value]}>
      <div className="entity-form">
        {shown.map((key) => {
          const field = fields[key];
          // Evidence is linked from the exhibit's side (the Exhibits section), where every link is
          // part of its audited record; the document's own `exhibitIds` are not edited here.
          if (!field || (field.input === 'links' && field.target === 'exhibits')) return null;
          return (
            <FieldRow
              key={key}
              fieldKey={key}
              field={field}
              entity={value}
              required={required.has(key)}
              path={path === '' ? key : `${path}.${key}`}
              depth={depth}
              commitField={commitField}
              setSensitivity={setSensitivity}
            />
          );
        })}
      </div>
    </LinkScope.Provider>
  );
}

interface FieldRowProps {
  fieldKey: string;
  field: FieldSpec;
  entity: EntityValue;
  required: boolean;
  path: string;
  depth: number;
  commitField(key: string, update: FieldUpdate): EditProblem | null;
  setSensitivity(key: string, level: Sensitivity): EditProblem | null;
}

const WIDE = new Set<FieldSpec['input']>(['prose', 'lines', 'vocabs', 'links', 'article', 'group']);

function FieldRow({ fieldKey, field, entity, required, path, depth, commitField, setSensitivity }: FieldRowProps) {
  const { t } = useTranslation();
  const { lang, readOnly } = useEditor();
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const label = field.label[lang];
  const hint = field.hint?.[lang];
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;

  const handle: FieldHandle = {
    id: `${id}-input`,
    key: fieldKey,
    spec: field,
    label,
    value: entity[fieldKey],
    required,
    readOnly,
    describedBy,
    invalid: error !== null,
    path,
    commit(update) {
      const problem = commitField(fieldKey, update);
      setError(problem ? problemText(t, problem, fieldKey, lang) : null);
      return problem === null;
    },
    fail: setError,
    apply: (update) => commitField(fieldKey, update),
  };

  const defaultLevel = defaultSensitivity(field.kind);
  const level = (entity.sensitivity?.[fieldKey] as Sensitivity | undefined) ?? defaultLevel;
  const badge = (
    <SensitivityBadge
      level={level}
      defaultLevel={defaultLevel}
      fieldLabel={label}
      readOnly={readOnly}
      testId={`sensitivity-${path}`}
      onChange={(next) => {
        const problem = setSensitivity(fieldKey, next);
        setError(problem ? problemText(t, problem, fieldKey, lang) : null);
      }}
    />
  );
  const requiredMark = required ? <span className="field__required">({t('caseEditor.field.required')})</span> : null;
  const errorText = error && (
    <p className="field__error" id={errorId} data-testid={`error-${path}`}>
      <span className="field__error-icon" aria-hidden="true" />
      {error}
    </p>
  );
  const hintText = hint && (
    <p className="field__hint" id={hintId}>
      {hint}
    </p>
  );

  if (field.input === 'entity' || field.input === 'entities') {
    const headingId = `${id}-heading`;
    return (
      <section className={`subsection subsection--depth-${Math.min(depth, 3)}`} aria-labelledby={headingId} data-field={path}>
        <div className="subsection__head">
          <Heading depth={depth} id={headingId} className="subsection__title">
            {label}
          </Heading>
          {badge}
        </div>
        {hintText}
        {errorText}
        {field.input === 'entity' ? (
          <EntityForm
            spec={field.entity}
            value={(entity[fieldKey] ?? {}) as EntityValue}
            apply={(update) => commitField(fieldKey, (old: unknown) => update((old ?? {}) as EntityValue))}
            path={path}
            depth={depth + 1}
          />
        ) : (
          <EntityList handle={handle} spec={field.entity} depth={depth + 1} />
        )}
      </section>
    );
  }

  if (field.input === 'vocabs' || field.input === 'links' || field.input === 'group') {
    return (
      <fieldset className="field field--wide field--set" aria-describedby={describedBy}>
        <legend className="field__label field__legend">
          {label} {requiredMark}
        </legend>
        {hintText}
        {field.input === 'vocabs' ? <VocabChecks field={handle} /> : field.input === 'links' ? <LinkChecks field={handle} /> : <GroupInput field={handle} />}
        {errorText}
        {badge}
      </fieldset>
    );
  }

  if (field.input === 'boolean') {
    return (
      <div className={error ? 'field field--check field--invalid' : 'field field--check'}>
        <div className="field__top">
          <span className="checkbox">
            <BooleanInput field={handle} />
            <label className="checkbox__label" htmlFor={handle.id}>
              {label}
            </label>
          </span>
          {badge}
        </div>
        {hintText}
        {errorText}
      </div>
    );
  }

  // The input comes before its sensitivity marker in the DOM (and so in the tab order: the value,
  // then who may see it); the grid draws the marker beside the label.
  return (
    <div className={['field', 'field--grid', WIDE.has(field.input) ? 'field--wide' : '', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
      <label className="field__label field__cell-label" htmlFor={handle.id}>
        {label} {requiredMark}
      </label>
      <div className="field__cell-input">
        {hintText}
        <FieldInput handle={handle} />
        {errorText}
      </div>
      <div className="field__cell-badge">{badge}</div>
    </div>
  );
}

function FieldInput({ handle }: { handle: FieldHandle }) {
  switch (handle.spec.input) {
    case 'line':
      return <LineInput field={handle} />;
    case 'prose':
      return <ProseInput field={handle} />;
    case 'date':
      return <DateInput field={handle} />;
    case 'lines':
      return <LinesInput field={handle} />;
    case 'count':
      return <CountInput field={handle} />;
    case 'vocab':
      return <VocabSelect field={handle} />;
    case 'article':
      return <ArticlePicker field={handle} />;
    case 'link':
      return <LinkSelect field={handle} />;
    default:
      return null;
  }
}
