import type { TimelineEvent } from '../data/schema';
import { parseSelectionRef } from '../state/selection';
import type { Selection } from '../state/view-state';
import { ConfidenceNote } from './ConfidenceNote';
import { formatDate } from './format';
import { SourceLink } from './SourceLink';

/**
 * The events of a year, each with its source, and a link to what it concerns. Loaded with the
 * events, not with the map: it brings the publisher registry with it.
 */
export default function TimelineEventList({ events, onSelect }: { events: readonly TimelineEvent[]; onSelect: (sel: Selection) => void }) {
  return (
    <ol>
      {events.map((e) => {
        const target = e.refs.map(parseSelectionRef).find((s) => s !== null);
        return (
          <li key={`${e.date}-${e.text}`}>
            <time dateTime={e.date}>{formatDate(e.date)}</time>{' '}
            {target ? (
              <button type="button" className="link-button" onClick={() => onSelect(target)}>
                {e.text}
              </button>
            ) : (
              e.text
            )}{' '}
            <SourceLink source={e.source} /> <ConfidenceNote confidence={e.confidence} note={e.note} />
          </li>
        );
      })}
    </ol>
  );
}
