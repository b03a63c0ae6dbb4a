import type { AudienceCase, ReportOptions } from '../../../../../shared/reports';

/** Everything a list report is laid out from: the chosen cases, each already filtered for the audience. */
export interface ListReportInput {
  readonly cases: readonly AudienceCase[];
  readonly options: ReportOptions;
  /** ISO date-time printed on the cover and stored as the PDF's creation date. */
  readonly generatedAt: string;
  readonly vaultFingerprint: string;
}
