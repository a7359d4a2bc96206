import type { DatedFact } from '../data/schema';
import { formatDate } from './format';
import { SourceLink } from './SourceLink';

/** Dated facts as a timeline, oldest first, each with its source. */
export function FactList({ facts, label }: { facts: readonly DatedFact[]; label: string }) {
  if (facts.length === 0) return null;
  // ISO dates sort as plain strings; localeCompare would also start up a collator, which is slow
  // the first time and would hold up the first panel a reader opens.
  const sorted = [...facts].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return (
    <ol className="fact-list" aria-label={label}>
      {sorted.map((f) => (
        <li key={`${f.date}-${f.text}`}>
          <time dateTime={f.date}>{formatDate(f.date)}</time> {f.text} <SourceLink source={f.source} />
        </li>
      ))}
    </ol>
  );
}
