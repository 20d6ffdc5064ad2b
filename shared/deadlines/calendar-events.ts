import { initials } from '../dossier/client';
import type { CalendarPrivacy } from './contract';
import { CUSTOM_ORIGIN_LABELS } from './custom';
import type { CustomDeadlineOrigin } from './engine';
import type { Front } from './rules';

/**
 * The words of a calendar event, by the privacy the attorney chose. Calendars sync to clouds, so 'code' (the
 * default) names no one: a case code and the rule — or, for a deadline the attorney entered, only where its date
 * came from, since its own title may hold a name. 'initials' adds the client's initials and the title; 'full' the
 * client's name, the title and the attorney's note.
 */

export const FRONT_WORDS: Readonly<Record<Front, string>> = {
  immigration: 'immigration',
  custody: 'custody',
  interpol: 'INTERPOL & CCF',
  extradition: 'extradition',
  advocacy: 'advocacy',
};

/** A short, stable code for a case that names no one ("Case 3F9A2C1B"), shown on the dossier to match calendars. */
export function caseCode(clientId: string): string {
  return `Case ${clientId
    .replace(/[^0-9a-f]/gi, '')
    .slice(0, 8)
    .toUpperCase()}`;
}

export interface CalendarEventSource {
  client: { id: string; familyName: string; givenNames: string };
  title: string;
  front: Front;
  rule: { title: string; source: string; watch: boolean } | null;
  custom: { origin: CustomDeadlineOrigin; source?: string; note?: string } | null;
}

export function calendarEventText(
  privacy: CalendarPrivacy,
  event: CalendarEventSource,
): { summary: string; description: string } {
  const lines: string[] = [];
  let what: string;
  if (event.rule) {
    what = privacy === 'code' ? event.rule.title : event.title;
    lines.push(`Rule: ${event.rule.source}.`);
    if (event.rule.watch) lines.push('A date another body must meet: watch it.');
    lines.push('Computed by Safe Harbor from the dates of the case: check it against the source.');
  } else {
    const origin = event.custom?.origin ?? 'other';
    what = privacy === 'code' ? `${CUSTOM_ORIGIN_LABELS[origin]} (${FRONT_WORDS[event.front]})` : event.title;
    if (privacy !== 'code' && event.custom?.source) lines.push(`Source: ${event.custom.source}.`);
    if (privacy === 'full' && event.custom?.note) lines.push(event.custom.note);
    lines.push('Entered in Safe Harbor.');
  }
  const who =
    privacy === 'full'
      ? `${event.client.familyName.toUpperCase()}, ${event.client.givenNames}`
      : privacy === 'initials'
        ? initials(event.client)
        : caseCode(event.client.id);
  return { summary: `${who} — ${what}`, description: lines.join('\n') };
}
