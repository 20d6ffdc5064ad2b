import { type ReactNode, useEffect, useId, useRef } from 'react';
import { XIcon } from '../../../ui/icons';
import './modal.css';

interface ModalProps {
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  /** Esc, the close button and the backdrop ask here; the owner decides (a job may be running). */
  onRequestClose(): void;
  size?: 'sm' | 'md' | 'lg';
  tone?: 'default' | 'danger';
  testId?: string;
  /** A selector for the element to focus on open; otherwise the browser's choice (the first focusable one). */
  initialFocus?: string;
}

/**
 * A modal on the native <dialog> element: the top layer, the inert page behind, focus kept inside and Esc come from
 * the browser, and no inline <style> is needed (the app's CSP allows none). Focus returns to the opener on close.
 */
export function Modal({
  title,
  description,
  children,
  footer,
  onRequestClose,
  size = 'md',
  tone = 'default',
  testId,
  initialFocus,
}: ModalProps) {
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
    if (initialFocus) dialog.querySelector<HTMLElement>(initialFocus)?.focus();
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
  }, [initialFocus]);

  return (
    <dialog
      ref={ref}
      className={`sh-modal sh-modal--${size} sh-modal--${tone}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      data-testid={testId}
    >
      <div className="sh-modal__frame">
        <header className="sh-modal__header">
          <div className="sh-modal__heading">
            <h2 id={titleId} className="sh-modal__title">
              {title}
            </h2>
            {description && (
              <p id={descriptionId} className="sh-modal__description">
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
        <div className="sh-modal__body">{children}</div>
        {footer && <footer className="sh-modal__footer">{footer}</footer>}
      </div>
    </dialog>
  );
}
