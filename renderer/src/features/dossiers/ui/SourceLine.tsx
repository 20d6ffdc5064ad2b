import { useState } from 'react';
import { BookIcon, CheckIcon, CopyIcon } from '../../../ui/icons';

/**
 * A legal source with its address as plain text. The app is offline and never opens links; the address can be
 * copied to look it up elsewhere.
 */
export function SourceLine({ source, url }: { source: string; url: string }) {
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard
      ?.writeText(url)
      .then(() => {
        setCopied(true);
        window.setTimeout(() => setCopied(false), 1600);
      })
      .catch(() => undefined);
  };
  return (
    <div className="dx-source-line">
      <BookIcon size={14} className="dx-source-line__icon" />
      <span className="dx-source-line__citation">{source}</span>
      <span className="dx-source-line__url" title="Offline: copy the address to open it elsewhere">
        {url}
      </span>
      <button
        type="button"
        className="dx-source-line__copy"
        onClick={copy}
        aria-label={copied ? 'Address copied' : 'Copy the source address'}
      >
        {copied ? <CheckIcon size={13} /> : <CopyIcon size={13} />}
        {copied ? 'Copied' : 'Copy'}
      </button>
    </div>
  );
}
