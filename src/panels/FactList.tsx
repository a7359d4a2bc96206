import type { DatedFact } from '../data/schema';
import { formatDate } from './format';
import { SourceLink } from './SourceLink';

/** Dated facts as a timeline, oldest first, each with its source. */
export function FactList({ facts, label }: { facts: readonly DatedFact[]; label: string }) {
  if (facts.length === 0) return null;
  const sorted = [...facts].sort((a, b) => a.date.localeCompare(b.date));
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
