import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Map as LeafletMap } from 'leaflet';
import { App } from './App';

/** Starts React: the app takes over the map drawn before it (main.tsx). */
export function mountApp(root: HTMLElement, map: LeafletMap) {
  createRoot(root).render(
    <StrictMode>
      <App map={map} />
    </StrictMode>,
  );
}
