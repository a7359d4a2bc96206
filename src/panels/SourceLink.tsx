import type { Source } from '../data/schema';

/** A source, opened in a new tab only when the reader asks (the app itself stays offline). */
export function SourceLink({ source }: { source: Source }) {
  return (
    <a className="source-link" href={source.url} target="_blank" rel="noopener noreferrer">
      {source.publisher}
      <span className="sr-only"> (source, opens in a new tab)</span>
    </a>
  );
}
