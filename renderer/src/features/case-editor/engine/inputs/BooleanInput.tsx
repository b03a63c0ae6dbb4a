import type { FieldHandle } from '../types';
import { inputAttrs } from './attrs';

/** A yes/no fact; committed when ticked or cleared. The label sits beside the box (see FieldRow). */
export function BooleanInput({ field }: { field: FieldHandle }) {
  return (
    <input
      {...inputAttrs(field)}
      type="checkbox"
      className="checkbox__input"
      checked={field.value === true}
      onChange={(e) => field.commit(e.target.checked)}
      disabled={field.readOnly}
    />
  );
}
