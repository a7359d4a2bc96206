import { useCallback, useState } from 'react';
import type { Geometry } from '../../data/load-geometry';
import type { FocusDataset } from '../../data/schema';
import type { Bounds } from '../../geo/bounds';
import { selectionForCountry } from '../selection';
import type { PartnerIndex } from '../selectors';
import { boundsForSelection } from '../selection-bounds';
import type { NavigateMode } from './use-hash-state';
import { select, switchFocus, toggleLayer, type Catalog, type Selection, type ViewState } from '../view-state';

interface Inputs {
  navigate: (next: (current: ViewState) => ViewState, mode: NavigateMode) => void;
  geometry: Geometry | null;
  dataset: FocusDataset;
  index: PartnerIndex;
  catalog: Catalog;
  /** Frame what a click on the map selects too (on a phone, so it is not left under the sheet). */
  frameMapClicks: boolean;
  /** Called once the address bar names another focus country, for the app to be replaced. */
  onFocusChosen: () => void;
}

/** A request to frame some bounds: a new object each time, so the same place can be framed twice. */
export interface FitRequest {
  bounds: Bounds;
}

/**
 * What the reader can do to the view, as stable callbacks (so memoised layers and controls
 * do not re-render for nothing). Selecting from the map keeps the camera (but on a phone, where
 * the sheet would cover it); selecting from a list, search or panel also frames the item.
 */
export function useViewActions({ navigate, geometry, dataset, index, catalog, frameMapClicks, onFocusChosen }: Inputs) {
  const [fit, setFit] = useState<FitRequest | null>(null);
  const choose = useCallback(
    (sel: Selection | null, frame: boolean) => {
      navigate((s) => select(s, sel), 'push');
      const bounds = sel && frame && geometry ? boundsForSelection(sel, dataset, geometry) : null;
      if (bounds) setFit({ bounds });
    },
    [navigate, geometry, dataset],
  );
  return {
    fit,
    close: useCallback(() => choose(null, false), [choose]),
    selectCountry: useCallback((id: string) => choose(selectionForCountry(id, index), frameMapClicks), [choose, index, frameMapClicks]),
    selectRoute: useCallback((id: string) => choose({ kind: 'route', id }, true), [choose]),
    selectFromUi: useCallback((sel: Selection) => choose(sel, true), [choose]),
    chooseOrganisation: useCallback((id: string | null) => choose(id ? { kind: 'org', id } : null, false), [choose]),
    setYear: useCallback((year: number | null, mode: NavigateMode) => navigate((s) => ({ ...s, year }), mode), [navigate]),
    toggleLayer: useCallback((id: string) => navigate((s) => toggleLayer(s, catalog, id), 'push'), [navigate, catalog]),
    chooseFocus: useCallback(
      (id: string) => {
        navigate((s) => switchFocus(s, id, catalog), 'push');
        onFocusChosen();
      },
      [navigate, catalog, onFocusChosen],
    ),
  };
}
