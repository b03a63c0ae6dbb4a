import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Exhibit } from '../../../../shared/exhibits';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { EXHIBIT_READ_MAX_BYTES } from '../../../../shared/exhibits/requests';
import { readRange } from './transfer';

/** Bytes [begin, end) in reads of at most what one call to main may return, joined. */
async function readSlices(id: string, begin: number, end: number): Promise<Uint8Array> {
  const out = new Uint8Array(end - begin);
  for (let at = begin; at < end; at += EXHIBIT_READ_MAX_BYTES) {
    out.set(await readRange(id, at, Math.min(EXHIBIT_READ_MAX_BYTES, end - at)), at - begin);
  }
  return out;
}

import type { pdfjs as PdfModule } from './pdfjs';
type PdfDocument = Awaited<ReturnType<(typeof PdfModule)['getDocument']>['promise']>;

/** Bytes fetched before pdf.js asks for more: the start of the file, where most PDFs keep what the first page needs. */
const INITIAL_BYTES = 1024 * 1024;
const PAGE_WIDTH_PX = 820;

/**
 * A PDF exhibit, page by page, rendered by pdf.js into a canvas. pdf.js gets the file through a
 * range transport that asks main for the byte ranges it needs, so a 500-page scan opens without
 * decrypting all of it first, and no byte of it is written anywhere.
 */
export function PdfPreview({ exhibit }: { exhibit: Exhibit }) {
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
      const { pdfjs } = await import('./pdfjs');
      const initial = await readRange(exhibit.id, 0, Math.max(1, Math.min(INITIAL_BYTES, exhibit.size)));
      class VaultRange extends pdfjs.PDFDataRangeTransport {
        override requestDataRange(begin: number, end: number): void {
          // pdf.js merges neighbouring requests without a limit and takes one answer per request:
          // read in slices main accepts, hand over once, and never after the document is gone.
          readSlices(exhibit.id, begin, end).then(
            (bytes) => live && this.onDataRange(begin, bytes),
            (failure: unknown) => live && setError(failure instanceof Error ? failure.message : String(failure)),
          );
        }
      }
      const loading = pdfjs.getDocument({
        range: new VaultRange(exhibit.size, initial),
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
  }, [exhibit.id, exhibit.size]);

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
      <Alert tone="error" title={t('exhibits.preview.failed')}>
        <p>{error}</p>
      </Alert>
    );
  }
  const pages = doc?.numPages ?? 0;
  return (
    <div className="pdf-preview" data-testid="pdf-preview" data-pages={pages} data-rendering={rendering || doc === null ? 'true' : 'false'}>
      {doc === null ? (
        <p role="status">
          <span className="spinner spinner--inline" aria-hidden="true" /> {t('exhibits.preview.opening')}
        </p>
      ) : (
        <div className="pdf-preview__nav">
          <Button onClick={() => setPage((p) => Math.max(1, p - 1))} disabled={page <= 1}>
            {t('exhibits.preview.previousPage')}
          </Button>
          <span role="status">{t('exhibits.preview.pageOf', { page, pages })}</span>
          <Button onClick={() => setPage((p) => Math.min(pages, p + 1))} disabled={page >= pages}>
            {t('exhibits.preview.nextPage')}
          </Button>
        </div>
      )}
      <canvas ref={canvas} className="pdf-preview__page" aria-label={t('exhibits.preview.pageLabel', { page, pages })} role="img" />
    </div>
  );
}
