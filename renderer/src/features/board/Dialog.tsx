import { type ReactNode, useEffect, useId, useRef } from 'react';
import { XIcon } from '../../ui/icons';

interface DialogProps {
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  /** Esc, the close button and a press on the backdrop all ask here; the owner decides. */
  onRequestClose(): void;
  size?: 'sm' | 'md' | 'lg';
  testId?: string;
}

/**
 * The board's dialogs, on the native <dialog> element: the browser gives the top layer, the inert page behind, focus
 * containment and Esc, with no injected <style> (which the app's `style-src 'self'` would refuse). Focus goes back
 * to the element that opened it.
 */
export function Dialog({
  title,
  description,
  children,
  footer,
  onRequestClose,
  size = 'md',
  testId,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const onCloseRef = useRef(onRequestClose);
  useEffect(() => {
    onCloseRef.current = onRequestClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    const onCancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`board-dialog board-dialog--${size}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      data-testid={testId}
      onMouseDown={(event) => {
        if (event.target === ref.current) onCloseRef.current();
      }}
    >
      <div className="board-dialog__frame">
        <header className="board-dialog__header">
          <div className="board-dialog__heading">
            <h2 id={titleId} className="board-dialog__title">
              {title}
            </h2>
            {description && (
              <p id={descriptionId} className="board-dialog__description">
                {description}
              </p>
            )}
          </div>
          <button
            type="button"
            className="icon-button"
            aria-label="Close"
            onClick={() => onCloseRef.current()}
          >
            <XIcon size={18} />
          </button>
        </header>
        <div className="board-dialog__body">{children}</div>
        {footer && <footer className="board-dialog__footer">{footer}</footer>}
      </div>
    </dialog>
  );
}
