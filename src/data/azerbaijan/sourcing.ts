import type { DatedFact, IsoDate, Place, Source } from '../schema';

/** Small constructors the data files share, so that every fact is written the same way. */

export const src = (url: string, publisher: string): Source => ({ url, publisher });

export const fact = (date: IsoDate, text: string, source: Source): DatedFact => ({ date, text, source });

/** The source of every capital's coordinates. */
export const CAPITALS = src('https://github.com/kirkkenney/worldcapitals', 'worldcapitals dataset');

export const capital = (name: string, lat: number, lng: number): Place => ({ name, lat, lng, source: CAPITALS });
