// Is a new report about an event already recorded? Several reports of one event are one allegation with several
// sources (#15), so the form offers to attach a report to a recorded allegation that looks like the same event. Pure
// and simple enough to explain: the same vendor (the caller passes that vendor's allegations), and a shared claim
// category with a date close by or shared title words, or many shared title words alone.
import type { Allegation } from './model';

/** Days apart within which two reports sharing a claim category are taken for one event. */
export const SAME_EVENT_DAYS = 30;
const DAY_MS = 86_400_000;

// Words too common in headlines to say two are about the same thing.
const COMMON = new Set(['about', 'after', 'against', 'alleged', 'alleges', 'allegation', 'allegations', 'claims', 'company', 'from', 'have', 'into', 'over', 'report', 'reported', 'reports', 'said', 'says', 'that', 'their', 'this', 'with', 'were', 'what', 'when', 'will']);

/** A headline's telling words: lower case, four letters or more, common ones left out. */
export function titleWords(title: string): Set<string> {
  return new Set((title.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []).filter((w) => !COMMON.has(w)));
}

export interface SimilarAllegation {
  allegation: Allegation;
  /** Why it looks like the same event, in words ("shares the claim "IP or model theft", 3 days apart"). */
  why: string;
}

/** The recorded allegations (of one vendor) that the new report may be another source of, likeliest first. */
export function similarAllegations(
  report: { sourceTitle: string; publishedAt: string; claims: readonly { category: string }[] },
  recorded: readonly Allegation[],
): SimilarAllegation[] {
  const words = titleWords(report.sourceTitle);
  const day = Date.parse(report.publishedAt);
  const found = recorded.flatMap((a) => {
    const shared = [...titleWords(a.sourceTitle)].filter((w) => words.has(w));
    const categories = [...new Set(a.claims.map((c) => c.category))].filter((c) => report.claims.some((r) => r.category === c));
    const days = Number.isFinite(day) ? Math.round(Math.abs(Date.parse(a.publishedAt) - day) / DAY_MS) : null;
    const close = days !== null && days <= SAME_EVENT_DAYS;
    const same = (categories.length > 0 && (close || shared.length >= 2)) || shared.length >= 3;
    if (!same) return [];
    const why = [
      categories.length > 0 && `shares the claim ${categories.map((c) => `“${c}”`).join(', ')}`,
      close && (days === 0 ? 'published the same day' : `${days} day${days === 1 ? '' : 's'} apart`),
      shared.length > 0 && `title words in common: ${shared.slice(0, 5).join(', ')}`,
    ].filter(Boolean);
    return [{ allegation: a, why: why.join('; '), rank: categories.length * 2 + shared.length + (close ? 2 : 0) }];
  });
  return found.sort((a, b) => b.rank - a.rank).map(({ allegation, why }) => ({ allegation, why }));
}
