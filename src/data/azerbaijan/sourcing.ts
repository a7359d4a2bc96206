import type { Confidence, DatedFact, EstablishingEvidence, EvidenceType, IsoDate, Place, Source } from '../schema';

/**
 * Small constructors the data files share, so that every fact is written the same way. Every
 * source in the dataset goes through `src`; who published it comes from ../publishers.ts, by host.
 */

export const src = (url: string): Source => ({ url });

/** When a fact is less than confirmed: how, and why (shown beside the fact). */
export interface FactExtra {
  confidence: Confidence;
  note: string;
}

export const fact = (date: IsoDate, text: string, source: Source, extra?: FactExtra): DatedFact =>
  extra ? { date, text, source, ...extra } : { date, text, source };

/** A dated fact used as the document or act that establishes a relationship kind. */
export const establishes = (type: EvidenceType, evidence: DatedFact): EstablishingEvidence => ({ ...evidence, type });

/** The source of every capital's coordinates. */
export const CAPITALS = src('https://github.com/kirkkenney/worldcapitals');

export const capital = (name: string, lat: number, lng: number): Place => ({ name, lat, lng, source: CAPITALS });
