import { useCallback, useEffect, useState } from 'react';

/**
 * The offline worker (vite.config.ts): registered once `start` is true (after the first paint, so
 * the first view's bytes and timings don't change), in the built app only. `updateReady` turns
 * true when a new version has downloaded and waits; `reload` lets it take over and reloads, which
 * happens only when the reader asks. A worker that fails to install leaves the online app as it is.
 * The development server never registers one, and removes any a build left behind.
 */
/** How long Reload waits for the new worker to take over before reloading anyway. */
const FALLBACK_RELOAD_MS = 3000;

export function useServiceWorker(start: boolean): { updateReady: boolean; reload: () => void } {
  const [update, setUpdate] = useState<(() => Promise<void>) | null>(null);
  useEffect(() => {
    if (!start || !('serviceWorker' in navigator)) return;
    if (!import.meta.env.PROD) {
      void navigator.serviceWorker.getRegistrations().then((all) => all.forEach((r) => void r.unregister()));
      return;
    }
    let live = true;
    void import('virtual:pwa-register').then(
      ({ registerSW }) => {
        const updateSW = registerSW({
          immediate: true,
          onNeedRefresh: () => live && setUpdate(() => () => updateSW(true)),
          onRegisterError: () => undefined,
        });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [start]);
  const reload = useCallback(() => {
    void update?.();
    // Workbox reloads once the new worker has taken over; should that signal not come, the
    // reader asked for a reload all the same, and the next page load uses the new version.
    window.setTimeout(() => window.location.reload(), FALLBACK_RELOAD_MS);
  }, [update]);
  return { updateReady: update !== null, reload };
}
