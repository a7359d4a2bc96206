/**
 * Keeps the view state and the address bar's hash in step.
 *
 * - On mount the state is the page's parsed hash (or `location.hash` parsed); `hashchange` and `popstate` (hand edits,
 *   Back/Forward, in-page links) parse it again. Such states have `source: 'url'`.
 * - `navigate(next, mode)` sets the state at once (`source: 'app'`) and writes the hash:
 *   'push' adds a history entry (selection, layers, year, closing a panel: Back undoes them),
 *   'replace' rewrites the current one (map moves), at most once per REPLACE_INTERVAL_MS with
 *   the last call kept, because Safari throttles frequent history writes (~100 per 30 s).
 * - Nothing is written when the canonical hash would not change, so opening a link and having
 *   the map report the same view back leaves the link untouched. Unknown keys are kept.
 * - A hash for another focus country is left alone: FocusRoot mounts a new app for it.
 *
 * `source` is how the app tells a linked view from a user action: apply `state.map` to the
 * camera only when `source === 'url'` (a link's map always wins), and fit a selection into view
 * only when `source === 'app'`.
 */
import { useCallback, useEffect, useState } from 'react';
import { focusInHash, type ParsedHash, parseHash, serialiseHash, warnInvalidKeys } from '../url-codec';
import { sameViewState, type Catalog, type ViewState } from '../view-state';

/** Where the current state came from: the address bar, or a `navigate` call. */
export type StateSource = 'url' | 'app';
export type NavigateMode = 'push' | 'replace';

/** Minimum time between two `replaceState` writes; the latest pending one is written after it. */
export const REPLACE_INTERVAL_MS = 400;

export interface HashState {
  state: ViewState;
  source: StateSource;
  /**
   * Moves to a new view. Pass a function to build it from the latest state (safe in handlers
   * registered once, such as a map's `moveend`). A state equal to the current one is ignored.
   */
  navigate: (next: ViewState | ((current: ViewState) => ViewState), mode: NavigateMode) => void;
}

/** What the address bar holds, as far as this hook knows. */
interface AddressBar {
  /** `location.hash` without '#', as the browser reports it: used to ignore our own echoes. */
  raw: string;
  /** Its canonical form: compared with what we would write, so equivalent links aren't rewritten. */
  canonical: string;
  /** Keys we don't own, kept on every rewrite. */
  unknown: [string, string][];
}

function currentHash(): string {
  return window.location.hash.replace(/^#/, '');
}

function addressBar(raw: string, { state, unknown }: ParsedHash, catalog: Catalog): { state: ViewState; bar: AddressBar } {
  return { state, bar: { raw, canonical: serialiseHash(state, catalog, unknown), unknown } };
}

/** Parses what the address bar holds now, reporting what it ignores. */
function readAddressBar(catalog: Catalog): { state: ViewState; bar: AddressBar } {
  const raw = currentHash();
  const parsed = parseHash(raw, catalog);
  warnInvalidKeys(parsed.invalid);
  return addressBar(raw, parsed, catalog);
}

/** Writes hashes to the session history, throttling replaces. Holds the mutable side of the hook. */
class HistoryWriter {
  private pending: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastReplaceAt = -Infinity;

  constructor(public bar: AddressBar) {}

  push(hash: string): void {
    // The entry we leave should keep the latest camera, so Back returns to it.
    this.flush();
    if (hash !== this.bar.canonical) this.write(hash, 'push');
  }

  replace(hash: string): void {
    if (hash === this.bar.canonical) {
      this.cancel();
      return;
    }
    const wait = this.lastReplaceAt + REPLACE_INTERVAL_MS - Date.now();
    if (wait <= 0 && this.timer === undefined) {
      this.writeReplace(hash);
      return;
    }
    this.pending = hash;
    this.timer ??= setTimeout(() => this.flush(), Math.max(0, wait));
  }

  /** Writes a pending replace now (before a push, on unmount, or when its time has come). */
  flush(): void {
    const hash = this.pending;
    this.cancel();
    if (hash !== null && hash !== this.bar.canonical) this.writeReplace(hash);
  }

  /** The address bar changed under us: its entry is no longer ours to rewrite. */
  adopt(bar: AddressBar): void {
    this.cancel();
    this.bar = bar;
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = null;
  }

  private writeReplace(hash: string): void {
    this.write(hash, 'replace');
    this.lastReplaceAt = Date.now();
  }

  private write(hash: string, mode: NavigateMode): void {
    // An empty hash leaves no dangling '#' in the address bar.
    const url = hash === '' ? window.location.pathname + window.location.search : `#${hash}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(window.history.state, '', url);
    this.bar = { ...this.bar, raw: currentHash(), canonical: hash };
  }
}

/**
 * The view state synced with `location.hash`. `catalog` must be stable (made once at start-up
 * or memoized): it is read when the hook mounts and by every parse and write after that.
 * `initial` is the hash the page opened with, parsed (and reported) once by start-up; without
 * it, or if the address bar has changed since, the hook parses the address bar itself.
 */
export function useHashState(catalog: Catalog, initial?: ParsedHash): HashState {
  const [session] = useState(() => {
    // Start-up's parse holds unless the address bar has changed since (a link followed while the app loaded).
    const { state, bar } =
      initial && initial.source === currentHash() ? addressBar(currentHash(), initial, catalog) : readAddressBar(catalog);
    // `latest` mirrors the rendered state for navigate's updater and equality check without
    // making navigate change identity on every render.
    return { initial: state, writer: new HistoryWriter(bar), latest: { state } };
  });
  const [view, setView] = useState<{ state: ViewState; source: StateSource }>({
    state: session.initial,
    source: 'url',
  });

  const navigate = useCallback<HashState['navigate']>(
    (next, mode) => {
      const state = typeof next === 'function' ? next(session.latest.state) : next;
      if (sameViewState(state, session.latest.state)) return;
      session.latest.state = state;
      setView({ state, source: 'app' });
      const hash = serialiseHash(state, catalog, session.writer.bar.unknown);
      if (mode === 'push') session.writer.push(hash);
      else session.writer.replace(hash);
    },
    [catalog, session],
  );

  useEffect(() => {
    const onAddressChange = () => {
      // popstate and hashchange often both fire for one change; our own writes fire neither.
      if (currentHash() === session.writer.bar.raw) return;
      // Another focus country's view is not this catalog's to read: the app is being
      // replaced by one for that focus (FocusRoot), which parses and reports it.
      if (focusInHash(currentHash(), catalog.focuses) !== catalog.focus) return;
      const { state, bar } = readAddressBar(catalog);
      session.writer.adopt(bar);
      session.latest.state = state;
      setView({ state, source: 'url' });
    };
    window.addEventListener('hashchange', onAddressChange);
    window.addEventListener('popstate', onAddressChange);
    return () => {
      window.removeEventListener('hashchange', onAddressChange);
      window.removeEventListener('popstate', onAddressChange);
      session.writer.flush();
    };
  }, [catalog, session]);

  return { state: view.state, source: view.source, navigate };
}
