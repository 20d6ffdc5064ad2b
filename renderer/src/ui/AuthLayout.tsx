import type { ReactNode, Ref } from 'react';
import { Logo } from './Logo';
import { LockIcon, ShieldCheckIcon, WifiOffIcon } from './icons';
import './auth-layout.css';

const PROMISES = [
  {
    Icon: ShieldCheckIcon,
    title: 'Encrypted on this computer',
    text: 'The whole vault is encrypted with AES-256. Its key is derived from your passphrase with Argon2id.',
  },
  {
    Icon: WifiOffIcon,
    title: 'Offline by design',
    text: 'Safe Harbor never connects to a server. There is no account, no cloud and no telemetry.',
  },
  {
    Icon: LockIcon,
    title: 'Locks itself',
    text: 'After a few minutes without activity, when the computer sleeps and when the screen locks.',
  },
] as const;

interface AuthLayoutProps {
  children: ReactNode;
  /** The recovery code needs more room than a passphrase form. */
  width?: 'narrow' | 'wide';
  testId?: string;
}

/** The frame of every screen shown while the vault is closed: the product's promises on the left, the task on the right. */
export function AuthLayout({ children, width = 'narrow', testId }: AuthLayoutProps) {
  return (
    <div className="auth-layout" data-testid={testId}>
      <aside className="auth-brand" aria-label="About Safe Harbor">
        <Logo tone="inverse" size={34} />
        <div className="auth-brand__pitch">
          <p className="auth-brand__headline">Case files for Red Notice defence, kept under your control.</p>
          <ul className="auth-brand__promises">
            {PROMISES.map(({ Icon, title, text }) => (
              <li key={title}>
                <span className="auth-brand__promise-icon">
                  <Icon size={18} />
                </span>
                <span>
                  <strong>{title}</strong>
                  <span>{text}</span>
                </span>
              </li>
            ))}
          </ul>
        </div>
        <p className="auth-brand__footnote">For immigration, asylum and extradition counsel.</p>
      </aside>
      <main className="auth-main">
        <div className={`auth-main__content auth-main__content--${width}`}>{children}</div>
      </main>
    </div>
  );
}

/** The heading block at the top of an auth screen. */
export function AuthHeader({
  eyebrow,
  title,
  children,
  headingRef,
}: {
  eyebrow?: ReactNode;
  title: ReactNode;
  children?: ReactNode;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  return (
    <header className="auth-header">
      {eyebrow && <p className="auth-header__eyebrow">{eyebrow}</p>}
      <h1 className="auth-header__title" ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {title}
      </h1>
      {children && <div className="auth-header__lead">{children}</div>}
    </header>
  );
}
