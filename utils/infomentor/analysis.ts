import { z } from 'zod';
import { DOCUMENT_STATUSES } from '../domain/document-statuses';
import { DOCUMENT_TYPES, type DocumentType } from '../domain/document-types';
import { MAX_DOCUMENTS, MAX_REASON_LENGTH, MAX_REASONS, MAX_ROWS, MAX_SUBJECT_LENGTH } from './limits';
import { PAGE_KIND_IDS } from './page-kinds';

/**
 * What reading and judging one page yields (steps 1–3 of the flow). The content script sends it to the
 * background, which parses it with this schema; `toContract` turns it into the analyzer contract of
 * docs/architecture.md (where `pupils` is a count).
 */
const text = (max: number) => z.string().trim().min(1).max(max);

/** The registered kinds (page-kinds.ts), and 'unknown' for a page Insyn does not read. */
export const PageKindSchema = z.enum([...PAGE_KIND_IDS, 'unknown']);
export type PageKind = z.infer<typeof PageKindSchema>;

/** `Ht 2025` / `Vt 2026`, always normalised by the reader. */
export const TermSchema = z.string().regex(/^(Ht|Vt) \d{4}$/);

export const PageContextSchema = z.object({
  group: text(40).optional(),
  subject: text(MAX_SUBJECT_LENGTH).optional(),
  term: TermSchema.optional(),
});
export type PageContext = z.infer<typeof PageContextSchema>;

export const PupilRefSchema = z.object({
  name: text(200),
  id: text(80).optional(),
});
export type PupilRef = z.infer<typeof PupilRefSchema>;

export const RiskSourceSchema = z.enum(['assessment', 'grade', 'comment', 'recipe']);

export const AtRiskSchema = z.object({
  pupil: text(200),
  pupilId: text(80).optional(),
  subject: text(MAX_SUBJECT_LENGTH),
  term: TermSchema.optional(),
  source: RiskSourceSchema,
  reasons: z.array(text(MAX_REASON_LENGTH)).min(1).max(MAX_REASONS),
});
export type AtRisk = z.infer<typeof AtRiskSchema>;

export const DocumentTypeSchema = z.enum(DOCUMENT_TYPES);
export type { DocumentType };

export const PageDocumentSchema = z.object({
  pupil: text(200),
  pupilId: text(80).optional(),
  type: DocumentTypeSchema,
  subject: text(MAX_SUBJECT_LENGTH).optional(),
  term: TermSchema.optional(),
  status: z.enum(DOCUMENT_STATUSES),
  published: z.boolean(),
  /** ISO date of a decision, when the page shows one. */
  decided: z.iso.date().optional(),
  /** ISO date the page says it was published (Publiceringsdatum), when it shows one. */
  publishedOn: z.iso.date().optional(),
});
export type PageDocument = z.infer<typeof PageDocumentSchema>;

export const PageAnalysisSchema = z.object({
  kind: PageKindSchema,
  context: PageContextSchema,
  pupils: z.array(PupilRefSchema).max(MAX_ROWS),
  atRisk: z.array(AtRiskSchema).max(MAX_ROWS),
  documents: z.array(PageDocumentSchema).max(MAX_DOCUMENTS),
});
export type PageAnalysis = z.infer<typeof PageAnalysisSchema>;

/** The analyzer contract (DESIGN): the same analysis with the pupil list reduced to a count. */
export function toContract(analysis: PageAnalysis) {
  const { pupils, atRisk, documents, ...rest } = analysis;
  return {
    ...rest,
    pupils: pupils.length,
    atRisk: atRisk.map(({ source: _source, term: _term, ...r }) => r),
    documents,
  };
}
