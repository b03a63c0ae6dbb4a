import type { FieldChange, SegmentLabel } from './types';

export interface DescribeOptions {
  /**
   * Show only the first `idLength` characters of long entity ids, followed by "…", for display.
   * A shortened path is no longer guaranteed unique; leave this out for keys and logs.
   */
  idLength?: number;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** Ids written bare: letters, digits, '-' and '_', not all digits (that would read as a position). */
const BARE_ID = /^(?!\d+$)[A-Za-z0-9_-]+$/;

/**
 * A stable, unambiguous text for a path, e.g. `detentions[3f2a…].placements[9b1c…].facility.name`.
 * It depends only on names and ids, never on positions of entities, so the same field of the same
 * entity is described the same way in every revision. Notation:
 *
 *   .name  ["odd name"]   an object key (quoted when not an identifier)
 *   [3f2a-…]  [id="a b"]  an entity by id (quoted when it could be misread)
 *   [2]                   a position in an array compared by position
 *   [="ECHR-5"]  [=7]     a member of a set of values
 *
 * The whole document is the empty string.
 */
export function describePath(path: readonly SegmentLabel[] | Pick<FieldChange, 'labels'>, options: DescribeOptions = {}): string {
  const labels = 'labels' in path ? path.labels : path;
  let text = '';
  for (const label of labels) {
    switch (label.kind) {
      case 'field':
        text += IDENTIFIER.test(label.name) ? `${text === '' ? '' : '.'}${label.name}` : `[${JSON.stringify(label.name)}]`;
        break;
      case 'entity': {
        const id = shorten(label.id, options.idLength);
        text += BARE_ID.test(label.id) ? `[${id}]` : `[id=${JSON.stringify(id)}]`;
        break;
      }
      case 'index':
        text += `[${label.index}]`;
        break;
      case 'value':
        text += `[=${JSON.stringify(label.value)}]`;
        break;
    }
  }
  return text;
}

function shorten(id: string, length: number | undefined): string {
  if (length === undefined || length < 1 || [...id].length <= length) return id;
  return `${[...id].slice(0, length).join('')}…`;
}
