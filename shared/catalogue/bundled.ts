import az1960 from './data/az-criminal-code-1960.json';
import az1999 from './data/az-criminal-code-1999.json';
import { Catalogue, type CodeVersionKey } from './schemas';

export const AZ_CRIMINAL_1999: CodeVersionKey = Object.freeze({ jurisdiction: 'AZ', code: 'criminal', version: '1999' });
export const AZ_CRIMINAL_1960: CodeVersionKey = Object.freeze({ jurisdiction: 'AZ', code: 'criminal', version: '1960' });

/** Raw bundled data, for tests and for showing provenance. */
export const BUNDLED_DATA: readonly unknown[] = [az1999, az1960];

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

let cached: Catalogue | undefined;

/** The bundled catalogue (Azerbaijan, Criminal Code 1999 and the one 1960-Code article), validated and frozen. */
export function bundledCatalogue(): Catalogue {
  cached ??= deepFreeze(Catalogue.parse({ versions: BUNDLED_DATA }));
  return cached;
}
