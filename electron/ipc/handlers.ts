import type { z } from 'zod';
import type { InvokeChannel } from '../../shared/ipc/channels';
import type { ChannelOutput, Contract } from '../../shared/ipc/contract';
import type { Services } from '../services';
import { deadlineHandlers } from './deadline-handlers';
import { evidenceHandlers } from './evidence-handlers';
import { pdfHandlers } from './pdf-handlers';
import { safetyHandlers } from './safety-handlers';

export type Handlers = {
  [C in InvokeChannel]: (
    input: z.output<Contract[C]['input']>,
  ) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};

/** Maps each contract channel onto its service call; one line each, the services hold the logic. */
export function createHandlers({
  vault,
  settings,
  preferences,
  dossiers,
  deadlines,
  board,
  checklists,
  evidence,
  search,
  guard,
  backups,
  bundles,
  visits,
  pdf,
  docket,
  calendar,
  filings,
}: Services): Handlers {
  return {
    'vault.status': () => vault.status(),
    'vault.create': ({ passphrase }) => vault.create(passphrase),
    'vault.unlock': async ({ passphrase }) => {
      await vault.unlock(passphrase);
      return { state: vault.state };
    },
    'vault.lock': () => {
      vault.lock('manual');
      return { state: vault.state };
    },
    'vault.recover': async ({ recoveryCode, newPassphrase }) => {
      await vault.recover(recoveryCode, newPassphrase);
      return { state: vault.state };
    },
    'vault.changePassphrase': ({ currentPassphrase, newPassphrase }) =>
      vault.changePassphrase(currentPassphrase, newPassphrase),
    'preferences.get': () => preferences.get(),
    'preferences.update': (patch) => preferences.update(patch),
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
    'dossier.list': (query) => dossiers.list(query),
    'dossier.get': ({ id }) => dossiers.get(id),
    'dossier.create': ({ client }) => dossiers.create(client),
    'dossier.update': ({ id, revision, client }) => dossiers.update(id, revision, client),
    'dossier.delete': ({ id }) => {
      dossiers.delete(id);
      return { deleted: true as const };
    },
    'dossier.saveRecord': ({ clientId, record, revision }) => dossiers.saveRecord(clientId, record, revision),
    'dossier.deleteRecord': ({ clientId, recordId }) => dossiers.deleteRecord(clientId, recordId),
    'dossier.history': ({ id, limit }) => dossiers.history(id, limit),
    'deadline.override': ({ clientId, key, dueDate, reason }) =>
      dossiers.overrideDeadline(clientId, key, dueDate, reason),
    'deadline.clearOverride': ({ clientId, key }) => dossiers.clearDeadlineOverride(clientId, key),
    'deadline.upcoming': (query) => ({ today: deadlines.today(), rows: deadlines.upcoming(query) }),
    'deadline.rules': () => deadlines.rules(),
    ...evidenceHandlers({ checklists, evidence, search }),
    ...safetyHandlers({ vault, guard, backups, bundles, visits }),
    ...deadlineHandlers({ docket, deadlines, calendar }),
    ...pdfHandlers({ pdf, filings }),
    'board.list': ({ clientId }) => board.list({ clientId }),
    'board.client': ({ clientId }) => board.client(clientId),
    'board.flags': ({ clientId }) => board.flags({ clientId }),
    'board.saveCard': ({ clientId, card, revision }) => board.saveCard(clientId, card, revision),
    'board.moveCard': ({ cardId, lane, status, afterCardId }) =>
      board.moveCard(cardId, lane, status, afterCardId),
    'board.deleteCard': ({ cardId }) => {
      board.deleteCard(cardId);
      return { deleted: true as const };
    },
    'board.cardHistory': ({ cardId, limit }) => board.cardHistory(cardId, limit),
    'board.starterPlan': ({ clientId }) => board.starterPlan(clientId),
    'board.applyStarterPlan': ({ clientId, cards }) => board.applyStarterPlan(clientId, cards),
    'board.saveCommunication': ({ clientId, entry }) => board.saveCommunication(clientId, entry),
    'board.deleteCommunication': ({ clientId, id }) => {
      board.deleteCommunication(clientId, id);
      return { deleted: true as const };
    },
    'board.saveMeeting': ({ clientId, meeting }) => board.saveMeeting(clientId, meeting),
    'board.deleteMeeting': ({ clientId, id }) => {
      board.deleteMeeting(clientId, id);
      return { deleted: true as const };
    },
    'board.cardFromFollowUp': ({ clientId, source, lane }) => board.cardFromFollowUp(clientId, source, lane),
  };
}
