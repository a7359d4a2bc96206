import type { Geometry } from '../data/load-geometry';
import type { FocusDataset } from '../data/schema';
import { boundsOf, type Bounds } from '../geo/bounds';
import type { Selection } from './view-state';

/** Where to fit the camera for a selection: the country, the bloc's or organisation's members, or the route. */
export function boundsForSelection(sel: Selection, dataset: FocusDataset, geometry: Geometry): Bounds | null {
  const countries = (ids: readonly string[]) => geometry.countries.features.filter((f) => ids.includes(f.id));
  switch (sel.kind) {
    case 'country':
      return boundsOf(countries([sel.id]));
    case 'bloc':
      return boundsOf(countries(dataset.partners.find((p) => p.id === sel.id)?.members ?? []));
    case 'org':
      return boundsOf(countries(dataset.organisations.find((o) => o.id === sel.id)?.members ?? []));
    case 'route':
      return boundsOf(geometry.routes.features.filter((f) => f.properties.routeId === sel.id));
  }
}
