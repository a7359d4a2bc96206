import { memo } from 'react';
import type { SearchEntry } from '../state/search-index';
import type { Selection } from '../state/view-state';
import { SearchBox } from './SearchBox';

interface AppHeaderProps {
  /** The page's main heading: the focus country's foreign relations. */
  title: string;
  searchEntries: readonly SearchEntry[];
  listOpen: boolean;
  onSelect: (sel: Selection) => void;
  onToggleList: () => void;
  onShare: () => void;
}

/** Title, search, the map/list switch and Share. Hidden in embed mode. */
export const AppHeader = memo(function AppHeader({ title, searchEntries, listOpen, onSelect, onToggleList, onShare }: AppHeaderProps) {
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>{title}</h1>
        <p className="tagline">Partners, pipelines and railways: click a country or a route. Every fact is sourced.</p>
      </div>
      <SearchBox entries={searchEntries} onSelect={onSelect} />
      <div className="header-actions">
        <button type="button" className="header-button" aria-pressed={listOpen} onClick={onToggleList}>
          List
        </button>
        <button type="button" className="header-button" onClick={onShare}>
          Share
        </button>
      </div>
    </header>
  );
});
