export type Log = (message: string, detail?: unknown) => void;

/**
 * Main-process log to stderr only — never a file, so nothing the app logs can outlive the
 * process on disk. Messages are fixed strings written by us; error details (which may hold paths
 * or, from a buggy handler, case text) are printed only in unpackaged builds, and then only as
 * the error's name and stack, never as data.
 */
export function createLog(verbose: boolean): Log {
  return (message, detail) => {
    if (detail === undefined) {
      console.error(`[habeas] ${message}`);
    } else if (verbose && detail instanceof Error) {
      console.error(`[habeas] ${message}\n${detail.stack ?? detail.name}`);
    } else {
      console.error(`[habeas] ${message} (${detail instanceof Error ? detail.name : typeof detail})`);
    }
  };
}
