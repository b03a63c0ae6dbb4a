import { AUDIENCE_PROFILES, type Audience, type ReportLang } from '../../../../shared/reports';
import { COMMON_LABELS, pageOf, say } from './common-labels';
import type { FontSet } from './pdf/fonts';
import type { PdfFrame } from './pdf/pdf-writer';

/** The frame (banner, footer, metadata) shared by dossiers and list reports. */
export function reportFrame(args: {
  readonly title: string;
  readonly subject: string;
  readonly audience: Audience;
  readonly lang: ReportLang;
  readonly createdAt: Date;
  /** What the footer names: "Case 3f2a5c1e-…" or "Report". */
  readonly footerSubject: string;
  readonly vaultFingerprint: string;
  readonly fonts: FontSet;
}): PdfFrame {
  const banner = AUDIENCE_PROFILES[args.audience].banner;
  return {
    title: args.title,
    subject: args.subject,
    createdAt: args.createdAt,
    ...(banner ? { banner: say(banner, args.lang) } : {}),
    footer: `${args.footerSubject} · ${say(COMMON_LABELS.vault, args.lang)} ${args.vaultFingerprint}`,
    pageOf: pageOf(args.lang),
    contentsTitle: say(COMMON_LABELS.contents, args.lang),
    fonts: args.fonts,
  };
}
