import { createBaseMap } from './map/base-map';
import './app.css';

/**
 * How long the app waits for the countries before it starts anyway. index.html preloads the
 * geometry alongside the scripts, so it is normally in already and this only covers its
 * decoding; past it, the app starts and says that the map is loading.
 */
const COUNTRIES_WAIT_MS = 250;

/** The app's code could not be fetched: say so, in place of the app, with a way out. */
function showStartFailure(root: HTMLElement) {
  const alert = document.createElement('div');
  alert.className = 'start-failure';
  alert.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = 'The map is here, but the rest of the app could not be loaded (a network error?).';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = 'Reload the page';
  reload.addEventListener('click', () => window.location.reload());
  alert.append(text, reload);
  root.replaceChildren(alert);
}

// The map and its countries come first, drawn by plain Leaflet; React and the rest of the app
// (preloaded by index.html) start once they are on screen. See map/base-map.ts.
const root = document.getElementById('root');
if (root) {
  const base = createBaseMap();
  const wait = new Promise((resolve) => setTimeout(resolve, COUNTRIES_WAIT_MS));
  void Promise.race([base.drawn, wait])
    .then(() => {
      base.handOver();
      return import('./mount-app');
    })
    .then(
      ({ mountApp }) => mountApp(root, base.map),
      () => showStartFailure(root),
    );
}
