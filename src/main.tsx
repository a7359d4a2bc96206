import { startBoot } from './boot/boot';
import { showStartFailure } from './boot/start-failure';
import './app.css';
import './print.css';

/**
 * How long the app waits for the countries before it starts anyway. index.html preloads the
 * geometry alongside the scripts, so it is normally in already and this only covers its
 * decoding; past it, the app starts and says that the map is loading.
 */
const COUNTRIES_WAIT_MS = 250;

// The map and its countries come first, drawn by plain Leaflet; React and the rest of the app
// (preloaded by index.html) start once they are on screen, with what start-up knows. See boot/.
const root = document.getElementById('root');
if (root) {
  void startBoot(COUNTRIES_WAIT_MS).then(
    (boot) =>
      import('./mount-app').then(
        ({ mountApp }) => mountApp(root, boot),
        () => showStartFailure(root, 'The map is here, but the rest of the app could not be loaded (a network error?).'),
      ),
    // The focus country's data could not be fetched: say so rather than loading for ever.
    () => showStartFailure(root, 'The map’s data could not be loaded (a network error?).'),
  );
}
