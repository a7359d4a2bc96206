import { hostOf, publisherOf } from '../data/publishers';
import type { Source } from '../data/schema';

/**
 * A source, named by its publisher (from the registry), opened in a new tab only when the
 * reader asks: the app itself stays offline.
 */
export function SourceLink({ source }: { source: Source }) {
  const publisher = publisherOf(source.url);
  return (
    <a className="source-link" href={source.url} target="_blank" rel="noopener noreferrer">
      {publisher?.name ?? hostOf(source.url)}
      <span className="sr-only"> (source, opens in a new tab)</span>
    </a>
  );
}
