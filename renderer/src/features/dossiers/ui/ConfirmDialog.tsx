import type { ReactNode } from 'react';
import { Button } from '../../../ui/Button';
import { Modal } from './Modal';

interface ConfirmDialogProps {
  title: ReactNode;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  tone?: 'danger' | 'primary';
  pending?: boolean;
  confirmDisabled?: boolean;
  onConfirm(): void;
  onCancel(): void;
  testId?: string;
}

/** A yes/no question in a small modal. The safe answer (cancel) has the focus first. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  tone = 'primary',
  pending = false,
  confirmDisabled = false,
  onConfirm,
  onCancel,
  testId,
}: ConfirmDialogProps) {
  return (
    <Modal
      size="sm"
      title={title}
      onRequestClose={onCancel}
      testId={testId}
      initialFocus="[data-autofocus]"
      footer={
        <>
          <Button variant="ghost" onClick={onCancel} data-autofocus>
            {cancelLabel}
          </Button>
          <Button
            variant={tone === 'danger' ? 'danger' : 'primary'}
            pending={pending}
            disabled={confirmDisabled}
            onClick={onConfirm}
          >
            {confirmLabel}
          </Button>
        </>
      }
    >
      <div className="dx-confirm-dialog__body">{children}</div>
    </Modal>
  );
}
