import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Boot } from './boot/boot';
import { FocusRoot } from './FocusRoot';

/** Starts React with what start-up knows: the app takes over the map drawn before it (boot/). */
export function mountApp(root: HTMLElement, boot: Boot) {
  createRoot(root).render(
    <StrictMode>
      <FocusRoot boot={boot} />
    </StrictMode>,
  );
}
