import { EmptyState } from '../../ui/EmptyState';
import { FilesIcon } from '../../ui/icons';
import { Page } from '../../ui/Page';

const WHAT_EVIDENCE_HOLDS = [
  {
    title: 'Exhibits, fingerprinted',
    text: 'Each file is stored inside the encrypted vault with its SHA-256 taken at intake.',
  },
  {
    title: 'Provenance and translations',
    text: 'Source, who obtained it and when, chain of custody, and the translation with its certificate.',
  },
  {
    title: 'The persecution checklist',
    text: 'Identity, political activity, incidents, medical evaluations, country conditions, the Red Notice itself.',
  },
] as const;

export function EvidenceScreen() {
  return (
    <Page
      title="Evidence"
      description="Exhibits for the asylum claim, the CCF submission and the bond or extradition hearings."
      testId="section-evidence"
    >
      <EmptyState
        icon={<FilesIcon size={26} />}
        title="No evidence yet"
        points={WHAT_EVIDENCE_HOLDS}
        footnote="Attachments will live inside the encrypted database, never as loose files beside it."
      >
        Evidence items and their files will appear here once this part of Safe Harbor is in place. Each item
        will belong to a dossier.
      </EmptyState>
    </Page>
  );
}
