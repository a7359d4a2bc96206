import type { DatedFact } from '../data/schema';
import { compareText } from '../lib/compare';
import { ConfidenceNote } from './ConfidenceNote';
import { formatDate } from './format';
import { SourceLink } from './SourceLink';

/** One dated fact: its date, our sentence, its source, and how sure we are when that matters. */
export function FactItem({ fact, lead }: { fact: DatedFact; lead?: string }) {
  return (
    <>
      <time dateTime={fact.date}>{formatDate(fact.date)}</time> {lead && <strong>{lead}: </strong>}
      {fact.text} <SourceLink source={fact.source} /> <ConfidenceNote confidence={fact.confidence} note={fact.note} />
    </>
  );
}

/** Dated facts as a timeline, oldest first, each with its source. */
export function FactList({ facts, label }: { facts: readonly DatedFact[]; label: string }) {
  if (facts.length === 0) return null;
  const sorted = [...facts].sort((a, b) => compareText(a.date, b.date));
  return (
    <ol className="fact-list" aria-label={label}>
      {sorted.map((f) => (
        <li key={`${f.date}-${f.text}`}>
          <FactItem fact={f} />
        </li>
      ))}
    </ol>
  );
}
