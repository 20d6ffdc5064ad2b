import { EmptyState } from '../../ui/EmptyState';
import { FolderIcon } from '../../ui/icons';
import { Page } from '../../ui/Page';

const WHAT_A_DOSSIER_HOLDS = [
  {
    title: 'Every front of the case',
    text: 'INTERPOL notices and CCF requests, removal proceedings and asylum, extradition, the home-country prosecution and advocacy.',
  },
  {
    title: 'Deadlines with their rule',
    text: 'Each computed date shows the rule and source it came from, and can be overridden with a reason.',
  },
  {
    title: 'A sharing scope on every record',
    text: 'Mark what may reach the CCF or home-country counsel, so exports carry only what they should.',
  },
] as const;

export function DossiersScreen() {
  return (
    <Page
      title="Dossiers"
      description="One dossier per client: the people, proceedings and deadlines of the whole defence in one place."
      testId="section-dossiers"
    >
      <EmptyState
        icon={<FolderIcon size={26} />}
        title="No dossiers yet"
        points={WHAT_A_DOSSIER_HOLDS}
        footnote="Dossiers are stored only in this encrypted vault."
      >
        Client dossiers will be listed here once this part of Safe Harbor is in place. Nothing has been
        imported and nothing is stored outside the vault.
      </EmptyState>
    </Page>
  );
}
