import type { CustodyAction, Exhibit } from '../exhibits/exhibit';
import type { FieldKind } from '../vocabularies/sensitivity';
import { defaultSensitivity } from '../vocabularies/sensitivity';
import { AUDIENCE_PROFILES } from './audience';
import { audienceMaySee, type AudienceCase } from './audience-filter';

/**
 * Exhibits as an audience may see them, for a dossier's exhibit index. Exhibits carry no per-field
 * marks, so each part of the record has a fixed kind: what the file is (type, size, SHA-256,
 * dates, links) is evidence (restricted); its original name and capture metadata may name people,
 * so they are evidence too; who handed it over, how, and notes identify sources (confidential);
 * who on the team handled it is case management. Removed exhibits are not listed.
 *
 * An exhibit also says something through what it is linked to: one linked to anything the audience
 * may not see (an incident in a section marked confidential, a withheld source) is withheld whole,
 * and the name and description of one linked to a source are the source's (confidential).
 */
const EXHIBIT_KINDS = {
  file: 'evidence',
  name: 'evidence',
  custodyParties: 'source-identity',
  actor: 'case-management',
} as const satisfies Record<string, FieldKind>;

export interface AudienceCustodyEvent {
  readonly action: CustodyAction;
  readonly at: string;
  readonly outcome?: 'intact' | 'damaged';
  readonly actor?: string;
  readonly counterpart?: string;
  readonly method?: string;
  readonly note?: string;
}

export interface AudienceExhibit {
  readonly id: string;
  /** 1-based position in the index (by time received), cited as "Exhibit 3". */
  readonly number: number;
  readonly mediaType: string;
  readonly size: number;
  readonly sha256: string;
  readonly receivedAt: string;
  readonly originalName?: string;
  readonly derivedFromNumber?: number;
  readonly derivation?: string;
  readonly links: Exhibit['links'];
  readonly custody: readonly AudienceCustodyEvent[];
}

export interface AudienceExhibits {
  readonly exhibits: readonly AudienceExhibit[];
  /** Exhibits the audience may not see at all (they exist, which the index says). */
  readonly withheld: number;
}

export function filterExhibitsForAudience(all: readonly Exhibit[], view: AudienceCase): AudienceExhibits {
  const profile = AUDIENCE_PROFILES[view.audience];
  const may = (kind: FieldKind) => audienceMaySee(profile, defaultSensitivity(kind), kind);
  const listed = all.filter((e) => e.removedAt === undefined && e.purgedAt === undefined).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id));
  if (!may(EXHIBIT_KINDS.file)) return { exhibits: [], withheld: listed.length };
  const visible = idsIn(view.file);
  const current = listed.filter((e) => e.links.every((l) => visible.has(l.id)));
  const withheld = listed.length - current.length;
  const numberOf = new Map(current.map((e, i) => [e.id, i + 1]));
  const exhibits = current.map((e, i): AudienceExhibit => {
    const derivedFromNumber = e.derivedFrom === undefined ? undefined : numberOf.get(e.derivedFrom);
    return {
      id: e.id,
      number: i + 1,
      mediaType: e.mediaType,
      size: e.size,
      sha256: e.sha256,
      receivedAt: e.receivedAt,
      ...(may(e.links.some((l) => l.kind === 'source') ? EXHIBIT_KINDS.custodyParties : EXHIBIT_KINDS.name)
        ? { originalName: e.originalName, ...(e.derivation !== undefined ? { derivation: e.derivation } : {}) }
        : {}),
      ...(derivedFromNumber !== undefined ? { derivedFromNumber } : {}),
      links: e.links.map((l) => ({ ...l })),
      custody: e.custody.map((c) => ({
        action: c.action,
        at: c.at,
        ...(c.outcome !== undefined ? { outcome: c.outcome } : {}),
        ...(may(EXHIBIT_KINDS.actor) ? { actor: c.actor } : {}),
        ...(may(EXHIBIT_KINDS.custodyParties)
          ? { ...(c.counterpart !== undefined ? { counterpart: c.counterpart } : {}), ...(c.method !== undefined ? { method: c.method } : {}), ...(c.note !== undefined ? { note: c.note } : {}) }
          : {}),
      })),
    };
  });
  return { exhibits, withheld };
}

/** Every entity id left in the audience's case. */
function idsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) idsIn(item, into);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'id' && typeof child === 'string') into.add(child);
      else if (typeof child === 'object') idsIn(child, into);
    }
  }
  return into;
}
