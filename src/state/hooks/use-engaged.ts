import { useEffect, useState } from 'react';

const INTENT = ['pointermove', 'pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/**
 * True from the reader's first sign of use (a pointer move, a touch, a key). Code and data for
 * later views are fetched then, rather than competing with the first view for the main thread.
 */
export function useEngaged(): boolean {
  const [engaged, setEngaged] = useState(false);
  useEffect(() => {
    if (engaged) return;
    const engage = () => setEngaged(true);
    for (const type of INTENT) window.addEventListener(type, engage, { once: true, passive: true });
    return () => {
      for (const type of INTENT) window.removeEventListener(type, engage);
    };
  }, [engaged]);
  return engaged;
}
