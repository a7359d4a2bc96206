import type { EvidenceType, RelationKind, RelationPeriod } from '../data/schema';
import { FactItem, FactList } from './FactList';
import { formatDate } from './format';

const EVIDENCE_WORDS: Record<EvidenceType, string> = {
  'alliance-treaty': 'Treaty of alliance',
  'alliance-declaration': 'Declaration of allied relations',
  'strategic-partnership': 'Strategic-partnership document',
  war: 'War',
  'no-relations': 'No diplomatic relations',
  'relations-established': 'Relations established',
};

interface PeriodListProps {
  periods: readonly RelationPeriod[];
  kinds: readonly RelationKind[];
}

/** How the relationship has been classed over time, each period with the document that makes it so. */
export function PeriodList({ periods, kinds }: PeriodListProps) {
  const labelOf = (id: string) => kinds.find((k) => k.id === id)?.label ?? id;
  return (
    <ol className="periods">
      {periods.map((p) => (
        <li key={p.from}>
          <p className="period-head">
            {formatDate(p.from)} – {p.to ? formatDate(p.to) : 'now'}: {labelOf(p.kind)}
          </p>
          {p.establishing ? (
            <p className="establishing">
              <FactItem fact={p.establishing} lead={EVIDENCE_WORDS[p.establishing.type]} />
            </p>
          ) : (
            <p className="establishing">No founding document: ordinary relations, the baseline kind.</p>
          )}
          <FactList facts={p.supporting} label={`More on ${formatDate(p.from)} – ${p.to ? formatDate(p.to) : 'now'}`} />
        </li>
      ))}
    </ol>
  );
}
