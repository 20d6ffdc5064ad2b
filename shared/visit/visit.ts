import { z } from 'zod';
import { idSchema, sharingScopeSchema } from '../dossier/common';

/**
 * Visit capture: a detention-centre or interview visit, taken down as it happens and filed into the dossier as one
 * note record plus its structured statements (who said what, in which language, through which interpreter).
 */

const timestamp = z.iso.datetime({ offset: true });

export const statementSchema = z.object({
  id: idSchema,
  /** When it was said (the time it was logged). */
  at: timestamp,
  text: z
    .string()
    .trim()
    .min(1, 'Write down what was said.')
    .max(5000, 'Keep one statement under 5,000 characters.'),
  language: z.string().trim().min(1, 'Say in which language it was said.').max(80),
  /** The interpreter's name; empty when the client spoke without one. */
  interpreter: z.string().trim().max(200).default(''),
});
export type Statement = z.output<typeof statementSchema>;
export type StatementInput = z.input<typeof statementSchema>;

export const visitQuestionSchema = z.object({
  id: z.string().min(1).max(120),
  text: z.string().trim().min(1).max(500),
  done: z.boolean().default(false),
  /** Where the question came from: the dossier's open checklist items or the visit's own list. */
  source: z.enum(['checklist', 'visit']).default('visit'),
});
export type VisitQuestion = z.output<typeof visitQuestionSchema>;

/** The visit as the screen holds it: saved as a draft while it runs, filed at the end. */
export const visitDraftSchema = z.object({
  startedAt: timestamp,
  /** Seconds the timer ran (a paused timer does not count). */
  elapsedSeconds: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 3600),
  place: z.string().trim().max(200).default(''),
  notes: z.string().max(40_000, 'Keep the notes under 40,000 characters.').default(''),
  questions: z.array(visitQuestionSchema).max(300).default([]),
  statements: z.array(statementSchema).max(1000).default([]),
  /** The last language and interpreter used, so the next statement starts with them. */
  language: z.string().trim().max(80).default(''),
  interpreter: z.string().trim().max(200).default(''),
});
export type VisitDraft = z.output<typeof visitDraftSchema>;
export type VisitDraftInput = z.input<typeof visitDraftSchema>;

export const fileVisitSchema = visitDraftSchema
  .extend({
    endedAt: timestamp,
    scope: sharingScopeSchema.default('counsel-team'),
  })
  .superRefine((visit, ctx) => {
    // Each statement is its own row: an id given twice would make the second overwrite, or fail, the first.
    const seen = new Set<string>();
    for (const [index, statement] of visit.statements.entries()) {
      if (seen.has(statement.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['statements', index, 'id'],
          message: 'This statement is already in the visit (the same id twice).',
        });
        return;
      }
      seen.add(statement.id);
    }
  });
export type FileVisitInput = z.input<typeof fileVisitSchema>;
export type FiledVisit = z.output<typeof fileVisitSchema>;

/** A filed visit as it travels in a case bundle, tied to its note record. */
export const visitExportSchema = z.object({
  id: idSchema,
  noteId: idSchema,
  startedAt: z.string(),
  endedAt: z.string(),
  elapsedSeconds: z.number().int().min(0),
  place: z.string().max(200),
  questions: z.array(visitQuestionSchema).max(300),
  statements: z.array(statementSchema).max(1000),
});
export type VisitExport = z.output<typeof visitExportSchema>;

/** Asked at most visits, whatever the case: the list used when the dossier has no open checklist items. */
export const DEFAULT_VISIT_QUESTIONS: readonly string[] = [
  'Health, medication and treatment in custody',
  'Transfers, or notice of a transfer',
  'Documents served by ICE or the court since the last visit',
  'Contact with the consulate or anyone from the home country',
  'Threats or pressure on family at home',
  'Interpreter needs for the next hearing',
  'Witnesses and documents the client can name',
];

export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

function clock(iso: string): string {
  return iso.slice(11, 16);
}

const NOTE_MAX_CHARS = 50_000;
const TITLE_MAX_CHARS = 200;

/**
 * The note's title and body: a readable account of the visit, so the dossier shows it like any other note. Times are
 * written as the renderer sent them (local time with its offset), so the note reads in the visit's own hours.
 */
export function visitNote(visit: FiledVisit): { title: string; body: string; date: string } {
  const date = visit.startedAt.slice(0, 10);
  const title = (visit.place ? `Visit — ${visit.place}` : 'Client visit').slice(0, TITLE_MAX_CHARS);
  const lines: string[] = [
    `Visit on ${date}, ${clock(visit.startedAt)}–${clock(visit.endedAt)}${visit.startedAt.endsWith('Z') ? ' UTC' : ''}` +
      `${visit.place ? ` at ${visit.place}` : ''} (${formatDuration(visit.elapsedSeconds)} on the timer).`,
  ];
  if (visit.notes.trim()) lines.push('', 'Notes', visit.notes.trim());
  // A note holds 50,000 characters; the questions and statements are kept whole beside it in any case, so what
  // does not fit is counted instead of written (the 200 keep room for that line and the next heading).
  let length = lines.join('\n').length;
  const fits = (line: string): boolean => length + line.length + 200 <= NOTE_MAX_CHARS;
  const add = (line: string): void => {
    lines.push(line);
    length += line.length + 1;
  };
  const section = <T>(heading: string, items: readonly T[], format: (item: T) => string, rest: string) => {
    if (items.length === 0) return;
    add('');
    add(heading);
    for (const [index, item] of items.entries()) {
      const line = format(item);
      if (!fits(line)) {
        add(`… and ${items.length - index} more, ${rest}.`);
        return;
      }
      add(line);
    }
  };
  section(
    'Questions',
    visit.questions,
    (q) => `[${q.done ? 'x' : ' '}] ${q.text}`,
    'kept with the visit’s questions',
  );
  section(
    `Statements (${visit.statements.length})`,
    visit.statements,
    (s) =>
      `${clock(s.at)} — ${s.language}, ${s.interpreter ? `interpreted by ${s.interpreter}` : 'no interpreter'}: “${s.text}”`,
    'kept in full with the visit’s statements',
  );
  return { title, body: lines.join('\n'), date };
}
