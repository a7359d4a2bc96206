import type { FocusPack } from '../schema';

/** A focus country the map can show, and how to load its pack (each is its own chunk). */
export interface PackEntry {
  /** ISO 3166-1 alpha-3, as the `focus` URL key writes it. */
  id: string;
  name: string;
  load: () => Promise<FocusPack>;
}

/** Every pack, in the order the header's switcher lists them; the first is the default focus. */
export const PACKS: readonly PackEntry[] = [
  { id: 'AZE', name: 'Azerbaijan', load: () => import('./aze').then((m) => m.pack) },
  { id: 'GEO', name: 'Georgia', load: () => import('./geo').then((m) => m.pack) },
];
