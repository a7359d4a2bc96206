import { type ComponentProps, type ComponentType, lazy, useCallback, useEffect, useState } from 'react';
import type { FocusDetails } from '../data/schema';
import { onIdle } from '../lib/on-idle';

// The detail panels are not in the first view: their code and their data load on idle after the
// first paint, so that a click (the first one included) opens one without waiting.
type SelectionPanelProps = Omit<ComponentProps<typeof import('./SelectionPanel').SelectionPanel>, 'details'>;
export type SelectionPanelComponent = ComponentType<SelectionPanelProps>;

async function loadSelectionPanel(loadDetails: () => Promise<FocusDetails>): Promise<SelectionPanelComponent> {
  const [panel, details] = await Promise.all([import('./SelectionPanel'), loadDetails()]);
  return (props) => <panel.SelectionPanel {...props} details={details} />;
}

/**
 * The detail panel component (render it inside Suspense and an error boundary), and
 * `retryLoad` for the error boundary's Retry. Until its code is here it is a lazy component;
 * once loaded, the loaded one, since a lazy one shows its fallback first and React holds that
 * for a moment. `ready` turns true once it is loaded, for warming it up.
 */
export function useSelectionPanel(loadDetails: () => Promise<FocusDetails>, start: boolean) {
  const lazyPanel = useCallback(
    (): SelectionPanelComponent => lazy(() => loadSelectionPanel(loadDetails).then((panel) => ({ default: panel }))),
    [loadDetails],
  );
  const [panel, setPanel] = useState<{ component: SelectionPanelComponent; ready: boolean }>(() => ({
    component: lazyPanel(),
    ready: false,
  }));
  useEffect(() => {
    if (!start) return;
    let live = true;
    const cancel = onIdle(() => {
      loadSelectionPanel(loadDetails).then(
        (component) => live && setPanel({ component, ready: true }),
        () => undefined,
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [start, loadDetails]);
  // React keeps a failed lazy load: a retry needs a fresh lazy component.
  const retryLoad = useCallback(() => setPanel({ component: lazyPanel(), ready: false }), [lazyPanel]);
  return { SelectionPanel: panel.component, ready: panel.ready, retryLoad };
}
