import { displayName, initials } from '../../../../shared/dossier/client';
import { usePrivacyStore } from './privacy-store';

interface ClientNameProps {
  familyName: string;
  givenNames: string;
  /** 'display': "VOLKOV, Aleksei"; 'natural': "Aleksei Volkov". */
  format?: 'display' | 'natural';
}

/**
 * Every client name on screen goes through here, so privacy mode can turn all of them into initials at once. The
 * full name stays out of the DOM while privacy mode is on (not merely hidden with CSS).
 */
export function ClientName({ familyName, givenNames, format = 'display' }: ClientNameProps) {
  const privacy = usePrivacyStore((state) => state.enabled);
  if (privacy) {
    return (
      <span className="client-name client-name--private" title="Privacy mode: names are shown as initials">
        {initials({ familyName, givenNames })}
      </span>
    );
  }
  return (
    <span className="client-name">
      {format === 'display' ? displayName({ familyName, givenNames }) : `${givenNames} ${familyName}`}
    </span>
  );
}

/** For places that need a string (window titles, aria-labels): the same rule as ClientName. */
export function useClientLabel(): (name: { familyName: string; givenNames: string }) => string {
  const privacy = usePrivacyStore((state) => state.enabled);
  return (name) => (privacy ? initials(name) : displayName(name));
}
