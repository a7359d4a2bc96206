import type { Confidence } from '../data/schema';

const WORDS: Record<Confidence, string> = {
  'single-source': 'Single source',
  disputed: 'Sources disagree',
};

/** Says on screen when a fact rests on one source only, or when sources disagree, and why. */
export function ConfidenceNote({ confidence, note }: { confidence?: Confidence; note?: string }) {
  if (!confidence && !note) return null;
  return (
    <span className={`confidence${confidence ? ` confidence-${confidence}` : ''}`}>
      {confidence && <strong>{WORDS[confidence]}</strong>}
      {confidence && note && ': '}
      {note}
    </span>
  );
}
