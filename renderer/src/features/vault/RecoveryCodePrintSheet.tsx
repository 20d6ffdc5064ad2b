import { createPortal } from 'react-dom';
import { LogoMark } from '../../ui/Logo';
import { RECOVERY_INSTRUCTIONS, formatCreatedOn } from './recovery-code-export';
import { RecoveryCodeDisplay } from './RecoveryCodeDisplay';

/**
 * What "Print" puts on paper. Rendered straight into <body>, beside the app root, so the print stylesheet can
 * hide everything else and print only this sheet.
 */
export function RecoveryCodePrintSheet({ code, createdOn }: { code: string; createdOn: Date }) {
  return createPortal(
    <section className="print-only print-sheet" aria-hidden="true">
      <header className="print-sheet__header">
        <LogoMark size={28} />
        <div>
          <p className="print-sheet__product">Safe Harbor</p>
          <h1 className="print-sheet__title">Vault recovery code</h1>
        </div>
      </header>
      <RecoveryCodeDisplay code={code} />
      <p className="print-sheet__date">Created on {formatCreatedOn(createdOn)}</p>
      <ul className="print-sheet__instructions">
        {RECOVERY_INSTRUCTIONS.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="print-sheet__storage">Stored at: ________________________________________</p>
    </section>,
    document.body,
  );
}
