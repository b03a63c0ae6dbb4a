/**
 * pdf.js, loaded only when a PDF is previewed. Its parser runs in this (sandboxed) renderer rather
 * than in a Web Worker: our CSP enforces Trusted Types with no policy, and `new Worker(url)` is a
 * Trusted Types sink. Handing pdf.js its worker module as `globalThis.pdfjsWorker` makes it use
 * that in-page "fake worker" without ever constructing a Worker, fetching a script, or evaluating
 * strings (pdf.js 6 no longer compiles font programs with `new Function`; the `isEvalSupported`
 * option the issue names was removed in pdf.js 5).
 */
import * as pdfjs from 'pdfjs-dist';
import * as worker from 'pdfjs-dist/build/pdf.worker.mjs';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;

export { pdfjs };
