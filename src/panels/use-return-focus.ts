import { useLayoutEffect, useRef } from 'react';

/**
 * Remembers what had focus when something opens (a panel) and gives focus back when it closes,
 * so a keyboard user is returned to where they were.
 */
export function useReturnFocus(open: boolean) {
  const returnTo = useRef<Element | null>(null);
  useLayoutEffect(() => {
    if (open) {
      returnTo.current = document.activeElement;
      return;
    }
    const target = returnTo.current;
    returnTo.current = null;
    if (target instanceof HTMLElement && target.isConnected && target !== document.body) target.focus();
  }, [open]);
}
