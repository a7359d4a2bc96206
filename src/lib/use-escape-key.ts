import { useEffect } from 'react';
import { useLatest } from './use-latest';

/**
 * Calls the latest `onEscape` for every Escape the page receives, from one listener registered
 * once: it never misses a key pressed while the component that would close is still loading or
 * re-rendering. Escape inside a dialog is the dialog's own (it closes the dialog).
 */
export function useEscapeKey(onEscape: () => void): void {
  const latest = useLatest(onEscape);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const inDialog = e.target instanceof Element && e.target.closest('dialog') !== null;
      if (e.key === 'Escape' && !e.defaultPrevented && !inDialog) latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [latest]);
}
