import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { estimateStrength } from './passphrase-strength';
import './strength-meter.css';

const SEGMENTS = 4;

type Estimator = typeof estimateStrength;

/** zxcvbn and its dictionaries are most of the bundle's weight: loaded only when a meter is first shown. */
let estimatorPromise: Promise<Estimator> | null = null;
function loadEstimator(): Promise<Estimator> {
  estimatorPromise ??= import('./passphrase-strength').then((module) => module.estimateStrength);
  return estimatorPromise;
}

function useEstimator(): Estimator | null {
  const [estimator, setEstimator] = useState<Estimator | null>(null);
  useEffect(() => {
    let active = true;
    void loadEstimator().then((loaded) => {
      if (active) setEstimator(() => loaded);
    });
    return () => {
      active = false;
    };
  }, []);
  return estimator;
}

/**
 * How hard the passphrase is to guess. Advice only: the rule that is enforced (and shared with the CLI) is
 * `passphraseProblem`. The estimate runs on a deferred value so typing stays smooth.
 */
export function StrengthMeter({ passphrase }: { passphrase: string }) {
  const estimate = useEstimator();
  const deferred = useDeferredValue(passphrase);
  const strength = useMemo(() => (estimate && deferred ? estimate(deferred) : null), [estimate, deferred]);
  const filled = strength ? Math.max(1, strength.score) : 0;
  const advice = strength?.warning ?? (strength && strength.score < 3 ? strength.suggestion : null);

  return (
    <div className="strength" data-score={strength?.score ?? 'none'} data-testid="strength-meter">
      <div className="strength__bars" aria-hidden="true">
        {Array.from({ length: SEGMENTS }, (_, i) => (
          <span key={i} className={i < filled ? 'strength__bar strength__bar--on' : 'strength__bar'} />
        ))}
      </div>
      {/* Always in the DOM, so the live region exists before its first announcement. */}
      <p className="strength__text" aria-live="polite">
        {deferred && (
          <span className="strength__label">
            Strength: <strong>{strength ? strength.label : 'checking…'}</strong>
          </span>
        )}
        {advice && <span className="strength__advice">{advice}</span>}
      </p>
    </div>
  );
}
