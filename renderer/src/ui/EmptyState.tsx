import type { ReactNode } from 'react';
import './empty-state.css';

interface EmptyStateProps {
  icon: ReactNode;
  title: ReactNode;
  children: ReactNode;
  /** What the section will hold, one short line each. */
  points?: readonly { title: string; text: string }[];
  footnote?: ReactNode;
}

/** What a section is for, shown while it has nothing in it. Honest: no sample data. */
export function EmptyState({ icon, title, children, points, footnote }: EmptyStateProps) {
  return (
    <div className="empty-state" data-testid="empty-state">
      <div className="empty-state__icon">{icon}</div>
      <h2 className="empty-state__title">{title}</h2>
      <div className="empty-state__text">{children}</div>
      {points && (
        <ul className="empty-state__points">
          {points.map((point) => (
            <li key={point.title}>
              <strong>{point.title}</strong>
              <span>{point.text}</span>
            </li>
          ))}
        </ul>
      )}
      {footnote && <p className="empty-state__footnote">{footnote}</p>}
    </div>
  );
}
