import type { RawCapture } from './capture-fields';

/**
 * Title, author, producer and creation date from a PDF's Info dictionary, with pdf.js (its legacy
 * build, the one made for Node). pdf.js gets the bytes in memory and no URL for fonts, character
 * maps, colour profiles or WebAssembly, so it reads no file and fetches nothing, and it loads no
 * font (only the document's trailer and Info are read). It evaluates no code either: pdf.js 6 has no
 * eval or new Function left (its isEvalSupported option went with the compiled PDF functions).
 *
 * The worker: under Node, pdf.js never starts a Worker; it imports its own pdf.worker.mjs, next to
 * pdf.mjs, and runs it in this thread ("fake worker"). Main is bundled as CommonJS with its
 * dependencies left external, and the bundler keeps this import() as it is, so pdf.mjs is loaded
 * from node_modules and finds the worker beside it: no workerSrc to set.
 */
export async function pdfCapture(data: Uint8Array): Promise<RawCapture> {
  providePromiseWithResolvers();
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    enableXfa: false,
    // Recover what can be recovered of a damaged file rather than give up at the first error.
    stopAtErrors: false,
    // pdf.js prints warnings itself; a damaged file is reported by throwing, which the caller handles.
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    const document = await task.promise;
    const { info } = (await document.getMetadata()) as { info: Record<string, unknown> };
    return { title: info.Title, author: info.Author, producer: info.Producer, createdAt: pdfDate(info.CreationDate) };
  } finally {
    await task.destroy();
  }
}

/**
 * "D:20240131104512+04'00'" → "2024-01-31T10:45:12+04:00" (PDF 32000-1, 7.9.4: every part after
 * the year optional); anything else as written.
 */
export function pdfDate(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:(Z)|([+-])(\d{2})'?(?:(\d{2})'?)?)?$/i.exec(value.trim());
  if (!m) return value;
  const [, year, month = '01', day = '01', hour, minute = '00', second = '00', utc, sign, zoneHours, zoneMinutes = '00'] = m;
  if (+month < 1 || +month > 12 || +day < 1 || +day > 31 || (hour !== undefined && +hour > 23) || +minute > 59 || +second > 59) return value;
  const date = `${year}-${month}-${day}`;
  if (hour === undefined) return date;
  const zone = utc ? 'Z' : sign ? `${sign}${zoneHours}:${zoneMinutes}` : '';
  return `${date}T${hour}:${minute}:${second}${zone}`;
}

/**
 * pdf.js 6 is built for Node ≥ 22 and uses Promise.withResolvers (ES2024), which Node 20 (the
 * command line and the tests may run on it) lacks; Electron's Node has it, so this adds nothing
 * there. The standard behaviour, added only where it is missing.
 */
function providePromiseWithResolvers(): void {
  const promise = Promise as unknown as { withResolvers?: unknown };
  if (typeof promise.withResolvers === 'function') return;
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value: function withResolvers<T>(this: PromiseConstructor) {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const created = new this<T>((yes, no) => {
        resolve = yes;
        reject = no;
      });
      return { promise: created, resolve, reject };
    },
  });
}
