import { useEffect, useState } from 'react';

/**
 * Loads a module (a dynamic `import()`) once `enabled` turns true, and returns it when it has
 * arrived: for data a later view needs, fetched after the first view rather than with it.
 * A failed load leaves it null; the view that needs it says it is still loading.
 */
export function useLazyModule<M>(load: () => Promise<M>, enabled: boolean): M | null {
  const [module, setModule] = useState<M | null>(null);
  useEffect(() => {
    if (!enabled || module) return;
    let live = true;
    load().then(
      (m) => live && setModule(m),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [load, enabled, module]);
  return module;
}
