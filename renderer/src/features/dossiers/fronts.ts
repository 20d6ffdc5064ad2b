import { FRONTS, FRONT_LABELS, type Front } from '../../../../shared/dossier/records';

export { FRONTS, FRONT_LABELS };
export type { Front };

/** Short names for chips and lanes, where the full label would not fit. */
export const FRONT_SHORT_LABELS: Record<Front, string> = {
  immigration: 'Immigration',
  custody: 'Custody',
  interpol: 'INTERPOL',
  extradition: 'Extradition',
  'home-country': 'Home country',
  persecution: 'Persecution',
  counsel: 'Parties',
};

/** What each front section holds, under its heading. */
export const FRONT_DESCRIPTIONS: Record<Front, string> = {
  immigration:
    'Status and removal proceedings: entry and last arrival, the NTA, the asylum application, hearings, decisions and FOIA requests.',
  custody:
    'Arrests and detention: the stated basis (a Red Notice alone?), ICE Directive 15006.1 safeguards, bond and release.',
  interpol:
    'Red Notices and diffusions with their charges and compliance flags, and the requests to the Commission for the Control of INTERPOL’s Files.',
  extradition:
    'The U.S. extradition track: provisional arrest and the treaty window, the 18 U.S.C. 3184 hearing, commitment, habeas and surrender.',
  'home-country':
    'The prosecution in the requesting state: charges, stage, in-absentia judgments, and the indicators that it is politically motivated.',
  persecution:
    'What was done to the client and by whom: acts, perpetrators, witnesses, nexus to a protected ground.',
  counsel: 'Everyone working on the case, and notes of interviews, calls and strategy.',
};
