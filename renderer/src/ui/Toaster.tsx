import { Toast } from 'radix-ui';
import { useToastStore } from './toast-store';
import { AlertOctagonIcon, CheckCircleIcon, InfoIcon, XIcon } from './icons';
import './toast.css';

const ICONS = { success: CheckCircleIcon, info: InfoIcon, danger: AlertOctagonIcon } as const;

/** Renders the toast queue with Radix Toast (announced politely, F8 moves focus to them, Escape closes). */
export function Toaster() {
  const toasts = useToastStore((state) => state.toasts);
  const dismiss = useToastStore((state) => state.dismiss);
  return (
    <Toast.Provider label="Notification" duration={6000}>
      {toasts.map((toast) => {
        const Icon = ICONS[toast.tone];
        return (
          <Toast.Root
            key={toast.id}
            className={`toast toast--${toast.tone}`}
            onOpenChange={(open) => {
              if (!open) dismiss(toast.id);
            }}
          >
            <Icon className="toast__icon" size={18} />
            <div className="toast__body">
              <Toast.Title className="toast__title">{toast.title}</Toast.Title>
              {toast.description && (
                <Toast.Description className="toast__description">{toast.description}</Toast.Description>
              )}
            </div>
            <Toast.Close className="icon-button toast__close" aria-label="Dismiss">
              <XIcon size={16} />
            </Toast.Close>
          </Toast.Root>
        );
      })}
      <Toast.Viewport className="toast-viewport" />
    </Toast.Provider>
  );
}
