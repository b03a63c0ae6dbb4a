import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Exhibit } from '../../../../shared/exhibits';
import { Alert } from '../../components/Alert';
import { ProgressBar } from '../../components/ProgressBar';
import { exhibitError } from './exhibit-error';
import { previewKind, visibleName } from './exhibit-display';
import { PdfPreview, type PdfSource } from '../../components/PdfPreview';
import { readExhibit, readRange, readSlices } from './transfer';

/** Larger images and recordings are not loaded into memory whole; the user exports them instead. */
const MAX_IN_MEMORY_BYTES = 512 * 1024 * 1024;
const TEXT_PREVIEW_BYTES = 1024 * 1024;

type Loaded = { id: string } & ({ state: 'loading'; read: number } | { state: 'ready'; url?: string; text?: string; cut?: boolean } | { state: 'failed'; error: unknown });

/**
 * Shows an exhibit inside the app without writing it anywhere: images, audio and video from an
 * object URL over bytes held in memory (revoked when the preview closes), text as text, PDFs with
 * pdf.js. Types the app cannot show say so, with the ways out (export, another program).
 */
export function ExhibitPreview({ exhibit }: { exhibit: Exhibit }) {
  const { t } = useTranslation();
  const kind = previewKind(exhibit.mediaType);
  const tooLarge = (kind === 'image' || kind === 'audio' || kind === 'video') && exhibit.size > MAX_IN_MEMORY_BYTES;
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  // Keyed by what the bytes are, not by the record: a check, a link or a custody entry replaces
  // the record but not the file, and must not read the file again or restart playback.
  const { id, size, mediaType } = exhibit;
  const pdf = useMemo<PdfSource>(() => ({ size, readRange: (offset, length) => readSlices(id, offset, offset + length) }), [id, size]);
  useEffect(() => {
    if (kind === 'pdf' || kind === 'none' || tooLarge) return;
    const controller = new AbortController();
    let url: string | undefined;
    (async () => {
      if (kind === 'text') {
        const length = Math.min(TEXT_PREVIEW_BYTES, size);
        const bytes = length > 0 ? await readRange(id, 0, length) : new Uint8Array();
        // A multi-byte character cut at the end decodes as one replacement character, which is fine.
        const text = new TextDecoder('utf-8').decode(bytes);
        if (!controller.signal.aborted) setLoaded({ id, state: 'ready', text, cut: size > length });
        return;
      }
      const blob = await readExhibit({ id, size, mediaType }, (read) => setLoaded({ id, state: 'loading', read }), controller.signal);
      if (controller.signal.aborted) return; // closed meanwhile: no URL that nobody would revoke
      url = URL.createObjectURL(blob);
      setLoaded({ id, state: 'ready', url });
    })().catch((error: unknown) => !controller.signal.aborted && setLoaded({ id, state: 'failed', error }));
    return () => {
      controller.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [id, size, mediaType, kind, tooLarge]);

  const name = visibleName(exhibit.originalName).shown;
  if (kind === 'pdf') return <PdfPreview key={id} source={pdf} />;
  if (kind === 'none' || tooLarge) {
    return (
      <p className="exhibit-preview__none" data-testid="exhibit-preview-none">
        {tooLarge ? t('exhibits.preview.tooLarge') : t('exhibits.preview.noViewer', { type: exhibit.mediaType })}
      </p>
    );
  }
  const current = loaded?.id === exhibit.id ? loaded : null;
  if (current === null || current.state === 'loading') {
    const read = current?.state === 'loading' ? current.read : 0;
    return (
      <div className="exhibit-preview__loading" role="status">
        <p>{t('exhibits.preview.loading')}</p>
        <ProgressBar label={t('exhibits.preview.loading')} percent={exhibit.size === 0 ? null : (read / exhibit.size) * 100} />
      </div>
    );
  }
  if (current.state === 'failed') {
    return (
      <Alert tone="error" title={t('exhibits.preview.failed')}>
        <p>{exhibitError(t, current.error)}</p>
      </Alert>
    );
  }
  return (
    <div className={`exhibit-preview exhibit-preview--${kind}`} data-testid="exhibit-preview" data-kind={kind}>
      {kind === 'image' && <img src={current.url} alt={t('exhibits.preview.imageAlt', { name })} className="exhibit-preview__image" />}
      {kind === 'audio' && <audio src={current.url} controls aria-label={name} />}
      {kind === 'video' && <video src={current.url} controls aria-label={name} className="exhibit-preview__video" />}
      {kind === 'text' && (
        <>
          <pre className="exhibit-preview__text" tabIndex={0} aria-label={name}>
            {current.text}
          </pre>
          {current.cut && <p className="muted">{t('exhibits.preview.textCut')}</p>}
        </>
      )}
    </div>
  );
}
