/**
 * The descriptor layer: what a form field is (label, control, options with human labels, help text), written once
 * and used both to build the edit form (react-hook-form over the kind's zod schema) and to read a record back as a
 * card. Names are paths relative to the object the fields sit in.
 */

export interface Option {
  value: string;
  label: string;
  /** A short explanation shown under the option (checkbox groups, scope). */
  hint?: string;
}

interface Base {
  name: string;
  label: string;
  /** Help under the field: what it means and why it matters, in the words of the field. */
  hint?: string;
  /** 'full' spans both columns of a two-column section. */
  span?: 'full';
}

export type FieldSpec =
  | (Base & { kind: 'text'; required?: boolean; placeholder?: string; mono?: boolean })
  | (Base & { kind: 'textarea'; required?: boolean; rows?: number; placeholder?: string })
  | (Base & { kind: 'date'; required?: boolean })
  | (Base & { kind: 'time' })
  | (Base & { kind: 'number'; suffix?: string; step?: number; integer?: boolean })
  | (Base & { kind: 'select'; options: readonly Option[]; optional?: boolean })
  | (Base & { kind: 'tristate' })
  | (Base & { kind: 'checkbox' })
  | (Base & { kind: 'checkboxes'; options: readonly Option[] })
  | (Base & { kind: 'tags'; placeholder?: string; addLabel?: string })
  | (Base & {
      kind: 'array';
      /** What one item is called: "Charge", "Transfer". */
      itemLabel: string;
      fields: readonly FieldSpec[];
      newItem: Record<string, unknown>;
      /** One line for an item on a card. */
      describe?(item: Record<string, unknown>): string;
      /** Items are laid out in this many columns inside their box. */
      columns?: 2 | 3;
    })
  | (Base & { kind: 'group'; fields: readonly FieldSpec[] })
  /** A link to another record of the same dossier (a CCF request → the notice it challenges). */
  | (Base & { kind: 'record'; recordKind: 'interpol' });

export interface SectionSpec {
  title: string;
  description?: string;
  fields: readonly FieldSpec[];
  /** Two columns by default; one for prose-heavy sections. */
  columns?: 1 | 2;
}

export function options<V extends string>(
  labels: Record<V, string>,
  hints?: Partial<Record<V, string>>,
): Option[] {
  return (Object.keys(labels) as V[]).map((value) => ({
    value,
    label: labels[value],
    ...(hints?.[value] ? { hint: hints[value] } : {}),
  }));
}

export const TRISTATE_LABELS = { yes: 'Yes', no: 'No', unknown: 'Unknown' } as const;

export const PROTECTED_GROUND_LABELS = {
  race: 'Race',
  religion: 'Religion',
  nationality: 'Nationality',
  'political-opinion': 'Political opinion',
  'particular-social-group': 'Particular social group',
} as const;
