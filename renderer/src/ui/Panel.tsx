import type { ReactNode } from 'react';
import './panel.css';

interface PanelProps {
  title: ReactNode;
  description?: ReactNode;
  icon?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  /** Used for aria-labelledby and as a hook for tests. */
  id: string;
}

/** A titled section on a page, such as one group of settings. */
export function Panel({ title, description, icon, children, footer, id }: PanelProps) {
  const titleId = `${id}-title`;
  return (
    <section className="panel" aria-labelledby={titleId} data-testid={id}>
      <header className="panel__header">
        {icon && <span className="panel__icon">{icon}</span>}
        <div className="panel__heading">
          <h2 id={titleId} className="panel__title">
            {title}
          </h2>
          {description && <p className="panel__description">{description}</p>}
        </div>
      </header>
      {children && <div className="panel__body">{children}</div>}
      {footer && <footer className="panel__footer">{footer}</footer>}
    </section>
  );
}
