import { lazy, useCallback, useEffect, useState, type ComponentProps, type ComponentType } from 'react';

// The detail panels are not in the first view: their code and their data load on demand, as soon
// as the reader starts using the page, so that a click opens one without waiting.
type SelectionPanelProps = Omit<ComponentProps<typeof import('./SelectionPanel').SelectionPanel>, 'details'>;

let loaded: ComponentType<SelectionPanelProps> | null = null;

async function loadSelectionPanel(): Promise<ComponentType<SelectionPanelProps>> {
  const [panel, data] = await Promise.all([import('./SelectionPanel'), import('../data/azerbaijan/details')]);
  loaded ??= (props) => <panel.SelectionPanel {...props} details={data.azerbaijanDetails} />;
  return loaded;
}

/**
 * The panel component: the loaded one once it is here, since a lazy one, even when its code is
 * in, shows its fallback first and React holds that for a moment. Otherwise a fresh lazy
 * component: React keeps a failed load, so a retry needs a new one.
 */
const selectionPanelComponent = () => loaded ?? lazy(() => loadSelectionPanel().then((panel) => ({ default: panel })));

/**
 * The detail panel component (render it inside Suspense and an error boundary), loaded once the
 * reader is `engaged`, and `retryLoad` for the error boundary's Retry.
 */
export function useSelectionPanel(engaged: boolean) {
  const [SelectionPanel, setSelectionPanel] = useState(selectionPanelComponent);
  useEffect(() => {
    if (!engaged) return;
    loadSelectionPanel().then(
      (panel) => setSelectionPanel(() => panel),
      () => undefined,
    );
  }, [engaged]);
  const retryLoad = useCallback(() => setSelectionPanel(() => selectionPanelComponent()), []);
  return { SelectionPanel, retryLoad };
}
