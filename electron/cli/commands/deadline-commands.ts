import type { z } from 'zod';
import { calendarPrivacySchema } from '../../../shared/deadlines/contract';
import { customDeadlineInputSchema, ownerSchema, reminderDaysSchema } from '../../../shared/deadlines/custom';
import { isoDate, idSchema } from '../../../shared/dossier/common';
import type { Deadline } from '../../../shared/deadlines/engine';
import type { Dossier } from '../../../shared/dossier/dossier';
import { type CliCommand, type CliContext, emit } from '../command';
import { openServices } from '../open-services';
import { UsageError } from '../usage-error';

/**
 * The docket on the command line: add a deadline the court set, mark one done or not applicable, reopen or assign
 * it, and export open deadlines as an .ics calendar.
 */

function flag(ctx: CliContext, name: string): string | undefined {
  const value = ctx.flags[name];
  return typeof value === 'string' ? value : undefined;
}

function required(ctx: CliContext, name: string): string {
  const value = flag(ctx, name);
  if (!value) throw new UsageError(`--${name} is required.`);
  return value;
}

/** A flag's value checked by the same schema the app uses; the message names the flag. */
function parsed<S extends z.ZodType>(schema: S, value: unknown, name: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new UsageError(`--${name}: ${result.error.issues[0]?.message ?? 'not valid'}`);
}

function clientId(ctx: CliContext): string {
  return parsed(idSchema, required(ctx, 'client'), 'client');
}

/** One deadline as the commands print it (JSON) — the same fields as `deadlines --json`. */
function deadlineJson(clientIdValue: string, d: Deadline) {
  return {
    clientId: clientIdValue,
    key: d.key,
    kind: d.kind,
    ruleId: d.ruleId,
    title: d.title,
    dueDate: d.dueDate,
    status: d.status,
    owner: d.owner ?? null,
    source: d.source,
    ...(d.rolled ? { rolled: d.rolled } : {}),
    ...(d.resolution ? { resolution: d.resolution } : {}),
  };
}

function deadlineLine(d: Deadline): string {
  const rolled = d.rolled ? ` (moved from ${d.rolled.from}: ${d.rolled.reason})` : '';
  return `${d.dueDate}${rolled}  ${d.status}  ${d.title}  [${d.key}]`;
}

function emitDeadline(ctx: CliContext, dossier: Dossier, key: string, verb: string): void {
  const deadline = dossier.deadlines.find((d) => d.key === key);
  if (!deadline) {
    emit(ctx, { clientId: dossier.id, key, status: 'gone' }, `${verb}: ${key}`);
    return;
  }
  emit(ctx, deadlineJson(dossier.id, deadline), `${verb}: ${deadlineLine(deadline)}`);
}

export const deadlineAddCommand: CliCommand = {
  name: 'deadline add',
  summary:
    'Add a deadline set by the court or another body (--client ID --date YYYY-MM-DD --title T [--front F] ' +
    '[--source S] [--owner NAME] [--reminder-days N] [--scope SCOPE] [--origin O]).',
  options: {
    client: { type: 'string' },
    date: { type: 'string' },
    title: { type: 'string' },
    front: { type: 'string' },
    source: { type: 'string' },
    owner: { type: 'string' },
    'reminder-days': { type: 'string' },
    scope: { type: 'string' },
    origin: { type: 'string' },
  },
  async run(ctx) {
    const id = clientId(ctx);
    const reminder = flag(ctx, 'reminder-days');
    const input = {
      title: required(ctx, 'title'),
      date: required(ctx, 'date'),
      front: flag(ctx, 'front'),
      source: flag(ctx, 'source'),
      owner: flag(ctx, 'owner'),
      reminderDays: reminder === undefined ? undefined : Number(reminder),
      scope: flag(ctx, 'scope'),
      origin: flag(ctx, 'origin'),
    };
    const result = customDeadlineInputSchema.safeParse(input);
    if (!result.success) {
      const issue = result.error.issues[0];
      const field = String(issue?.path[0] ?? '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      throw new UsageError(`--${field}: ${issue?.message ?? 'not valid'}`);
    }
    await openServices(ctx, (services) => {
      const before = new Set(services.dossiers.docket(id).map((d) => d.key));
      const dossier = services.docket.addCustom(id, result.data);
      const added = dossier.deadlines.find((d) => d.kind === 'custom' && !before.has(d.key));
      emitDeadline(ctx, dossier, added?.key ?? '', 'Added');
    });
  },
};

export const deadlineDoneCommand: CliCommand = {
  name: 'deadline done',
  summary: 'Mark a deadline done (--client ID --key KEY [--note N] [--date YYYY-MM-DD]); today by default.',
  options: {
    client: { type: 'string' },
    key: { type: 'string' },
    note: { type: 'string' },
    date: { type: 'string' },
  },
  async run(ctx) {
    const id = clientId(ctx);
    const key = required(ctx, 'key');
    const date = flag(ctx, 'date');
    const on = date === undefined ? undefined : parsed(isoDate, date, 'date');
    await openServices(ctx, (services) => {
      const dossier = services.docket.markDone(id, key, { date: on, note: flag(ctx, 'note') });
      emitDeadline(ctx, dossier, key, 'Done');
    });
  },
};

export const deadlineNotApplicableCommand: CliCommand = {
  name: 'deadline na',
  summary: 'Set a deadline aside as not applicable, with the reason (--client ID --key KEY --reason R).',
  options: { client: { type: 'string' }, key: { type: 'string' }, reason: { type: 'string' } },
  async run(ctx) {
    const id = clientId(ctx);
    const key = required(ctx, 'key');
    const reason = required(ctx, 'reason');
    if (reason.trim().length < 3) throw new UsageError('--reason: say why it does not apply.');
    await openServices(ctx, (services) => {
      emitDeadline(ctx, services.docket.markNotApplicable(id, key, reason), key, 'Not applicable');
    });
  },
};

export const deadlineReopenCommand: CliCommand = {
  name: 'deadline reopen',
  summary: 'Reopen a deadline marked done or not applicable (--client ID --key KEY).',
  options: { client: { type: 'string' }, key: { type: 'string' } },
  async run(ctx) {
    const id = clientId(ctx);
    const key = required(ctx, 'key');
    await openServices(ctx, (services) => {
      emitDeadline(ctx, services.docket.reopen(id, key), key, 'Reopened');
    });
  },
};

export const deadlineAssignCommand: CliCommand = {
  name: 'deadline assign',
  summary: 'Name who answers for a deadline (--client ID --key KEY --owner NAME, or --owner "" for nobody).',
  options: {
    client: { type: 'string' },
    key: { type: 'string' },
    owner: { type: 'string' },
    'reminder-days': { type: 'string' },
  },
  async run(ctx) {
    const id = clientId(ctx);
    const key = required(ctx, 'key');
    const owner = flag(ctx, 'owner');
    const reminder = flag(ctx, 'reminder-days');
    if (owner === undefined && reminder === undefined) {
      throw new UsageError('--owner (or --reminder-days) is required.');
    }
    const name = owner === undefined || owner.trim() === '' ? null : parsed(ownerSchema, owner, 'owner');
    const days =
      reminder === undefined ? undefined : parsed(reminderDaysSchema, Number(reminder), 'reminder-days');
    await openServices(ctx, (services) => {
      let dossier = owner === undefined ? services.dossiers.get(id) : services.docket.assign(id, key, name);
      if (days !== undefined) dossier = services.docket.setReminder(id, key, days);
      emitDeadline(ctx, dossier, key, 'Assigned');
    });
  },
};

export const calendarCommand: CliCommand = {
  name: 'calendar',
  summary:
    'Open deadlines as an .ics calendar (--out FILE [--client ID] [--privacy code|initials|full]); ' +
    'code (no client names) by default.',
  options: { out: { type: 'string' }, client: { type: 'string' }, privacy: { type: 'string' } },
  async run(ctx) {
    const out = required(ctx, 'out');
    const client = flag(ctx, 'client');
    const privacy = parsed(calendarPrivacySchema, flag(ctx, 'privacy') ?? 'code', 'privacy');
    const id = client === undefined ? null : parsed(idSchema, client, 'client');
    await openServices(ctx, async (services) => {
      if (id !== null) services.dossiers.get(id); // an unknown client is an error, not an empty calendar
      const events = await services.calendar.exportToPath({ clientId: id, privacy }, out);
      emit(ctx, { events, out, privacy }, `Wrote ${events} event(s) to ${out} (${privacy}).`);
    });
  },
};

export const DEADLINE_COMMANDS: readonly CliCommand[] = [
  deadlineAddCommand,
  deadlineDoneCommand,
  deadlineNotApplicableCommand,
  deadlineReopenCommand,
  deadlineAssignCommand,
  calendarCommand,
];
