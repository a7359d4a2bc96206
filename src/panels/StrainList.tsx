import type { Strain } from '../data/schema';
import { FactList } from './FactList';
import { formatDate } from './format';

/**
 * Periods of strain, shown beside the kind and not instead of it: a declaration can stay in
 * force through a crisis, and the reader should see both.
 */
export function StrainList({ strains, current }: { strains: readonly Strain[]; current: readonly Strain[] }) {
  if (strains.length === 0) return null;
  return (
    <section className="strains" aria-label="Strains">
      <h3>Under strain</h3>
      <ol className="periods">
        {strains.map((s) => (
          <li key={s.from} className={current.includes(s) ? 'strain-current' : undefined}>
            <p className="period-head">
              {formatDate(s.from)} – {s.to ? formatDate(s.to) : 'now'}: {s.label}
              {current.includes(s) && <span className="strain-badge"> in force</span>}
            </p>
            <FactList facts={s.evidence} label={`Evidence of strain: ${s.label}`} />
          </li>
        ))}
      </ol>
    </section>
  );
}
