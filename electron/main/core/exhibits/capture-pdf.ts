import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RawCapture } from './capture-fields';

/**
 * Title, author, producer and creation date from a PDF's Info dictionary, with pdf.js (its legacy
 * build, the one made for Node), in a worker thread: a hostile or broken PDF can keep pdf.js busy,
 * and the process that holds the keys and answers the window (and must be able to lock) must not
 * wait for it. The worker has its own memory limit and 15 s; then it is stopped and the file is
 * attached without PDF metadata. The bytes are moved to the worker (not copied), and the thread
 * with every copy pdf.js made is terminated as soon as it answers.
 *
 * pdf.js gets the bytes in memory and no URL for fonts, character maps, colour profiles or
 * WebAssembly, so it reads no file and fetches nothing. It evaluates no code either: pdf.js 6 has
 * no eval or new Function left (its isEvalSupported option went with the compiled PDF functions).
 * Under Node it never starts a Worker of its own: it imports pdf.worker.mjs from beside pdf.mjs and
 * runs it in the same (here: the worker's) thread.
 */
export async function pdfCapture(data: Uint8Array, timeoutMs = PDF_TIMEOUT_MS): Promise<RawCapture> {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { pdfjs: pathToFileURL(pdfjsPath()).href, data },
    transferList: [data.buffer as ArrayBuffer],
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    const message = await new Promise<{ info?: Record<string, unknown>; error?: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the PDF metadata worker stopped (code ${code})`)));
      timer = setTimeout(() => reject(new Error(`reading the PDF's metadata took over ${timeoutMs} ms; stopped`)), timeoutMs);
    });
    if (!message.info) throw new Error(`pdf.js could not read the PDF: ${message.error ?? 'unknown error'}`);
    const { info } = message;
    return { title: info.Title, author: info.Author, producer: info.Producer, createdAt: pdfDate(info.CreationDate) };
  } finally {
    clearTimeout(timer);
    void worker.terminate();
  }
}

const PDF_TIMEOUT_MS = 15_000;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
// pdf.js 6 targets Node >= 22; Node 20 (the command line, the tests) lacks Promise.withResolvers.
if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function () { let resolve, reject; const promise = new this((a, b) => { resolve = a; reject = b; }); return { promise, resolve, reject }; };
}
(async () => {
  const data = workerData.data;
  try {
    const pdfjs = await import(workerData.pdfjs);
    const task = pdfjs.getDocument({
      data,
      disableFontFace: true,
      useSystemFonts: false,
      useWorkerFetch: false,
      enableXfa: false,
      // Recover what can be recovered of a damaged file rather than give up at the first error.
      stopAtErrors: false,
      verbosity: pdfjs.VerbosityLevel.ERRORS,
    });
    try {
      const document = await task.promise;
      const { info } = await document.getMetadata();
      const plain = {};
      for (const key of ['Title', 'Author', 'Producer', 'CreationDate']) if (typeof info[key] === 'string') plain[key] = info[key];
      parentPort.postMessage({ info: plain });
    } finally {
      await task.destroy();
    }
  } catch (error) {
    parentPort.postMessage({ error: String((error && error.message) || error) });
  } finally {
    // pdf.js may have moved the bytes to its own in-thread worker (the array is then detached);
    // whatever it holds goes with this thread, which is terminated as soon as it answers.
    if (data.byteLength > 0) data.fill(0);
  }
})();
`;

function pdfjsPath(): string {
  // Works in the CommonJS bundle electron-vite emits and in ESM under vitest/tsx.
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  return createRequire(here).resolve('pdfjs-dist/legacy/build/pdf.mjs');
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
