import { memo } from 'react';
import type { SearchEntry } from '../state/search-index';
import type { Selection } from '../state/view-state';
import { FocusSwitcher, type FocusSwitcherProps } from './FocusSwitcher';
import { SearchBox } from './SearchBox';

interface AppHeaderProps {
  /** The page's main heading: the focus country's foreign relations. */
  title: string;
  tagline: string;
  focus: FocusSwitcherProps;
  searchEntries: readonly SearchEntry[];
  listOpen: boolean;
  onSelect: (sel: Selection) => void;
  onToggleList: () => void;
  onShare: () => void;
}

/** Title, the focus country's switcher, search, the map/list switch and Share. Hidden in embed mode. */
export const AppHeader = memo(function AppHeader({
  title,
  tagline,
  focus,
  searchEntries,
  listOpen,
  onSelect,
  onToggleList,
  onShare,
}: AppHeaderProps) {
  return (
    <header className="app-header">
      <div className="app-title">
        <div className="title-line">
          <h1>{title}</h1>
          <FocusSwitcher {...focus} />
        </div>
        <p className="tagline">{tagline}</p>
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
