import type { Organisation, RouteCore } from '../data/schema';
import type { Selection } from '../state/view-state';
import { AfterFirstPaint } from './AfterFirstPaint';
import { DetailPanel } from './DetailPanel';
import { RelatedLists } from './RelatedLists';

interface CountryPanelProps {
  id: string;
  name: string;
  isFocus: boolean;
  focusName: string;
  organisations: readonly Organisation[];
  routes: readonly RouteCore[];
  onSelect: (sel: Selection) => void;
  onClose: () => void;
}

/** A country without an entry of its own: say so briefly, and what it shares with the focus country. */
export function CountryPanel({ id, name, isFocus, focusName, organisations, routes, onSelect, onClose }: CountryPanelProps) {
  return (
    <DetailPanel itemKey={`country:${id}`} title={name} eyebrow={isFocus ? 'The focus country' : 'Country'} onClose={onClose}>
      {isFocus ? (
        <p>{focusName} is the country this map is about: the links and routes start here.</p>
      ) : (
        <p>{name} is not one of the partners this map covers in detail.</p>
      )}
      {!isFocus && organisations.length === 0 && <p>It shares none of the listed organisations with {focusName}.</p>}
      <AfterFirstPaint itemKey={id}>
        <RelatedLists
          routes={routes}
          organisations={organisations}
          organisationsHeading={isFocus ? `Organisations ${focusName} belongs to` : `Organisations shared with ${focusName}`}
          onSelect={onSelect}
        />
      </AfterFirstPaint>
    </DetailPanel>
  );
}
