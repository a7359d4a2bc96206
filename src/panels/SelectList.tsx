import type { Selection } from '../state/view-state';

interface SelectListProps {
  heading: string;
  items: readonly { sel: Selection; label: string }[];
  onSelect: (sel: Selection) => void;
}

/** A short list of things the reader can jump to (routes, organisations, countries). */
export function SelectList({ heading, items, onSelect }: SelectListProps) {
  if (items.length === 0) return null;
  return (
    <section className="select-list" aria-label={heading}>
      <h3>{heading}</h3>
      <ul>
        {items.map(({ sel, label }) => (
          <li key={`${sel.kind}:${sel.id}`}>
            <button type="button" className="link-button" onClick={() => onSelect(sel)}>
              {label}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
