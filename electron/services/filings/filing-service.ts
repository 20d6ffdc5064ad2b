import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { recordAudit } from '../../../db/audit';
import { getClientRow } from '../../../db/dossiers';
import { insertCustodyRow } from '../../../db/evidence';
import {
  caseFilingRow,
  filingProfileRow,
  saveCaseFilingRow,
  saveFilingProfileRow,
} from '../../../db/filings';
import type { Db } from '../../../db/vault';
import type { Dossier } from '../../../shared/dossier/dossier';
import { filingDeadlineBeforeNextHearing } from '../../../shared/dossier/hearing-filing';
import { draftCcfText, planCcfApplication } from '../../../shared/filings/ccf-application';
import {
  type FilingRequest,
  type FilingRequestInput,
  filingRequestSchema,
} from '../../../shared/filings/contract';
import { planPacket } from '../../../shared/filings/packet';
import {
  COURT_FILING_LIMITS,
  type PreflightItem,
  type PreflightReport,
  warningsSummary,
} from '../../../shared/filings/preflight';
import {
  type CaseFiling,
  type CaseFilingInput,
  type CcfApplicationType,
  EMPTY_CASE_FILING,
  EMPTY_FILING_PROFILE,
  type FilingProfile,
  type FilingProfileInput,
  caseFilingSchema,
  filingProfileSchema,
  resolveFilingParties,
} from '../../../shared/filings/profile';
import { HarborError } from '../../../shared/ipc/errors';
import { formatDate } from '../../../shared/pdf/format';
import { formatBytes } from '../../../shared/evidence/evidence';
import type { PdfExportResult } from '../../../shared/pdf/model';
import type { Clock } from '../clock';
import type { Dialogs } from '../dialogs';
import type { DossierService } from '../dossier-service';
import type { FilingPlan } from '../pdf/filing';
import { FilingPartsHarborError, type PdfFileResult, type PdfService } from '../pdf/pdf-service';
import { PART_REASON_TEXT } from '../../../shared/filings/preflight';
import { type PdfSourceReaders, readSources } from '../pdf/sources';
import type { VaultAccess } from '../vault-service';

/** A file of the vault, read whole and checked against its intake hash (a mismatch is refused). */
export type EvidenceFileReader = (evidenceId: string) => Promise<Uint8Array>;

/**
 * Court-ready filings: the filing profile (Settings) and each case's filing details, the exhibit packet for the
 * immigration court and the CCF application, each with its pre-flight, its export (one audit entry with the
 * pre-flight's warnings, never content; each merged file logged in its chain of custody) and the real PDF for the
 * preview. The PDF work happens in the PDF service's worker; this service plans and records.
 */
export class FilingService {
  constructor(
    private readonly vaults: VaultAccess,
    private readonly dossiers: DossierService,
    private readonly clock: Clock,
    private readonly sources: PdfSourceReaders,
    private readonly pdf: PdfService,
    private readonly dialogs: Dialogs,
    private readonly readFile: EvidenceFileReader,
    /** Who the chain of custody names. */
    private readonly actor: string,
  ) {}

  private get db(): Db {
    return this.vaults.current().db;
  }

  // -------------------------------------------------------------------------------------------------------------
  // The filing profile and a case's details
  // -------------------------------------------------------------------------------------------------------------

  profile(): FilingProfile {
    const row = filingProfileRow(this.db);
    const parsed = row ? filingProfileSchema.safeParse(JSON.parse(row.data)) : null;
    return parsed?.success ? parsed.data : EMPTY_FILING_PROFILE;
  }

  saveProfile(input: FilingProfileInput): FilingProfile {
    const profile = filingProfileSchema.parse(input);
    this.db.transaction(() => {
      saveFilingProfileRow(this.db, JSON.stringify(profile), this.clock.now());
      recordAudit(this.db, { action: 'filings.profile-updated', entityType: 'settings' });
    })();
    return profile;
  }

  caseDetails(clientId: string): CaseFiling {
    this.#clientExists(clientId);
    const row = caseFilingRow(this.db, clientId);
    const parsed = row ? caseFilingSchema.safeParse(JSON.parse(row.data)) : null;
    return parsed?.success ? parsed.data : EMPTY_CASE_FILING;
  }

  saveCaseDetails(clientId: string, input: CaseFilingInput): CaseFiling {
    const details = caseFilingSchema.parse(input);
    this.db.transaction(() => {
      this.#clientExists(clientId);
      saveCaseFilingRow(this.db, clientId, JSON.stringify(details), this.clock.now());
      recordAudit(this.db, {
        action: 'filings.case-updated',
        entityType: 'client',
        entityId: clientId,
        clientId,
      });
    })();
    return details;
  }

  /** The CCF application's text as the records draft it, and the items that can be annexed. */
  ccfDraft(clientId: string, type: CcfApplicationType) {
    const input = this.#input(clientId);
    const drafted = draftCcfText(input, type);
    const plan = planCcfApplication(input, type, { grounds: {} });
    const evidence = new Map((input.sources.evidence ?? []).map((e) => [e.id, e]));
    return {
      drafted,
      annexCandidates: plan.items.flatMap((item) => {
        const original = evidence.get(item.parts[0]?.evidenceId ?? '');
        return original
          ? [{ id: original.id, title: item.description, exhibitNumber: original.exhibitNumber }]
          : [];
      }),
    };
  }

  // -------------------------------------------------------------------------------------------------------------
  // Plans, pre-flight, export, preview
  // -------------------------------------------------------------------------------------------------------------

  plan(request: FilingRequest): FilingPlan {
    const input = this.#input(request.clientId);
    if (request.kind === 'packet') return planPacket(input, { tabs: request.tabs });
    return planCcfApplication(input, request.type, this.caseDetails(request.clientId).ccf);
  }

  /** Everything to look at before filing; the attorney can still export, and the warnings go in the audit entry. */
  async preflight(input: FilingRequestInput): Promise<PreflightReport> {
    const request = filingRequestSchema.parse(input);
    const plan = this.plan(request);
    const checks = this.#staticChecks(request, plan);
    let totalPages = 0;
    let ownBytes = 0;
    try {
      const run = await this.pdf.runFiling(plan, 'measure', null, this.readFile);
      totalPages = run.measured.pages;
      ownBytes = run.measured.ownBytes;
    } catch (error) {
      if (!(error instanceof FilingPartsHarborError)) throw error;
      for (const part of error.parts)
        checks.unshift({
          code: 'cannot-merge',
          severity: 'blocking',
          message: `No. ${part.number} is ${PART_REASON_TEXT[part.reason]}. Nothing can be written until it is replaced or removed.`,
          number: part.number,
          evidenceId: part.evidenceId,
        });
    }
    const estimatedBytes =
      ownBytes + plan.items.flatMap((i) => i.parts).reduce((sum, p) => sum + p.byteSize, 0);
    if (request.kind === 'packet' && estimatedBytes > COURT_FILING_LIMITS.maxFileBytes)
      checks.push({
        code: 'over-size-limit',
        severity: 'warning',
        message: `About ${formatBytes(estimatedBytes)}: over the court's electronic-filing limit of ${formatBytes(COURT_FILING_LIMITS.maxFileBytes)} [verify]. Split the submission into numbered parts.`,
        number: null,
        evidenceId: null,
      });
    return {
      kind: request.kind,
      items: plan.items.length,
      totalPages,
      estimatedBytes,
      limits: { ...COURT_FILING_LIMITS },
      filingDeadline:
        request.kind === 'packet' ? this.#filingDeadline(this.dossiers.get(request.clientId), checks) : null,
      checks,
    };
  }

  /** Asks where to save, then writes the filing there. */
  async exportFiling(input: FilingRequestInput & { jobId?: string }): Promise<PdfExportResult> {
    const request = filingRequestSchema.parse(input);
    const plan = this.plan(request);
    const path = await this.dialogs.chooseSavePath(this.suggestedFileName(request, plan));
    if (path === null) return { status: 'cancelled' };
    const { warnings: _warnings, ...saved } = await this.writeToPath(request, path, input.jobId);
    return { status: 'saved', ...saved };
  }

  /** Writes the filing to a path the caller gives (the CLI). */
  async writeToPath(
    input: FilingRequestInput,
    path: string,
    jobId: string = randomUUID(),
  ): Promise<PdfFileResult & { warnings: PreflightItem[] }> {
    const request = filingRequestSchema.parse(input);
    const plan = this.plan(request);
    const checks = this.#staticChecks(request, plan);
    const started = performance.now();
    const run = await this.pdf.runFiling(plan, 'write', path, this.readFile, jobId);
    if (request.kind === 'packet' && run.done.bytes > COURT_FILING_LIMITS.maxFileBytes)
      checks.push({
        code: 'over-size-limit',
        severity: 'warning',
        message: '',
        number: null,
        evidenceId: null,
      });
    const now = this.clock.now();
    this.db.transaction(() => {
      recordAudit(this.db, {
        action: 'export',
        entityType: 'client',
        entityId: request.clientId,
        clientId: request.clientId,
        detail:
          `${request.kind === 'packet' ? `packet${request.tabs ? '' : ' without tabs'}` : `ccf-application: ${request.type}`}; ` +
          `${plan.items.length} ${request.kind === 'packet' ? 'exhibit' : 'annex'}(s); ${run.done.pages} page(s); ` +
          `warnings: ${warningsSummary(checks)}`,
      });
      for (const item of plan.items)
        for (const part of item.parts)
          insertCustodyRow(this.db, {
            evidence_id: part.evidenceId,
            at: now,
            action: 'export',
            actor: this.actor,
            detail:
              request.kind === 'packet'
                ? `Merged into an exhibit packet for the immigration court as exhibit ${item.number}.`
                : `Merged into a CCF application as annex ${item.number}.`,
          });
    })();
    return {
      fileName: basename(path),
      pages: run.done.pages,
      bytes: run.done.bytes,
      milliseconds: Math.round(performance.now() - started),
      warnings: checks,
    };
  }

  /** The filing's real PDF, for the preview (pdf.js draws it in the app). Nothing is written or logged. */
  async previewFile(input: FilingRequestInput): Promise<{ pages: number; bytes: Uint8Array<ArrayBuffer> }> {
    const request = filingRequestSchema.parse(input);
    const run = await this.pdf.runFiling(this.plan(request), 'bytes', null, this.readFile);
    return { pages: run.done.pages, bytes: new Uint8Array(run.done.data ?? []) };
  }

  suggestedFileName(request: FilingRequest, plan: FilingPlan): string {
    const family = plan.clientName.split(',')[0]?.trim() || 'Client';
    const safe = [...family]
      .map((ch) => ('\\/:*?"<>|'.includes(ch) || ch.charCodeAt(0) < 0x20 ? ' ' : ch))
      .join('');
    const what = request.kind === 'packet' ? 'exhibit packet' : `CCF ${request.type} request`;
    return `${safe.trim() || 'Client'} - ${what} - ${this.clock.today()}.pdf`;
  }

  // -------------------------------------------------------------------------------------------------------------

  #input(clientId: string) {
    const dossier = this.dossiers.get(clientId);
    const filing = resolveFilingParties(this.profile(), this.caseDetails(clientId));
    return {
      dossier,
      generatedAt: this.clock.now(),
      today: this.clock.today(),
      sources: readSources(this.sources, clientId),
      filing,
    };
  }

  #clientExists(clientId: string): void {
    if (!getClientRow(this.db, clientId))
      throw new HarborError('NOT_FOUND', 'That dossier does not exist (it may have been deleted).');
  }

  /** The checks that need no file opened: gaps in the evidence, the caption, the profile and the service. */
  #staticChecks(request: FilingRequest, plan: FilingPlan): PreflightItem[] {
    const checks: PreflightItem[] = [];
    const add = (
      code: PreflightItem['code'],
      message: string,
      number: string | null = null,
      evidenceId: string | null = null,
      severity: PreflightItem['severity'] = 'warning',
    ) => checks.push({ code, severity, message, number, evidenceId });
    if (plan.items.length === 0)
      add(
        'no-exhibits',
        request.kind === 'packet'
          ? 'No exhibit marked for the court has a number and a file.'
          : 'No document marked for the CCF can be annexed.',
      );
    if (plan.kind === 'packet') {
      for (const gap of plan.gaps) {
        const which = gap.exhibit ? `Exhibit ${gap.exhibit}` : `“${gap.title}”`;
        const text: Record<typeof gap.kind, string> = {
          unnumbered: `${which} is marked for the court but has no exhibit number: it is left out.`,
          unmergeable: `${which}: the file is not a PDF, a JPEG or PNG image or plain text (or is empty) and is left out; attach a PDF of it.`,
          'no-translation': `${which} is in a foreign language and has no English translation marked for the court (8 CFR 1003.33).`,
          'no-certificate': `${which}: its translation has no translator’s certificate of competence marked for the court (8 CFR 1003.33).`,
          'orphan-translation': `${which} is a translation or certificate whose original is not in the packet: it stands on its own.`,
        };
        add(gap.kind, text[gap.kind], gap.exhibit, gap.evidenceId);
      }
      if (!plan.aNumber)
        add(
          'no-a-number',
          'The caption has no A-number: the immigration record has none, or is not shared with the court.',
        );
      const a = plan.filing.attorney;
      if (!a.name || !a.eoirId)
        add(
          'no-attorney',
          'The attorney profile (Settings) has no name or EOIR ID: the caption and signature block are incomplete.',
        );
      if (!plan.filing.serviceDate || !(plan.filing.opla.office || plan.filing.opla.address))
        add(
          'no-service-details',
          'The proof of service needs the OPLA office and address (Settings or this case) and the date of service.',
        );
    } else {
      for (const gap of plan.gaps) {
        const text: Record<typeof gap.kind, string> = {
          'client-details-out-of-scope':
            'The client’s page is not shared with the CCF: the application gives the name only (no date of birth or nationality).',
          'no-notice':
            'No INTERPOL notice or diffusion is shared with the CCF: the application names no data concerned.',
          unmergeable: `Annex ${gap.annex ?? ''}: “${gap.title}” cannot be merged (not a PDF, JPEG, PNG or text file, or empty).`,
          'no-translation': `Annex ${gap.annex ?? ''} is in a language the CCF does not work in and has no translation.`,
          'power-of-attorney':
            'The CCF request is filed by a representative but no power of attorney is on file.',
        };
        add(gap.kind, text[gap.kind], gap.annex, gap.evidenceId);
      }
      if (!plan.filing.attorney.name)
        add('no-attorney', 'The attorney profile (Settings) has no name: the signature block is incomplete.');
    }
    return checks;
  }

  /**
   * The filing deadline before the next hearing: the date the court set for it if one is entered, else the deadline
   * engine's rule for filings before a hearing (the docket's one answer to that question).
   */
  #filingDeadline(dossier: Dossier, checks: PreflightItem[]): PreflightReport['filingDeadline'] {
    const today = this.clock.today();
    const note = (
      code: PreflightItem['code'],
      message: string,
      severity: PreflightItem['severity'] = 'info',
    ) => checks.push({ code, severity, message, number: null, evidenceId: null });
    const next = filingDeadlineBeforeNextHearing(dossier, today);
    if (!next) {
      note('no-hearing', 'No hearing is scheduled: no filing deadline before a hearing applies yet.');
      return null;
    }
    const when = formatDate(next.hearing.date);
    const { deadline } = next;
    if (!deadline) {
      note(
        'filing-deadline-set-by-judge',
        next.hearing.detained
          ? `Detained docket: the immigration judge sets the filing deadline for the ${when} hearing; none is entered.`
          : `No filing deadline is computed for the ${when} hearing; check the judge’s order.`,
      );
      return null;
    }
    if (deadline.status === 'open' && deadline.dueDate < today)
      note(
        'filing-deadline-passed',
        `The filing deadline before the ${when} hearing passed on ${formatDate(deadline.dueDate)}.`,
        'warning',
      );
    else
      note(
        'filing-deadline',
        `File by ${formatDate(deadline.dueDate)}: ${deadline.title} (${deadline.source}).`,
      );
    return {
      date: deadline.dueDate,
      title: deadline.title,
      source: deadline.source,
      hearingDate: next.hearing.date,
    };
  }
}
