import type { PdfSection } from '../profiles';
import { boardSection } from './board';
import { ccfSection } from './ccf';
import { checklistSection } from './checklist';
import { checksSection } from './checks';
import { clientSection } from './client';
import { custodySection } from './custody';
import { deadlinesSection } from './deadlines';
import { evidenceSection, exhibitsSection } from './evidence';
import { extraditionSection } from './extradition';
import { frontsSection } from './fronts';
import { homeCaseSection } from './home-case';
import { interpolSection } from './interpol';
import { immigrationSection } from './immigration';
import { incidentsSection } from './incidents';
import { notesSection } from './notes';
import { partiesSection } from './parties';
import type { SectionBuilder } from './section';
import { timelineSection } from './timeline';
import { bringSection, formsSection, openQuestionsSection, visitNotesSection } from './visit';

/** One module per section of a PDF; the assembler (build-document.ts) looks each up here by its id. */
export const SECTION_BUILDERS: Record<PdfSection, SectionBuilder> = {
  client: clientSection,
  fronts: frontsSection,
  deadlines: deadlinesSection,
  checks: checksSection,
  interpol: interpolSection,
  ccf: ccfSection,
  immigration: immigrationSection,
  custody: custodySection,
  extradition: extraditionSection,
  'home-case': homeCaseSection,
  incidents: incidentsSection,
  evidence: evidenceSection,
  exhibits: exhibitsSection,
  checklist: checklistSection,
  timeline: timelineSection,
  board: boardSection,
  parties: partiesSection,
  notes: notesSection,
  'open-questions': openQuestionsSection,
  forms: formsSection,
  bring: bringSection,
  'visit-notes': visitNotesSection,
};
