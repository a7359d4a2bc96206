import type { Confidence, DatedFact, EvidenceType, IsoDate, Place, Source } from './schema';

/**
 * Small constructors the data files share, so that every fact is written the same way. Every
 * source in the dataset goes through `src`; who published it comes from ./publishers.ts, by host.
 */

export const src = (url: string): Source => ({ url });

/** When a fact is less than confirmed: how, and why (shown beside the fact). */
export interface FactExtra {
  confidence: Confidence;
  note: string;
}

export const fact = (date: IsoDate, text: string, source: Source, extra?: FactExtra): DatedFact =>
  extra ? { date, text, source, ...extra } : { date, text, source };

/**
 * References into a pack's evidence, typed by its keys (`K`), so that a misspelt key does not
 * compile: `by` names the fact that establishes a kind, `refs` the facts that support a period
 * or show a strain, `since` the fact that dates the start of relations (with its date, which the
 * list shows without loading the evidence; a test checks the two agree).
 */
export function evidenceRefs<K extends string>() {
  return {
    by: (type: EvidenceType, ref: K) => ({ type, ref }),
    refs: (...keys: K[]): string[] => keys,
    since: (ref: K, date: IsoDate) => ({ ref, date }),
  };
}

/** The source of every capital's coordinates. */
export const CAPITALS = src('https://github.com/kirkkenney/worldcapitals');

export const capital = (name: string, lat: number, lng: number): Place => ({ name, lat, lng, source: CAPITALS });
