import { useFormContext } from 'react-hook-form';
import {
  SHARING_SCOPES,
  SHARING_SCOPE_LABELS,
  type SharingScope,
} from '../../../../../shared/dossier/common';

export const SCOPE_EXPLANATIONS: Record<SharingScope, string> = {
  'client-only':
    'Never leaves the vault: left out of every export. For what the client told you in confidence.',
  'counsel-team': 'Co-counsel on the case may receive it. Not the court, the CCF or the public.',
  court: 'May go into filings with the immigration or federal court, and to co-counsel.',
  ccf: 'May be sent to the CCF — and through it can reach INTERPOL and the requesting state’s NCB.',
  public: 'May be published: press, advocacy, statements. Goes into every export.',
};

/** Who may see the record when it leaves the vault: exports are filtered by it. */
export function ScopeField({ name = 'scope', legend = 'Sharing scope' }: { name?: string; legend?: string }) {
  const { register } = useFormContext();
  return (
    <fieldset className="dx-scope-field" data-testid="scope-field">
      <legend className="dx-form-section__title">{legend}</legend>
      <p className="dx-form-section__description">
        Material given to the CCF or to home-country counsel can reach the persecuting state. Exports carry a
        record only to the audiences its scope allows.
      </p>
      <div className="dx-scope-field__options">
        {SHARING_SCOPES.map((scope) => (
          <label key={scope} className={`dx-scope-option dx-scope-option--${scope}`}>
            <input type="radio" value={scope} {...register(name)} />
            <span className="dx-scope-option__text">
              <span className="dx-scope-option__label">{SHARING_SCOPE_LABELS[scope]}</span>
              <span className="dx-scope-option__hint">{SCOPE_EXPLANATIONS[scope]}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
