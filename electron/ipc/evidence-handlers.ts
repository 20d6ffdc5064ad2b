import type { Services } from '../services';
import type { Handlers } from './handlers';

type EvidenceChannel = Extract<
  keyof Handlers,
  `checklist.${string}` | `evidence.${string}` | `search.${string}`
>;

/** The checklist, evidence and search channels onto their services (spread into `createHandlers`). */
export function evidenceHandlers({
  checklists,
  evidence,
  search,
}: Pick<Services, 'checklists' | 'evidence' | 'search'>): Pick<Handlers, EvidenceChannel> {
  return {
    'checklist.templates': () => checklists.templates(),
    'checklist.template': ({ id, version }) => checklists.template(id, version),
    'checklist.saveTemplate': ({ id, content }) => checklists.saveTemplate(id, content),
    'checklist.copyTemplate': ({ id, version, name }) => checklists.copyTemplate(id, version, name),
    'checklist.forClient': ({ clientId }) => checklists.forClient(clientId),
    'checklist.create': ({ clientId, templateId, templateVersion }) =>
      checklists.create(clientId, templateId, templateVersion),
    'checklist.updateItem': ({ itemId, revision, patch }) => checklists.updateItem(itemId, revision, patch),
    'checklist.missingForHearing': ({ clientId }) => checklists.missingForNextHearing(clientId),
    'evidence.list': ({ clientId }) => evidence.list(clientId),
    'evidence.get': ({ id }) => evidence.get(id),
    'evidence.beginUpload': (input) => evidence.beginUpload(input),
    'evidence.appendChunk': ({ uploadId, bytes }) => evidence.appendChunk(uploadId, bytes),
    'evidence.finishUpload': ({ uploadId }) => evidence.finishUpload(uploadId),
    'evidence.abortUpload': ({ uploadId }) => {
      evidence.abortUpload(uploadId);
      return { aborted: true as const };
    },
    'evidence.read': ({ id, offset, length }) => evidence.read(id, offset, length),
    'evidence.update': ({ id, revision, metadata }) => evidence.update(id, revision, metadata),
    'evidence.verify': ({ id }) => evidence.verify(id),
    'evidence.saveCopy': ({ id }) => evidence.saveCopy(id),
    'evidence.link': ({ itemId, evidenceId }) => evidence.link(itemId, evidenceId),
    'evidence.unlink': ({ itemId, evidenceId }) => evidence.unlink(itemId, evidenceId),
    'evidence.delete': ({ id }) => {
      evidence.delete(id);
      return { deleted: true as const };
    },
    'search.query': (query) => search.search(query),
  };
}
