import type { Services } from '../services';
import type { Handlers } from './handlers';

type SafetyChannel = Extract<
  keyof Handlers,
  `backup.${string}` | `guard.${string}` | `bundle.${string}` | `visit.${string}`
>;

/** Backups, the unlock guard, case bundles and visits onto their services (spread into `createHandlers`). */
export function safetyHandlers({
  vault,
  guard,
  backups,
  bundles,
  visits,
}: Pick<Services, 'vault' | 'guard' | 'backups' | 'bundles' | 'visits'>): Pick<Handlers, SafetyChannel> {
  return {
    'backup.status': () => backups.status(),
    'backup.create': ({ mode, passphrase }) => backups.create(mode, passphrase),
    'backup.chooseFile': () => backups.chooseFile(),
    'backup.verify': ({ token, secret }) => backups.verify(token, secret),
    'backup.chooseRestoreFolder': () => backups.chooseRestoreFolder(),
    'backup.restore': ({ fileToken, folderToken, secret }) => backups.restore(fileToken, folderToken, secret),
    'backup.restoreHere': ({ fileToken, secret }) => backups.restoreHere(fileToken, secret),
    'guard.get': () => guard.state(),
    'guard.update': ({ wipeAfterFailures, passphrase }) =>
      guard.setWipeAfter(wipeAfterFailures, passphrase, vault),
    'bundle.preview': ({ clientId, audience }) => bundles.preview(clientId, audience),
    'bundle.export': ({ clientId, audience, passphrase }) => bundles.export(clientId, audience, passphrase),
    'bundle.chooseFile': () => bundles.chooseFile(),
    'bundle.open': ({ token, passphrase }) => bundles.open(token, passphrase),
    'bundle.apply': ({ token, removeMissing }) => bundles.apply(token, { removeMissing }),
    'visit.prepare': ({ clientId }) => visits.prepare(clientId),
    'visit.drafts': () => ({ clientIds: visits.drafts() }),
    'visit.saveDraft': ({ clientId, draft }) => visits.saveDraft(clientId, draft),
    'visit.discardDraft': ({ clientId }) => {
      visits.discardDraft(clientId);
      return { discarded: true as const };
    },
    'visit.file': ({ clientId, visit }) => visits.file(clientId, visit),
  };
}
