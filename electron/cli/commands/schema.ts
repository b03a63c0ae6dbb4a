import { EXIT } from '../exit-codes';
import type { Io } from '../io';
import { caseJsonSchemaText } from '../schema/case-json-schema';

/** `habeas schema`: the JSON Schema of the case document, for people writing importers and converters. */
export function schema(io: Io): Promise<number> {
  io.stdout.write(caseJsonSchemaText());
  return Promise.resolve(EXIT.ok);
}
