import type { LinkTarget } from '../../../../../../shared/case-model';
import type { Lang } from '../../../../../../shared/vocabularies';
import { LINK_TARGET_SPECS, summaryOf } from '../display';
import type { EntityValue } from '../types';

export interface LinkChoice {
  readonly id: string;
  readonly label: string;
}

/**
 * What a link field may point at: the target list of the nearest enclosing entity that has one
 * (the case's sources and detentions, the proceeding's charges), minus the entity itself.
 */
export function linkChoices(scope: readonly EntityValue[], target: LinkTarget, lang: Lang): LinkChoice[] {
  const self = scope.at(-1)?.id;
  const spec = LINK_TARGET_SPECS[target];
  if (!spec) return [];
  for (let i = scope.length - 1; i >= 0; i--) {
    const list = scope[i]?.[target];
    if (!Array.isArray(list)) continue;
    return (list as EntityValue[]).flatMap((entity, n) =>
      typeof entity.id === 'string' && entity.id !== self ? [{ id: entity.id, label: summaryOf(spec, entity, lang) || `${spec.label[lang]} ${n + 1}` }] : [],
    );
  }
  return [];
}
