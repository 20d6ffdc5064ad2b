import { useId } from 'react';
import './logo.css';

/** The product mark: a shield over a calm sea line. */
export function LogoMark({ size = 32 }: { size?: number }) {
  const gradientId = useId();
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
      className="logo-mark"
    >
      <defs>
        <linearGradient id={gradientId} x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor="#3b82f6" />
          <stop offset="1" stopColor="#1d4ed8" />
        </linearGradient>
      </defs>
      <rect width="32" height="32" rx="8" fill={`url(#${gradientId})`} />
      <path
        d="M16 6.5 9 9.3v5.2c0 4.5 2.9 8.2 7 9.6 4.1-1.4 7-5.1 7-9.6V9.3L16 6.5Z"
        fill="none"
        stroke="#fff"
        strokeWidth="1.9"
        strokeLinejoin="round"
      />
      <path
        d="M11.2 16.4c1.2 0 1.6-.9 2.4-.9s1.2.9 2.4.9 1.6-.9 2.4-.9 1.2.9 2.4.9"
        fill="none"
        stroke="#fff"
        strokeWidth="1.7"
        strokeLinecap="round"
      />
    </svg>
  );
}

/** Mark and name side by side. */
export function Logo({ size = 32, tone = 'default' }: { size?: number; tone?: 'default' | 'inverse' }) {
  return (
    <span className={`logo logo--${tone}`}>
      <LogoMark size={size} />
      <span className="logo__name">Safe Harbor</span>
    </span>
  );
}
