import type { ReactNode } from 'react';
import { AlertOctagonIcon, AlertTriangleIcon, CheckCircleIcon, InfoIcon } from './icons';
import './alert.css';

export type AlertTone = 'info' | 'success' | 'warning' | 'danger';

interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  /**
   * 'alert' for errors that must interrupt (announced at once), 'status' for calm notices (announced politely);
   * none for text that is simply part of the page.
   */
  role?: 'alert' | 'status';
  className?: string;
  actions?: ReactNode;
}

const ICONS = {
  info: InfoIcon,
  success: CheckCircleIcon,
  warning: AlertTriangleIcon,
  danger: AlertOctagonIcon,
} as const;

export function Alert({ tone = 'info', title, children, role, className, actions }: AlertProps) {
  const Icon = ICONS[tone];
  return (
    <div className={['alert', `alert--${tone}`, className].filter(Boolean).join(' ')} role={role}>
      <Icon className="alert__icon" size={18} />
      <div className="alert__body">
        {title && <p className="alert__title">{title}</p>}
        {children && <div className="alert__text">{children}</div>}
        {actions && <div className="alert__actions">{actions}</div>}
      </div>
    </div>
  );
}
