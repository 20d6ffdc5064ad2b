import { EmptyState } from '../../ui/EmptyState';
import { ColumnsIcon } from '../../ui/icons';
import { Page } from '../../ui/Page';

const WHAT_THE_BOARD_HOLDS = [
  {
    title: 'Every counsel in one view',
    text: 'Immigration, extradition, home-country and CCF counsel, experts and advocacy, each with their cards.',
  },
  {
    title: 'Cards with their basis',
    text: 'Forum, legal basis, due date, owner and linked evidence on every card.',
  },
  {
    title: 'Sequencing at a glance',
    text: 'Columns from intake to decision, so a filing on one front never undercuts another.',
  },
] as const;

export function BoardScreen() {
  return (
    <Page
      title="Board"
      description="The coordination board: who does what, on which front, by when."
      testId="section-board"
    >
      <EmptyState
        icon={<ColumnsIcon size={26} />}
        title="The board is empty"
        points={WHAT_THE_BOARD_HOLDS}
        footnote="Each card will carry a sharing scope, like every record in the vault."
      >
        Tasks and deadlines from your dossiers will be arranged here once this part of Safe Harbor is in
        place.
      </EmptyState>
    </Page>
  );
}
