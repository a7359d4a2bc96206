import type { ComponentProps } from 'react';
import { Legend } from './Legend';
import { LayersControl } from './LayersControl';
import { OrganisationPicker } from './OrganisationPicker';

type Picker = ComponentProps<typeof OrganisationPicker>;
type Layers = ComponentProps<typeof LayersControl>;

interface MapControlsProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  organisations: Picker['organisations'];
  selectedOrganisation: Picker['selectedId'];
  onChooseOrganisation: Picker['onChoose'];
  routes: Layers['routes'];
  groups: Layers['groups'];
  layerState: Layers['stateOf'];
  layerNote: Layers['noteFor'];
  onToggleLayer: Layers['onToggle'];
  kinds: ComponentProps<typeof Legend>['kinds'];
  focusName: string;
  asOf: string;
  /** A short legend, for a small embedded map. */
  compact: boolean;
}

/** Over the map, top right: the organisation picker, the route layers and the legend, foldable. */
export function MapControls(props: MapControlsProps) {
  const {
    open,
    onOpenChange,
    organisations,
    selectedOrganisation,
    onChooseOrganisation,
    routes,
    groups,
    layerState,
    layerNote,
    onToggleLayer,
    kinds,
    focusName,
    asOf,
    compact,
  } = props;
  return (
    <aside className="map-controls" aria-label="Layers and legend">
      <details
        open={open}
        // The browser also fires 'toggle' when React sets `open`; only a change is news.
        onToggle={(e) => e.currentTarget.open !== open && onOpenChange(e.currentTarget.open)}
      >
        <summary>
          <h2>Layers and legend</h2>
        </summary>
        <OrganisationPicker organisations={organisations} selectedId={selectedOrganisation} onChoose={onChooseOrganisation} />
        <LayersControl routes={routes} groups={groups} stateOf={layerState} noteFor={layerNote} onToggle={onToggleLayer} />
        <Legend kinds={kinds} focusName={focusName} asOf={asOf} compact={compact} />
      </details>
    </aside>
  );
}
