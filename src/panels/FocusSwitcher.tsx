/** A focus country the switcher offers. */
export interface FocusChoice {
  id: string;
  name: string;
}

export interface FocusSwitcherProps {
  /** The focus country shown now. */
  id: string;
  packs: readonly FocusChoice[];
  onChoose: (id: string) => void;
}

/**
 * The header's choice of focus country, beside the heading: a native select (keyboard, screen
 * readers and phones' own pickers for free) named "Foreign relations of", showing the country.
 */
export function FocusSwitcher({ id, packs, onChoose }: FocusSwitcherProps) {
  return (
    <label className="focus-switcher">
      <span className="sr-only">Foreign relations of</span>
      <select value={id} onChange={(e) => onChoose(e.currentTarget.value)}>
        {packs.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
}
