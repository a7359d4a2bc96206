import { memo } from 'react';
import type { Organisation } from '../data/schema';

interface OrganisationPickerProps {
  organisations: readonly Organisation[];
  selectedId: string | null;
  onChoose: (orgId: string | null) => void;
}

/** Choosing an organisation highlights its members on the map and opens its panel. */
export const OrganisationPicker = memo(function OrganisationPicker({ organisations, selectedId, onChoose }: OrganisationPickerProps) {
  return (
    <div className="org-picker">
      <label htmlFor="org-picker">Organisations</label>
      <select id="org-picker" value={selectedId ?? ''} onChange={(e) => onChoose(e.target.value || null)}>
        <option value="">Highlight members of…</option>
        {organisations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.shortName} — {o.name}
          </option>
        ))}
      </select>
    </div>
  );
});
