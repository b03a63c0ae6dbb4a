import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from './Alert';
import { Button } from './Button';
import type { pdfjs as PdfModule } from '../lib/pdfjs';
import './pdf-preview.css';

type PdfDocument = Awaited<ReturnType<(typeof PdfModule)['getDocument']>['promise']>;

/**
 * Where the PDF's bytes come from, never a file: ranges asked of main as pdf.js needs them (an
 * exhibit, decrypted chunk by chunk), or the whole document already in memory (a report main just
 * made). Give the same object while the document stays the same (useMemo), and key the viewer
 * by the document, so another one starts on its first page.
 */
export type PdfSource =
  | {
      readonly size: number;
      /** Bytes [offset, offset + length), in reads main accepts. */
      readRange(offset: number, length: number): Promise<Uint8Array>;
    }
  | { readonly bytes: Uint8Array };

/** Bytes fetched before pdf.js asks for more: the start of the file, where most PDFs keep what the first page needs. */
const INITIAL_BYTES = 1024 * 1024;
const PAGE_WIDTH_PX = 820;

export interface PdfPreviewProps {
  source: PdfSource;
  /** Accessible name of the viewer (what document this is). */
  label?: string;
  testId?: string;
}

/**
 * A PDF, page by page, rendered by pdf.js into a canvas. A ranged source goes through a range
 * transport, so a 500-page scan opens without decrypting all of it first; bytes in memory are
 * handed over as they are (a copy: pdf.js may detach what it is given). Nothing is written anywhere.
 */
export function PdfPreview({ source, label, testId = 'pdf-preview' }: PdfPreviewProps) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [doc, setDoc] = useState<PdfDocument | null>(null);
  const [page, setPage] = useState(1);
  const [error, setError] = useState<string | null>(null);
  const [rendering, setRendering] = useState(false);

  useEffect(() => {
    let live = true;
    let task: { destroy(): Promise<void> } | null = null;
    (async () => {
      const { pdfjs } = await import('../lib/pdfjs');
      let data: { range: InstanceType<typeof pdfjs.PDFDataRangeTransport> } | { data: Uint8Array };
      if ('bytes' in source) {
        data = { data: source.bytes.slice() };
      } else {
        const ranged = source;
        const initial = await ranged.readRange(0, Math.max(1, Math.min(INITIAL_BYTES, ranged.size)));
        class Ranges extends pdfjs.PDFDataRangeTransport {
          override requestDataRange(begin: number, end: number): void {
            // pdf.js takes one answer per request, and none after the document is gone.
            ranged.readRange(begin, end - begin).then(
              (bytes) => live && this.onDataRange(begin, bytes),
              (failure: unknown) => live && setError(failure instanceof Error ? failure.message : String(failure)),
            );
          }
        }
        data = { range: new Ranges(ranged.size, initial) };
      }
      const loading = pdfjs.getDocument({
        ...data,
        disableAutoFetch: true,
        disableStream: true,
        useWasm: false,
        enableXfa: false,
        // No WebAssembly (our CSP has no 'wasm-unsafe-eval'): pdf.js then imports its plain-script
        // decoders for JBIG2 and CCITT fax (how most court scans are compressed) and JPEG 2000 from
        // here; the build copies them (electron.vite.config.ts).
        wasmUrl: new URL('pdfjs/', document.baseURI).href,
      });
      task = loading;
      const loaded = await loading.promise;
      if (live) setDoc(loaded);
      else await loading.destroy();
    })().catch((failure: unknown) => live && setError(failure instanceof Error ? failure.message : String(failure)));
    return () => {
      live = false;
      void task?.destroy();
    };
  }, [source]);

  useEffect(() => {
    if (!doc || !canvas.current) return;
    const target = canvas.current;
    let cancelled = false;
    let task: { cancel(): void; promise: Promise<void> } | null = null;
    setRendering(true);
    (async () => {
      const pdfPage = await doc.getPage(page);
      if (cancelled) return;
      const unscaled = pdfPage.getViewport({ scale: 1 });
      const viewport = pdfPage.getViewport({ scale: (PAGE_WIDTH_PX / unscaled.width) * (window.devicePixelRatio || 1) });
      target.width = Math.floor(viewport.width);
      target.height = Math.floor(viewport.height);
      task = pdfPage.render({ canvas: target, viewport });
      await task.promise;
    })()
      .catch((failure: unknown) => {
        if (!cancelled && !(failure instanceof Error && failure.name === 'RenderingCancelledException')) setError(failure instanceof Error ? failure.message : String(failure));
      })
      .finally(() => !cancelled && setRendering(false));
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [doc, page]);

  if (error !== null) {
    return (
      <Alert tone="error" title={t('pdfPreview.failed')}>
        <p>{error}</p>
      </Alert>
    );
  }
  const pages = doc?.numPages ?? 0;
  return (
    <div className="pdf-preview" data-testid={testId} data-pages={pages} data-page={page} data-rendering={rendering || doc === null ? 'true' : 'false'} role={label ? 'group' : undefined} aria-label={label}>
      {doc === null ? (
        <p role="status">
          <span className="spinner spinner--inline" aria-hidden="true" /> {t('pdfPreview.opening')}
        </p>
      ) : (
        <div className="pdf-preview__nav">
          <Button onClick={() => setPage((p) => Math.max(1, p - 1))} disabled={page <= 1}>
            {t('pdfPreview.previousPage')}
          </Button>
          <span role="status">{t('pdfPreview.pageOf', { page, pages })}</span>
          <Button onClick={() => setPage((p) => Math.min(pages, p + 1))} disabled={page >= pages}>
            {t('pdfPreview.nextPage')}
          </Button>
        </div>
      )}
      <canvas ref={canvas} className="pdf-preview__page" aria-label={t('pdfPreview.pageLabel', { page, pages })} role="img" />
    </div>
  );
}
