import type { CardStatus, Lane } from '../board/board';
import type { SharingScope } from '../dossier/common';
import type { EvidenceCategory } from '../evidence/categories';
import type { ItemStatus } from '../evidence/checklist';

/**
 * What a PDF reads beside the dossier: evidence items, checklists and board cards, as plain data. Each source is
 * null when the vault has no such feature (or it could not be read), and its sections then say so instead of failing.
 */

export interface PdfEvidenceItem {
  id: string;
  title: string;
  description: string | null;
  category: EvidenceCategory | null;
  scope: SharingScope;
  exhibitNumber: string | null;
  exhibitTab: string | null;
  obtainedOn: string | null;
  source: string | null;
  language: string | null;
  servedOn: string | null;
  role: 'original' | 'translation' | 'certificate';
  /** The original this item translates, or the translation this certificate is for. */
  pairedWith: string | null;
  /** The date the document itself bears (not when the firm obtained it). */
  documentDate: string | null;
  sha256: string;
  fileName: string;
  mediaType: string;
  byteSize: number;
}

export interface PdfChecklistItem {
  id: string;
  category: string;
  title: string;
  status: ItemStatus;
  notObtainableReason: string | null;
  dueDate: string | null;
  evidenceIds: string[];
  note: string;
}

export interface PdfChecklist {
  name: string;
  /** `group`: evidence the client can help with, indicators of political motivation, or the firm's workflow. */
  categories: { key: string; title: string; group: 'evidence' | 'indicators' | 'workflow' }[];
  items: PdfChecklistItem[];
}

export interface PdfBoardCard {
  id: string;
  title: string;
  lane: Lane;
  status: CardStatus;
  ownerName: string | null;
  /** The party record the owner's name comes from: the name reaches a document only when that record does. */
  ownerPartyId: string | null;
  dueDate: string | null;
  scope: SharingScope;
}

export interface PdfCaseSources {
  evidence: PdfEvidenceItem[] | null;
  checklists: PdfChecklist[] | null;
  board: PdfBoardCard[] | null;
}

export const NO_SOURCES: PdfCaseSources = { evidence: null, checklists: null, board: null };
