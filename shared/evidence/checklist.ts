import { z } from 'zod';
import { idSchema, isoDate, requiredText, text } from '../dossier/common';

/**
 * Checklists: templates (versioned: an edit makes a new version) and the instance each client gets from one. Pure
 * schemas and rules; the vault side is db/checklists.ts, the use cases electron/services/checklist-service.ts.
 */

// ---------------------------------------------------------------------------------------------------------------
// Item status
// ---------------------------------------------------------------------------------------------------------------

/** needed → requested → received → translated → filed/served, or not obtainable (with the reason the law asks for). */
export const ITEM_STATUSES = [
  'needed',
  'requested',
  'received',
  'translated',
  'filed',
  'not-obtainable',
] as const;
export const itemStatusSchema = z.enum(ITEM_STATUSES);
export type ItemStatus = z.infer<typeof itemStatusSchema>;

export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = {
  needed: 'Needed',
  requested: 'Requested',
  received: 'Received',
  translated: 'Translated',
  filed: 'Filed / served',
  'not-obtainable': 'Not obtainable',
};

/** Statuses in which the item is in hand (or filed): it no longer counts as missing. */
export const IN_HAND_STATUSES: readonly ItemStatus[] = ['received', 'translated', 'filed'];

/** An item is settled when it is in hand or explained as not obtainable. */
export function isSettled(status: ItemStatus): boolean {
  return status === 'not-obtainable' || IN_HAND_STATUSES.includes(status);
}

/**
 * REAL ID Act corroboration: when evidence the trier of fact expects is missing, the applicant must explain why it
 * cannot reasonably be obtained (INA 208(b)(1)(B)(ii)). The reason is therefore required, and specific.
 */
export const NOT_OBTAINABLE_RULE =
  'INA 208(b)(1)(B)(ii): corroborating evidence that is not produced must be explained — why it cannot reasonably be obtained.';
export const MIN_REASON_LENGTH = 10;
export const notObtainableReasonSchema = z
  .string()
  .trim()
  .min(MIN_REASON_LENGTH, 'Say why it cannot reasonably be obtained (the court will ask).')
  .max(2000, 'Keep this under 2000 characters.');

// ---------------------------------------------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------------------------------------------

const keySchema = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Use lower-case letters, digits and hyphens.');

export const CATEGORY_GROUPS = ['evidence', 'indicators', 'workflow'] as const;
export const categoryGroupSchema = z.enum(CATEGORY_GROUPS);
export type CategoryGroup = z.infer<typeof categoryGroupSchema>;

export const CATEGORY_GROUP_LABELS: Record<CategoryGroup, string> = {
  evidence: 'Evidence',
  indicators: 'Indicators of political motivation',
  workflow: 'Workflow',
};

export const templateCategorySchema = z.object({
  key: keySchema,
  title: requiredText('The category title', 200),
  guidance: z.string().trim().max(4000).default(''),
  group: categoryGroupSchema.default('evidence'),
});
export type TemplateCategory = z.output<typeof templateCategorySchema>;

export const templateItemSchema = z.object({
  key: keySchema,
  category: keySchema,
  title: requiredText('The item', 300),
  guidance: z.string().trim().max(4000).default(''),
});
export type TemplateItem = z.output<typeof templateItemSchema>;

/** What an edit of a template holds: the whole content, saved as a new version. */
export const templateContentSchema = z
  .object({
    name: requiredText('The template name', 200),
    description: z.string().trim().max(2000).default(''),
    categories: z.array(templateCategorySchema).min(1, 'A template needs at least one category.').max(60),
    items: z.array(templateItemSchema).max(600),
  })
  .superRefine((content, ctx) => {
    const categoryKeys = new Set<string>();
    content.categories.forEach((c, index) => {
      if (categoryKeys.has(c.key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['categories', index, 'key'],
          message: 'Category keys are unique.',
        });
      }
      categoryKeys.add(c.key);
    });
    const itemKeys = new Set<string>();
    content.items.forEach((item, index) => {
      if (itemKeys.has(item.key)) {
        ctx.addIssue({ code: 'custom', path: ['items', index, 'key'], message: 'Item keys are unique.' });
      }
      itemKeys.add(item.key);
      if (!categoryKeys.has(item.category)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'category'],
          message: 'The item’s category is not in this template.',
        });
      }
    });
  });
export type TemplateContent = z.output<typeof templateContentSchema>;
export type TemplateContentInput = z.input<typeof templateContentSchema>;

export const templateSchema = z.object({
  id: idSchema,
  version: z.number().int().positive(),
  name: z.string(),
  description: z.string(),
  categories: z.array(templateCategorySchema),
  items: z.array(templateItemSchema),
  createdAt: z.string(),
  /** The template and version this one was copied from, when it was. */
  basedOn: z.object({ id: idSchema, version: z.number().int().positive() }).nullable(),
  builtIn: z.boolean(),
  latestVersion: z.number().int().positive(),
});
export type ChecklistTemplate = z.output<typeof templateSchema>;

export const templateSummarySchema = z.object({
  id: idSchema,
  version: z.number().int().positive(),
  name: z.string(),
  description: z.string(),
  categoryCount: z.number().int().nonnegative(),
  itemCount: z.number().int().nonnegative(),
  createdAt: z.string(),
  builtIn: z.boolean(),
  /** How many checklists were made from any version of it. */
  instances: z.number().int().nonnegative(),
});
export type TemplateSummary = z.output<typeof templateSummarySchema>;

// ---------------------------------------------------------------------------------------------------------------
// Instances
// ---------------------------------------------------------------------------------------------------------------

/** A due date is typed in, or follows one of the dossier's computed deadlines (and moves when it moves). */
export const dueInputSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('none') }),
  z.object({ mode: z.literal('date'), date: isoDate }),
  z.object({ mode: z.literal('deadline'), key: z.string().trim().min(1).max(200) }),
]);
export type DueInput = z.output<typeof dueInputSchema>;

export const dueSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('none') }),
  z.object({ mode: z.literal('date'), date: isoDate }),
  z.object({
    mode: z.literal('deadline'),
    key: z.string(),
    /** The deadline's current date; null when the dossier no longer computes it (the hearing was held, say). */
    date: isoDate.nullable(),
    title: z.string().nullable(),
  }),
]);
export type Due = z.output<typeof dueSchema>;

export function dueDate(due: Due): string | null {
  return due.mode === 'none' ? null : due.date;
}

export const checklistItemSchema = z.object({
  id: idSchema,
  checklistId: idSchema,
  key: z.string().nullable(),
  category: z.string(),
  title: z.string(),
  guidance: z.string(),
  status: itemStatusSchema,
  notObtainableReason: z.string().nullable(),
  due: dueSchema,
  responsiblePartyId: idSchema.nullable(),
  note: z.string(),
  evidenceIds: z.array(idSchema),
  updatedAt: z.string(),
  revision: z.number().int().positive(),
});
export type ChecklistItem = z.output<typeof checklistItemSchema>;

export const checklistSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  name: z.string(),
  templateId: idSchema,
  templateVersion: z.number().int().positive(),
  /** The template's latest version, so the screen can say "made from version 2 of 3". */
  templateLatestVersion: z.number().int().positive(),
  createdAt: z.string(),
  categories: z.array(templateCategorySchema),
  items: z.array(checklistItemSchema),
});
export type Checklist = z.output<typeof checklistSchema>;

/** One change to an item; every field is optional, and the item's revision guards against lost updates. */
export const itemPatchSchema = z
  .object({
    status: itemStatusSchema.optional(),
    notObtainableReason: z.string().trim().max(2000).optional(),
    due: dueInputSchema.optional(),
    responsiblePartyId: idSchema.nullable().optional(),
    note: text(4000),
  })
  .superRefine((patch, ctx) => {
    if (patch.status === 'not-obtainable') {
      const reason = notObtainableReasonSchema.safeParse(patch.notObtainableReason ?? '');
      if (!reason.success) {
        ctx.addIssue({
          code: 'custom',
          path: ['notObtainableReason'],
          message: reason.error.issues[0]?.message ?? 'A reason is required.',
        });
      }
    }
  });
export type ItemPatch = z.output<typeof itemPatchSchema>;
export type ItemPatchInput = z.input<typeof itemPatchSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Progress and the next hearing
// ---------------------------------------------------------------------------------------------------------------

export interface Progress {
  total: number;
  /** Received, translated or filed. */
  inHand: number;
  filed: number;
  requested: number;
  needed: number;
  notObtainable: number;
  /** In hand or explained: what no longer needs chasing, as a share of the total (0 when empty). */
  settledRatio: number;
}

export function progressOf(items: readonly Pick<ChecklistItem, 'status'>[]): Progress {
  const count = (statuses: readonly ItemStatus[]) => items.filter((i) => statuses.includes(i.status)).length;
  const inHand = count(IN_HAND_STATUSES);
  const notObtainable = count(['not-obtainable']);
  return {
    total: items.length,
    inHand,
    filed: count(['filed']),
    requested: count(['requested']),
    needed: count(['needed']),
    notObtainable,
    settledRatio: items.length === 0 ? 0 : (inHand + notObtainable) / items.length,
  };
}

export interface CategoryProgress {
  category: TemplateCategory;
  items: ChecklistItem[];
  progress: Progress;
}

/** Items grouped by the checklist's categories, in the template's order, with progress per category. */
export function groupByCategory(checklist: Pick<Checklist, 'categories' | 'items'>): CategoryProgress[] {
  return checklist.categories.map((category) => {
    const items = checklist.items.filter((i) => i.category === category.key);
    return { category, items, progress: progressOf(items) };
  });
}

/**
 * What is still missing for a hearing: not in hand, not explained as not obtainable, and due on or before the
 * hearing date. Sorted by due date.
 */
export function missingForHearing(items: readonly ChecklistItem[], hearingDate: string): ChecklistItem[] {
  return items
    .filter((i) => !isSettled(i.status))
    .filter((i) => {
      const date = dueDate(i.due);
      return date !== null && date <= hearingDate;
    })
    .sort((a, b) => (dueDate(a.due) ?? '').localeCompare(dueDate(b.due) ?? ''));
}

export const nextHearingSchema = z.object({
  recordId: idSchema,
  date: isoDate,
  kind: z.enum(['master', 'individual', 'bond', 'other']),
  court: z.string().nullable(),
});
export type NextHearing = z.output<typeof nextHearingSchema>;

export const missingForHearingSchema = z.object({
  hearing: nextHearingSchema.nullable(),
  items: z.array(checklistItemSchema),
  /** Open items with no due date at all: they cannot be placed before the hearing, so they are counted apart. */
  undatedOpen: z.number().int().nonnegative(),
});
export type MissingForHearing = z.output<typeof missingForHearingSchema>;
