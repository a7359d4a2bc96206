import { useEffect, useState } from 'react';
import { onIdle } from './on-idle';

/** False until the main thread is first idle after `ready` turned true: for work that should not compete with the first view. */
export function useIdleAfter(ready: boolean): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!ready || idle) return;
    return onIdle(() => setIdle(true));
  }, [ready, idle]);
  return idle;
}
