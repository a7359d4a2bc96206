import type { Organisation, RouteCore } from '../data/schema';
import type { Selection } from '../state/view-state';
import { DetailPanel } from './DetailPanel';
import { SelectList } from './SelectList';

interface CountryPanelProps {
  id: string;
  name: string;
  isFocus: boolean;
  organisations: readonly Organisation[];
  routes: readonly RouteCore[];
  onSelect: (sel: Selection) => void;
  onClose: () => void;
}

/** A country without an entry of its own: say so briefly, and what it shares with Azerbaijan. */
export function CountryPanel({ id, name, isFocus, organisations, routes, onSelect, onClose }: CountryPanelProps) {
  return (
    <DetailPanel itemKey={`country:${id}`} title={name} eyebrow={isFocus ? 'The focus country' : 'Country'} onClose={onClose}>
      {isFocus ? (
        <p>Azerbaijan is the country this map is about: the links and routes start here.</p>
      ) : (
        <p>{name} is not one of the partners this map covers in detail.</p>
      )}
      {!isFocus && organisations.length === 0 && <p>It shares none of the listed organisations with Azerbaijan.</p>}
      <SelectList
        heading={isFocus ? 'Organisations Azerbaijan belongs to' : 'Organisations shared with Azerbaijan'}
        items={organisations.map((o) => ({ sel: { kind: 'org', id: o.id }, label: o.name }))}
        onSelect={onSelect}
      />
      <SelectList
        heading="Routes through it"
        items={routes.map((r) => ({ sel: { kind: 'route', id: r.id }, label: r.name }))}
        onSelect={onSelect}
      />
    </DetailPanel>
  );
}
