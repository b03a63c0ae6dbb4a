import { NewPassphrase } from '../../shared/ipc/contract';
import { HabeasError } from '../../shared/ipc/errors';

/** Thrown when a secret is needed but neither the environment nor a terminal can supply it. */
export class UsageError extends Error {}

export interface SecretSource {
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadStream;
  stderr: NodeJS.WriteStream;
}

/**
 * Reads a line from the terminal without echoing it. Secrets never come from argv, where other
 * users and shell history could see them.
 */
function promptHidden(io: SecretSource, prompt: string): Promise<string> {
  const { stdin, stderr } = io;
  if (!stdin.isTTY) {
    return Promise.reject(new UsageError(`${prompt.replace(/:\s*$/, '')} is needed: set it in the environment (see habeas --help) or run in a terminal.`));
  }
  return new Promise((resolve, reject) => {
    let value = '';
    stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const finish = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener('data', onData);
      stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003') return finish(new UsageError('Cancelled.'));
        if (char === '\u007f' || char === '\b') value = [...value].slice(0, -1).join('');
        else if (char >= ' ') value += char;
      }
    };
    stdin.on('data', onData);
  });
}

export async function currentPassphrase(io: SecretSource): Promise<string> {
  return io.env.HABEAS_PASSPHRASE ?? promptHidden(io, 'Passphrase: ');
}

export async function recoveryKey(io: SecretSource): Promise<string> {
  return io.env.HABEAS_RECOVERY_KEY ?? promptHidden(io, 'Recovery key: ');
}

/** A new passphrase: from `envName`, or typed twice. Checked against the same rule as the app. */
export async function newPassphrase(io: SecretSource, envName: 'HABEAS_PASSPHRASE' | 'HABEAS_NEW_PASSPHRASE'): Promise<string> {
  let value = io.env[envName];
  if (value === undefined) {
    value = await promptHidden(io, 'New passphrase: ');
    const again = await promptHidden(io, 'Repeat new passphrase: ');
    if (again !== value) throw new UsageError('The two passphrases differ. Nothing was changed.');
  }
  const checked = NewPassphrase.safeParse(value);
  if (!checked.success) throw new HabeasError('INVALID_INPUT', `New passphrase: ${checked.error.issues[0]?.message ?? 'not acceptable'}.`);
  return value;
}
