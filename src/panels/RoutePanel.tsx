import type { Route } from '../data/schema';
import type { Selection } from '../state/view-state';
import { ROUTE_STATUS_LABEL } from '../style/labels';
import { ROUTE_STYLE } from '../style/palette';
import { CountryButtons } from './CountryButtons';
import { DetailPanel } from './DetailPanel';
import { FactList } from './FactList';
import { SourceLink } from './SourceLink';
import { formatDate, formatNumber } from './format';

interface RoutePanelProps {
  route: Route;
  /** What the route was in the timeline's year, when that is not today. */
  yearNote: string | null;
  /** Per-country estimate (km) from the drawn line's shares; used only without an official split. */
  estimate: Readonly<Record<string, number>> | null;
  countryName: (id: string) => string;
  /** The focus country, whose share of the route the panel states first. */
  focus: { id: string; name: string };
  onSelect: (sel: Selection) => void;
  onClose: () => void;
}

function LengthTable({ route, estimate, countryName, focus }: Pick<RoutePanelProps, 'route' | 'estimate' | 'countryName' | 'focus'>) {
  const { length } = route;
  if (!length) return <p>No official length has been published.</p>;
  const split = length.byCountry ?? estimate;
  const official = Boolean(length.byCountry);
  const focusKm = split?.[focus.id];
  return (
    <>
      <p>
        Official length: <strong>{formatNumber(length.totalKm)} km</strong> (as of {formatDate(length.asOf)}){' '}
        <SourceLink source={length.source} />
      </p>
      {focusKm !== undefined && (
        <p className="focus-share">
          In {focus.name}:{' '}
          <strong>
            {official ? '' : '≈ '}
            {formatNumber(Math.round(focusKm))} km
          </strong>
          {official ? '' : ' (estimated from the drawn line)'}, {formatNumber(Math.round((100 * focusKm) / length.totalKm))}% of the whole.
        </p>
      )}
      {split && (
        <table className="length-table">
          <caption>
            {official
              ? 'Official length by country'
              : 'Estimated length by country (from the drawn line’s shares, applied to the official total)'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Country</th>
              <th scope="col">km{official ? '' : ' (estimate)'}</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(split).map(([id, km]) => (
              <tr key={id}>
                <th scope="row">{id === '' ? 'At sea' : countryName(id)}</th>
                <td>
                  {official ? '' : '≈ '}
                  {formatNumber(Math.round(km))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {length.alternatives.length > 0 && (
        <>
          <p>Other published totals:</p>
          <ul className="alternatives">
            {length.alternatives.map((a) => (
              <li key={`${a.totalKm}-${a.source.url}`}>
                {formatNumber(a.totalKm)} km{a.note ? ` (${a.note})` : ''} <SourceLink source={a.source} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** What a route carries, how far, through whom, and since when. */
export function RoutePanel({ route, yearNote, estimate, countryName, focus, onSelect, onClose }: RoutePanelProps) {
  const crossed = route.countries.filter((id, i) => route.countries.indexOf(id) === i);
  return (
    <DetailPanel
      itemKey={`route:${route.id}`}
      title={route.name}
      eyebrow={`${ROUTE_STYLE[route.type].label} · ${ROUTE_STATUS_LABEL[route.status]}`}
      asOf={route.asOf}
      onClose={onClose}
    >
      {yearNote && <p className="kind-section year-note">{yearNote}.</p>}
      <p className="summary">{route.summary}</p>
      {route.focusNotes && route.focusNotes.length > 0 && (
        <section aria-label={`What it means to ${focus.name}`}>
          <h3>For {focus.name}</h3>
          <FactList facts={route.focusNotes} label={`${route.shortName} and ${focus.name}`} />
        </section>
      )}
      <dl className="facts">
        <dt>Status</dt>
        <dd>
          {ROUTE_STATUS_LABEL[route.status]} — {route.statusNote.text} (
          <time dateTime={route.statusNote.date}>{formatDate(route.statusNote.date)}</time>) <SourceLink source={route.statusNote.source} />
        </dd>
        <dt>Operator</dt>
        <dd>
          {route.operator.text} <SourceLink source={route.operator.source} />
        </dd>
        {route.shareholders && (
          <>
            <dt>Shareholders</dt>
            <dd>
              {route.shareholders.text} <SourceLink source={route.shareholders.source} />
            </dd>
          </>
        )}
        {route.capacity.length > 0 && (
          <>
            <dt>Capacity</dt>
            {route.capacity.map((c) => (
              <dd key={`${c.value}-${c.unit}-${c.asOf}`}>
                {formatNumber(c.value)} {c.unit}
                {c.note ? ` — ${c.note}` : ''} (as of {formatDate(c.asOf)}) <SourceLink source={c.source} />
              </dd>
            ))}
          </>
        )}
        <dt>From – to</dt>
        <dd>
          {route.start.name} → {route.end.name}
        </dd>
      </dl>
      <h3>Length</h3>
      <LengthTable route={route} estimate={estimate} countryName={countryName} focus={focus} />
      <h3>Key dates</h3>
      <FactList facts={[route.constructionStarted, route.opened, ...route.milestones].filter((f) => f !== undefined)} label="Key dates" />
      <section aria-label="Countries crossed">
        <h3>Countries crossed, in order</h3>
        <CountryButtons ids={crossed} countryName={countryName} onSelect={onSelect} ordered className="crossed" />
      </section>
      <p className="legend-note">The line on the map is traced through documented places and is shorter than the real, winding route.</p>
    </DetailPanel>
  );
}
