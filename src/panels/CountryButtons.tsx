import type { Selection } from '../state/view-state';

interface CountryButtonsProps {
  ids: readonly string[];
  countryName: (id: string) => string;
  onSelect: (sel: Selection) => void;
  /** Numbered when the order means something (the countries a route crosses). */
  ordered?: boolean;
  className: string;
}

/** Countries as a list of links to their panels. */
export function CountryButtons({ ids, countryName, onSelect, ordered = false, className }: CountryButtonsProps) {
  const items = ids.map((id) => (
    <li key={id}>
      <button type="button" className="link-button" onClick={() => onSelect({ kind: 'country', id })}>
        {countryName(id)}
      </button>
    </li>
  ));
  return ordered ? <ol className={className}>{items}</ol> : <ul className={className}>{items}</ul>;
}
