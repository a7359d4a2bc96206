import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startGeometryLoad } from './state/use-geometry';
import './app.css';

/**
 * How long the first render waits for the geometry. index.html preloads it alongside the script,
 * so it is normally in already and this only covers its decoding; past this, the app renders
 * and says that the map is loading (as index.html does until then).
 */
const FIRST_RENDER_WAIT_MS = 250;

const root = document.getElementById('root');
if (root) {
  const geometry = startGeometryLoad();
  const wait = new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS));
  void Promise.race([geometry, wait]).then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
