import { useEffect, useMemo, useState } from 'react';
import type { Geometry } from '../data/load-geometry';
import type { FocusDataset } from '../data/schema';
import type { StateSource } from '../state/hooks/use-hash-state';
import { boundsForSelection } from '../state/selection-bounds';
import type { ViewState } from '../state/view-state';
import { CONTROLS_WIDTH_PX, type FrameInsets, isSheetLayout } from './framing';

/** Whether the panel is a bottom sheet (a phone), kept up to date as the window changes. */
function useSheetLayout(): boolean {
  const [sheet, setSheet] = useState(isSheetLayout);
  useEffect(() => {
    const onResize = () => setSheet(isSheetLayout());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return sheet;
}

interface FramingInputs {
  state: ViewState;
  source: StateSource;
  dataset: FocusDataset;
  geometry: Geometry | null;
  panelOpen: boolean;
  controlsOpen: boolean;
}

/**
 * How the camera frames things for this view: what a link with a selection and no view frames,
 * what covers the map (the layers box, a phone's bottom sheet), and whether a click on the map
 * should frame what it selects (on a phone, where the sheet would cover it).
 */
export function useFraming({ state, source, dataset, geometry, panelOpen, controlsOpen }: FramingInputs) {
  const sheet = useSheetLayout();
  const linkedSel = source === 'url' && state.map === null ? state.sel : null;
  const linkedFrame = useMemo(
    () => (linkedSel && geometry ? boundsForSelection(linkedSel, dataset, geometry) : null),
    [linkedSel, dataset, geometry],
  );
  const insets = useMemo(
    (): FrameInsets => ({ controlsRight: controlsOpen ? CONTROLS_WIDTH_PX : 0, sheetOpen: sheet && panelOpen }),
    [controlsOpen, sheet, panelOpen],
  );
  return { linkedFrame, insets, frameMapClicks: sheet };
}
