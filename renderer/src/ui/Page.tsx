import { type ReactNode, useEffect, useRef } from 'react';
import './page.css';

interface PageProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  /** For tests and for the page's landmark name. */
  testId?: string;
}

/**
 * One section's page: a heading that takes focus when the page opens (so screen readers announce the change and
 * Tab continues from the top of the page), an optional description and the content.
 */
export function Page({ title, description, actions, children, testId }: PageProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div className="page" data-testid={testId}>
      <header className="page__header">
        <div className="page__heading">
          <h1 ref={headingRef} tabIndex={-1} className="page__title">
            {title}
          </h1>
          {description && <p className="page__description">{description}</p>}
        </div>
        {actions && <div className="page__actions">{actions}</div>}
      </header>
      <div className="page__content">{children}</div>
    </div>
  );
}
