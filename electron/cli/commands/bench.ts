import { writeFile } from 'node:fs/promises';
import { formatTable, runVaultBench, vaultBenchRows } from '../bench/vault-bench';
import { EXIT } from '../exit-codes';
import { println, type Io } from '../io';

export async function bench(io: Io, options: { cases?: number; jsonFile?: string }): Promise<number> {
  const result = await runVaultBench({ ...(options.cases ? { cases: options.cases } : {}), onProgress: (m) => println(io.stderr, `bench: ${m}`) });
  println(io.stdout, formatTable(vaultBenchRows(result)));
  if (options.jsonFile) await writeFile(options.jsonFile, `${JSON.stringify(result, null, 2)}\n`);
  return EXIT.ok;
}
