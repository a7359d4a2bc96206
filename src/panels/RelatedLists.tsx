import type { Organisation, RouteCore } from '../data/schema';
import type { Selection } from '../state/view-state';
import { SelectList } from './SelectList';

interface RelatedListsProps {
  routes: readonly RouteCore[];
  organisations: readonly Organisation[];
  organisationsHeading: string;
  onSelect: (sel: Selection) => void;
}

/** The routes through a country and the organisations it shares, each a link to its panel. */
export function RelatedLists({ routes, organisations, organisationsHeading, onSelect }: RelatedListsProps) {
  return (
    <>
      <SelectList
        heading="Routes through it"
        items={routes.map((r) => ({ sel: { kind: 'route', id: r.id }, label: r.name }))}
        onSelect={onSelect}
      />
      <SelectList
        heading={organisationsHeading}
        items={organisations.map((o) => ({ sel: { kind: 'org', id: o.id }, label: o.name }))}
        onSelect={onSelect}
      />
    </>
  );
}
