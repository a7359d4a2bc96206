import type { Feature, LineString } from 'geojson';
import type { FocusDataset, RelationKindId } from '../data/schema';
import { buildLink } from '../geo/links';
import { periodAt } from './selectors';

export interface LinkProps {
  partnerId: string;
  kind: RelationKindId;
}

/** Great-circle links from the focus capital to each partner with a relationship in `year`. */
export function partnerLinks(dataset: FocusDataset, year: number | null): Feature<LineString, LinkProps>[] {
  const { capital } = dataset.focus;
  return dataset.partners.flatMap((p) => {
    const period = periodAt(p, year);
    if (!period) return [];
    const link = buildLink([capital.lng, capital.lat], [p.capital.lng, p.capital.lat], { partnerId: p.id, kind: period.kind });
    return link ? [link] : [];
  });
}
