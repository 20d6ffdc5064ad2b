import { useEffect, useMemo, useRef, useState } from 'react';
import type * as PdfJs from 'pdfjs-dist';
import {
  type EvidenceSummary,
  MAX_PREVIEW_BYTES,
  formatBytes,
  previewKind,
} from '../../../../shared/evidence/evidence';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ArrowLeftIcon, ArrowRightIcon } from '../../ui/icons';
import { FileTextIcon } from './evidence-icons';
import { readEvidence } from './upload';

type PdfModule = typeof PdfJs;
type PdfDocument = Awaited<ReturnType<PdfModule['getDocument']>['promise']>;

let pdfjs: Promise<PdfModule> | null = null;

/**
 * pdf.js, loaded on first use. Its worker is bundled by Vite as a file of the app's own origin (the CSP's
 * `script-src 'self'` covers it, no blob: or eval needed) and created here, once, as a module worker. Documents are
 * opened from bytes in memory: nothing is fetched and nothing is written to disk.
 */
function loadPdfJs(): Promise<PdfModule> {
  pdfjs ??= import('pdfjs-dist').then((module) => {
    module.GlobalWorkerOptions.workerPort = new Worker(
      new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url),
      { type: 'module', name: 'pdf.js' },
    );
    return module;
  });
  return pdfjs;
}

export function Preview({ evidence }: { evidence: EvidenceSummary }) {
  const kind = previewKind(evidence.mediaType);
  const [bytes, setBytes] = useState<Uint8Array<ArrayBuffer> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const tooLarge = evidence.byteSize > MAX_PREVIEW_BYTES;

  useEffect(() => {
    if (kind === 'none' || tooLarge) return;
    let current = true;
    readEvidence(evidence.id, evidence.byteSize)
      .then((read) => {
        if (current) setBytes(read);
      })
      .catch(() => {
        if (current) setError('The file could not be read for preview.');
      });
    return () => {
      current = false;
    };
  }, [evidence.id, evidence.byteSize, kind, tooLarge]);

  if (kind === 'none' || tooLarge) {
    return (
      <div className="ev-preview ev-preview--none" data-testid="preview">
        <FileTextIcon size={30} />
        <p>
          {tooLarge
            ? `At ${formatBytes(evidence.byteSize)}, this file is too large to preview here.`
            : 'No preview for this kind of file.'}
        </p>
        <p className="ev-muted">Use “Save a copy…” to open it in another program.</p>
      </div>
    );
  }
  if (error) return <Alert tone="danger">{error}</Alert>;
  if (!bytes)
    return <div className="ev-preview ev-preview--loading" data-testid="preview" aria-busy="true" />;
  if (kind === 'image') return <ImagePreview bytes={bytes} evidence={evidence} />;
  if (kind === 'text') return <TextPreview bytes={bytes} />;
  return <PdfPreview bytes={bytes} />;
}

function ImagePreview({ bytes, evidence }: { bytes: Uint8Array<ArrayBuffer>; evidence: EvidenceSummary }) {
  // A blob: URL of the page's own origin (the CSP allows img-src blob:), revoked when the preview closes.
  const url = useMemo(
    () => URL.createObjectURL(new Blob([bytes], { type: evidence.mediaType })),
    [bytes, evidence.mediaType],
  );
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <div className="ev-preview ev-preview--image" data-testid="preview">
      <img src={url} alt={`Preview of ${evidence.title}`} data-testid="image-preview" />
    </div>
  );
}

function TextPreview({ bytes }: { bytes: Uint8Array }) {
  const text = new TextDecoder().decode(bytes.subarray(0, 200_000));
  return (
    <div className="ev-preview ev-preview--text" data-testid="preview">
      <pre>{text}</pre>
    </div>
  );
}

function PdfPreview({ bytes }: { bytes: Uint8Array<ArrayBuffer> }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [doc, setDoc] = useState<PdfDocument | null>(null);
  const [page, setPage] = useState(1);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    let task: { destroy(): Promise<void> } | null = null;
    loadPdfJs()
      .then((lib) => {
        // pdf.js takes ownership of the buffer it is given; a copy keeps ours usable.
        const loading = lib.getDocument({
          data: bytes.slice(),
          useSystemFonts: true,
          isOffscreenCanvasSupported: false,
        });
        task = loading;
        return loading.promise;
      })
      .then((loaded) => {
        if (current) setDoc(loaded);
      })
      .catch(() => {
        if (current)
          setError('This PDF could not be displayed. It is kept intact; save a copy to open it elsewhere.');
      });
    return () => {
      current = false;
      void task?.destroy();
    };
  }, [bytes]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!doc || !canvas) return;
    let cancelled = false;
    let task: { cancel(): void; promise: Promise<void> } | null = null;
    void doc.getPage(page).then((p) => {
      if (cancelled) return;
      const scale = Math.min(2, 560 / p.getViewport({ scale: 1 }).width) * (window.devicePixelRatio || 1);
      const viewport = p.getViewport({ scale });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      task = p.render({ canvas, viewport });
      task.promise.catch(() => undefined);
    });
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [doc, page]);

  if (error) return <Alert tone="danger">{error}</Alert>;
  return (
    <div className="ev-preview ev-preview--pdf" data-testid="preview">
      <canvas
        ref={canvasRef}
        className="ev-preview__canvas"
        data-testid="pdf-canvas"
        aria-label={`Page ${page}`}
      />
      {doc && (
        <div className="ev-preview__pager">
          <Button
            size="sm"
            variant="ghost"
            icon={<ArrowLeftIcon size={15} />}
            disabled={page <= 1}
            onClick={() => setPage((n) => n - 1)}
            aria-label="Previous page"
          />
          <span aria-live="polite">
            Page {page} of {doc.numPages}
          </span>
          <Button
            size="sm"
            variant="ghost"
            icon={<ArrowRightIcon size={15} />}
            disabled={page >= doc.numPages}
            onClick={() => setPage((n) => n + 1)}
            aria-label="Next page"
          />
        </div>
      )}
    </div>
  );
}
