/** A promise whose outcome can also be read synchronously once it has settled. */
export interface Settling<T> {
  readonly promise: Promise<T>;
  /** The value, once the promise has resolved; undefined before. */
  current(): T | undefined;
}

/**
 * Wraps a promise that never rejects (map failures to values first), so that a reader that
 * arrives after it settled gets the value at once instead of waiting a turn.
 */
export function settling<T>(promise: Promise<T>): Settling<T> {
  let value: T | undefined;
  const tracked = promise.then((v) => {
    value = v;
    return v;
  });
  return { promise: tracked, current: () => value };
}
