import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { App } from './App';
import { type Boot, loadFocus } from './boot/boot';
import { useServiceWorker } from './lib/use-service-worker';
import { useWindowEvents } from './lib/use-window-events';
import { UpdateNotice } from './panels/UpdateNotice';
import { useAfterFirstPaint } from './state/hooks/use-after-first-paint';
import { focusInHash, parseHash, warnInvalidKeys } from './state/url-codec';

/** The part of the Boot that belongs to one focus country. */
type FocusBoot = Pick<Boot, 'focus' | 'initialHash' | 'drawnCountries'>;

/**
 * One app per focus country: when the address bar asks for another focus (the header's
 * switcher, Back, Forward, a pasted link), its pack is loaded on demand and a new app is mounted
 * for it on the same map, which frames the new focus (or the link's view). The old app stays
 * until the new pack is in. It also offers a new version of the app once one has downloaded.
 */
export function FocusRoot({ boot }: { boot: Boot }) {
  const [current, setCurrent] = useState<FocusBoot>(boot);
  const [status, setStatus] = useState<string | null>(null);
  /** The focus last asked for, so that a slow load does not replace a later one. */
  const wanted = useRef(boot.focus.dataset.focus.id);
  const ids = useMemo(() => boot.packs.map((p) => p.id), [boot.packs]);
  const shownId = current.focus.dataset.focus.id;
  const offline = useServiceWorker(useAfterFirstPaint());

  const follow = useCallback(() => {
    const hash = window.location.hash;
    const id = focusInHash(hash, ids) ?? shownId;
    wanted.current = id;
    if (id === shownId) return setStatus(null);
    const name = boot.packs.find((p) => p.id === id)?.name ?? id;
    setStatus(`Loading ${name}…`);
    loadFocus(hash, boot.packs).then(
      (focus) => {
        if (wanted.current !== id) return;
        const initialHash = parseHash(window.location.hash, focus.catalog);
        warnInvalidKeys(initialHash.invalid);
        setCurrent({ focus, initialHash, drawnCountries: null });
        setStatus(null);
      },
      () => wanted.current === id && setStatus(`${name}’s data could not be loaded (a network error?). Go Back, or reload the page.`),
    );
  }, [ids, shownId, boot.packs]);

  useWindowEvents({ hashchange: follow, popstate: follow });
  // The address bar may have asked for another focus while the page was starting.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on mount; later changes come as events
  useEffect(follow, []);

  return (
    <>
      <App key={shownId} boot={{ ...boot, ...current }} onFocusChosen={follow} />
      <p className={status ? 'focus-status' : 'sr-only'} role="status">
        {status}
      </p>
      <UpdateNotice ready={offline.updateReady} onReload={offline.reload} />
    </>
  );
}
