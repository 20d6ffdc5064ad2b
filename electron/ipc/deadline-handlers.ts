import type { Services } from '../services';
import type { Handlers } from './handlers';

type DeadlineChannel =
  | 'deadline.addCustom'
  | 'deadline.updateCustom'
  | 'deadline.deleteCustom'
  | 'deadline.markDone'
  | 'deadline.markNotApplicable'
  | 'deadline.reopen'
  | 'deadline.assign'
  | 'deadline.setReminder'
  | 'deadline.dashboard'
  | 'deadline.reminders'
  | 'deadline.nonBusinessDays'
  | 'calendar.preview'
  | 'calendar.export';

/** The docket's channels onto the docket, deadline and calendar services. */
export function deadlineHandlers({
  docket,
  deadlines,
  calendar,
}: Pick<Services, 'docket' | 'deadlines' | 'calendar'>): Pick<Handlers, DeadlineChannel> {
  return {
    'deadline.addCustom': ({ clientId, deadline }) => docket.addCustom(clientId, deadline),
    'deadline.updateCustom': ({ clientId, id, revision, deadline }) =>
      docket.updateCustom(clientId, id, deadline, revision),
    'deadline.deleteCustom': ({ clientId, id }) => docket.deleteCustom(clientId, id),
    'deadline.markDone': ({ clientId, key, date, note }) => docket.markDone(clientId, key, { date, note }),
    'deadline.markNotApplicable': ({ clientId, key, reason }) =>
      docket.markNotApplicable(clientId, key, reason),
    'deadline.reopen': ({ clientId, key }) => docket.reopen(clientId, key),
    'deadline.assign': ({ clientId, key, owner }) => docket.assign(clientId, key, owner),
    'deadline.setReminder': ({ clientId, key, days }) => docket.setReminder(clientId, key, days),
    'deadline.dashboard': (query) => deadlines.dashboard(query),
    'deadline.reminders': ({ limit }) => deadlines.reminders(limit),
    'deadline.nonBusinessDays': ({ year }) => deadlines.nonBusinessDays(year),
    'calendar.preview': (request) => calendar.preview(request),
    'calendar.export': (request) => calendar.exportIcs(request),
  };
}
