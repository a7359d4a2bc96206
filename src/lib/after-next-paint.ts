/**
 * Runs `fn` once the browser has painted the next frame (a timeout set from an animation frame
 * runs after that frame's paint), for work that should not hold up what the reader asked to
 * see. Returns a function that cancels it.
 */
export function afterNextPaint(fn: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
