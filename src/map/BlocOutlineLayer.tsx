import type { LatLngExpression, PathOptions } from 'leaflet';
import { memo, useMemo } from 'react';
import { Polyline } from 'react-leaflet';
import type { CountryTopology } from '../data/load-geometry';
import type { FocusDataset } from '../data/schema';
import { outerBoundary } from '../geo/outlines';
import { strainsAt } from '../state/selectors';
import { STRAIN_STYLE } from '../style/palette';

const STYLE: PathOptions = { color: STRAIN_STYLE.color, weight: STRAIN_STYLE.weight, dashArray: STRAIN_STYLE.dashArray, opacity: 1 };

/**
 * A bloc partner under strain in the year (the EU), outlined once around its outer boundary in
 * the strain's dashed orange, where outlining each member would draw 27 outlines.
 */
export const BlocOutlineLayer = memo(function BlocOutlineLayer({
  dataset,
  year,
  topology,
}: {
  dataset: FocusDataset;
  year: number | null;
  topology: CountryTopology;
}) {
  const outlines = useMemo(
    () =>
      dataset.partners
        .filter((p) => p.members && strainsAt(p, year).length > 0)
        .map((bloc) => ({
          id: bloc.id,
          positions: outerBoundary(topology, bloc.members ?? []).coordinates.map((line) =>
            line.map(([lng, lat]): LatLngExpression => [lat as number, lng as number]),
          ),
        })),
    [dataset, year, topology],
  );
  return outlines.map(({ id, positions }) => (
    <Polyline key={id} positions={positions} interactive={false} stack="links" className="bloc-outline" pathOptions={STYLE} />
  ));
});
