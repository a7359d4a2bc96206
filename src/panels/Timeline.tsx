import { lazy, memo, Suspense, useEffect, useState } from 'react';
import type { TimelineEvent } from '../data/schema';
import { yearOf } from '../state/selectors';
import type { Selection } from '../state/view-state';

const TimelineEventList = lazy(() => import('./TimelineEventList'));

interface TimelineProps {
  /** The chosen year; null is today. */
  year: number | null;
  firstYear: number;
  lastYear: number;
  /** The dated events, once loaded (they load with the timeline, not with the map). */
  events: readonly TimelineEvent[] | null;
  onYear: (year: number | null, mode: 'push' | 'replace') => void;
  onSelect: (sel: Selection) => void;
}

const PLAY_STEP_MS = 1200;

/**
 * The year control: a slider from independence to today, previous/next, play, and the events of
 * the chosen year. The slider's last step is "today", which writes no year to the URL.
 */
export const Timeline = memo(function Timeline({ year, firstYear, lastYear, events, onYear, onSelect }: TimelineProps) {
  const [playing, setPlaying] = useState(false);
  const shown = year ?? lastYear;
  const set = (y: number, mode: 'push' | 'replace' = 'push') => onYear(y >= lastYear ? null : Math.max(firstYear, y), mode);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      if (year === null) setPlaying(false);
      else set(year + 1, 'replace');
    }, PLAY_STEP_MS);
    return () => window.clearTimeout(timer);
  });

  const togglePlay = () => {
    if (!playing && year === null) set(firstYear);
    setPlaying(!playing);
  };
  const ofYear = (events ?? []).filter((e) => yearOf(e.date) === shown);

  return (
    <section className="timeline" aria-label="Timeline">
      <div className="timeline-controls">
        <button type="button" onClick={() => set(shown - 1)} disabled={shown <= firstYear} aria-label="Previous year">
          ‹
        </button>
        <button type="button" onClick={togglePlay} aria-pressed={playing} aria-label={playing ? 'Pause the timeline' : 'Play the timeline'}>
          {playing ? '❚❚' : '▶'}
        </button>
        <button type="button" onClick={() => set(shown + 1)} disabled={year === null} aria-label="Next year">
          ›
        </button>
        <label htmlFor="timeline-year" className="sr-only">
          Year
        </label>
        <input
          id="timeline-year"
          type="range"
          min={firstYear}
          max={lastYear}
          step={1}
          value={shown}
          aria-valuetext={year === null ? `Today (${lastYear})` : String(year)}
          onChange={(e) => {
            setPlaying(false);
            set(Number(e.target.value));
          }}
        />
        <output htmlFor="timeline-year" className="timeline-year">
          {year === null ? 'Today' : year}
        </output>
      </div>
      <details className="timeline-events">
        <summary>{events ? `Events in ${shown} (${ofYear.length})` : `Events in ${shown} (loading…)`}</summary>
        {events === null ? (
          <p>Loading the events…</p>
        ) : ofYear.length === 0 ? (
          <p>No events recorded for {shown}.</p>
        ) : (
          <Suspense fallback={<p>Loading the events…</p>}>
            <TimelineEventList events={ofYear} onSelect={onSelect} />
          </Suspense>
        )}
      </details>
    </section>
  );
});
