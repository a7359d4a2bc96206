import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { search, type SearchEntry } from '../state/search-index';
import type { Selection } from '../state/view-state';

interface SearchBoxProps {
  entries: readonly SearchEntry[];
  onSelect: (sel: Selection) => void;
}

/** True when a key press is aimed at a text field, where `/` is just a character. */
function typingInField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * Search as an ARIA 1.2 combobox: arrows move through the suggestions, Enter selects, Escape
 * clears; `/` anywhere on the page focuses it.
 */
export function SearchBox({ entries, onSelect }: SearchBoxProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const results = useMemo(() => search(entries, query), [entries, query]);
  const expanded = open && results.length > 0;

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === '/' && !typingInField(e.target) && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const choose = (entry: SearchEntry | undefined) => {
    if (!entry) return;
    setQuery('');
    setOpen(false);
    onSelect(entry.sel);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (results.length === 0 ? 0 : (i + step + results.length) % results.length));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (expanded) choose(results[active]);
    } else if (e.key === 'Escape') {
      // Handled here, so the panel behind stays open.
      e.preventDefault();
      e.nativeEvent.stopImmediatePropagation();
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };

  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="sr-only">
        Search countries, routes and organisations
      </label>
      <input
        id={`${id}-input`}
        ref={input}
        type="search"
        role="combobox"
        autoComplete="off"
        placeholder="Search (press /)"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded ? `${id}-opt-${active}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {/* The ARIA 1.2 combobox pattern: focus stays in the input, which points at the active option
          (aria-activedescendant); the options take clicks but not focus, and the input takes the keys. biome.json lets this file break the rules that don't know the pattern. */}
      <ul id={`${id}-list`} role="listbox" aria-label="Suggestions" className="search-results" hidden={!expanded}>
        {results.map((entry, i) => (
          <li
            key={`${entry.sel.kind}:${entry.sel.id}`}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(entry)}
          >
            <span className="search-label">{entry.label}</span> <span className="search-category">{entry.category}</span>
          </li>
        ))}
      </ul>
      <p className="sr-only" role="status">
        {open && query && (results.length === 0 ? 'No matches.' : `${results.length} suggestions.`)}
      </p>
    </div>
  );
}
