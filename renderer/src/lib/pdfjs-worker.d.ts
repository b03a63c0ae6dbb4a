/** pdf.js ships no types for its worker module; the main thread only needs to hand it over. */
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
