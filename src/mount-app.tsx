import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Boot } from './boot/boot';
import { FocusRoot } from './FocusRoot';

/** Starts React with what start-up knows: the app takes over the map drawn before it (boot/). Returns the React root. */
export function mountApp(root: HTMLElement, boot: Boot): Root {
  const app = createRoot(root);
  app.render(
    <StrictMode>
      <FocusRoot boot={boot} />
    </StrictMode>,
  );
  return app;
}
