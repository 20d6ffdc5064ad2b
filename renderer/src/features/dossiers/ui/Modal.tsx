import { type ReactNode, useEffect, useId, useRef } from 'react';
import { XIcon } from '../../../ui/icons';
import './modal.css';

interface ModalProps {
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  /** Esc, the close button and a click on the backdrop all ask here first; the owner decides (unsaved changes). */
  onRequestClose(): void;
  size?: 'sm' | 'md' | 'lg';
  testId?: string;
  /** The element to focus on open; otherwise the first focusable one inside. */
  initialFocus?: string;
}

/**
 * A modal dialog on the native <dialog> element: the browser gives the top layer, the inert page behind, focus
 * containment and the Esc key. (Radix Dialog's scroll lock injects a <style> element, which the app's
 * `style-src 'self'` policy refuses; the native element needs none.)
 */
export function Modal({
  title,
  description,
  children,
  footer,
  onRequestClose,
  size = 'md',
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
    const target = initialFocus ? dialog.querySelector<HTMLElement>(initialFocus) : null;
    target?.focus();
    const onCancel = (event: Event) => {
      // Esc: never close on our own; the owner may have unsaved changes to confirm.
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
      className={`dx-modal dx-modal--${size}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      data-testid={testId}
      onMouseDown={(event) => {
        // A press on the backdrop (the dialog element itself, outside its content box).
        if (event.target === ref.current) onCloseRef.current();
      }}
    >
      <div className="dx-modal__frame">
        <header className="dx-modal__header">
          <div className="dx-modal__heading">
            <h2 id={titleId} className="dx-modal__title">
              {title}
            </h2>
            {description && (
              <p id={descriptionId} className="dx-modal__description">
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
        <div className="dx-modal__body">{children}</div>
        {footer && <footer className="dx-modal__footer">{footer}</footer>}
      </div>
    </dialog>
  );
}
