import { publisherOf } from '../../data/publishers';
import type { DatedFact, FocusDataset, FocusDetails, PartnerCore, Route, TimelineEvent } from '../../data/schema';
import { withEvidence } from '../../data/with-evidence';
import { periodAt, strainsAt, yearOf } from '../selectors';
import { routeStageIn } from '../timeline';
import { toCsv } from './csv';

/** The terms the exported tables are shared under, stated in every record. */
export const DATA_LICENCE = 'Summaries and tables: CC BY 4.0, credit the Foreign relations map; each cited page belongs to its publisher';

export const CSV_HEADER = [
  'table',
  'id',
  'name',
  'kind_or_status',
  'since',
  'strains',
  'dimensions',
  'official_length_km',
  'length_by_country',
  'item',
  'date',
  'text',
  'source_title',
  'source_url',
  'dataset_as_of',
  'licence',
] as const;

type Row = (string | number | null | undefined)[];

export interface ViewTables {
  dataset: FocusDataset;
  details: FocusDetails;
  events: readonly TimelineEvent[];
  /** The timeline's year, or null for today. */
  year: number | null;
  today: Date;
  /** The route ids the view shows. */
  shown: readonly string[];
}

const factCells = (item: string, f: DatedFact): Row => [item, f.date, f.text, publisherOf(f.source.url)?.name ?? '', f.source.url];

function partnerRows(core: PartnerCore, { dataset, details, year }: ViewTables): Row[] {
  const period = periodAt(core, year);
  if (!period) return [];
  const own = details.partners[core.id];
  const partner = own ? withEvidence(core, own, details.evidence) : null;
  const kind = dataset.kinds.find((k) => k.id === period.kind)?.label ?? period.kind;
  const strains = strainsAt(core, year);
  const base: Row = [
    'partner',
    core.id,
    core.name,
    kind,
    period.from,
    strains.map((s) => s.label).join('; '),
    core.dimensions.join('; '),
    '',
    '',
  ];
  const full = partner ? periodAt(partner, year) : null;
  const facts: Row[] = [
    ...(partner?.relationsEstablished ? [factCells('relations established', partner.relationsEstablished)] : []),
    ...(full?.establishing ? [factCells('kind evidence', full.establishing)] : []),
    ...(full?.supporting ?? []).map((f) => factCells('supporting', f)),
    ...(partner ? strainsAt(partner, year) : []).flatMap((s) => s.evidence.map((f) => factCells(`strain: ${s.label}`, f))),
  ];
  return (facts.length > 0 ? facts : [['', '', '', '', '']]).map((cells) => [...base, ...cells]);
}

function routeRows(route: Route, year: number | null): Row[] {
  const { length } = route;
  const split = length?.byCountry ? Object.entries(length.byCountry).map(([id, km]) => `${id} ${km}`) : [];
  const base: Row = [
    'route',
    route.id,
    route.name,
    routeStageIn(route, year),
    route.opened?.date ?? '',
    '',
    route.type,
    length?.totalKm ?? '',
    split.join('; '),
  ];
  const facts: Row[] = [
    factCells('status', route.statusNote),
    ...(length
      ? [['official length', length.asOf, `${length.totalKm} km`, publisherOf(length.source.url)?.name ?? '', length.source.url]]
      : []),
    ...(route.constructionStarted ? [factCells('construction started', route.constructionStarted)] : []),
    ...(route.opened ? [factCells('opened', route.opened)] : []),
    ...route.milestones.map((f) => factCells('milestone', f)),
  ];
  return facts.map((cells) => [...base, ...cells]);
}

/**
 * The tables behind a view, for its year, as one CSV: a record per piece of evidence of each
 * partner (kind, since, strains, dimensions, then the fact with its date and source), per sourced
 * fact of each route shown (status, official and per-country lengths), and per event of the year.
 * Every record states the dataset's as-of date and the licence.
 */
export function viewCsv(tables: ViewTables): string {
  const { dataset, details, events, year, today, shown } = tables;
  const eventYear = year ?? today.getFullYear();
  const routes = dataset.routes.flatMap((core) => {
    const d = details.routes[core.id];
    return shown.includes(core.id) && d && routeStageIn(core, year) !== 'not-yet' ? [{ ...core, ...d }] : [];
  });
  const rows: Row[] = [
    ...dataset.partners.flatMap((p) => partnerRows(p, tables)),
    ...routes.flatMap((r) => routeRows(r, year)),
    ...events
      .filter((e) => yearOf(e.date) === eventYear)
      .map((e): Row => ['event', e.refs.join(' '), '', '', '', '', '', '', '', ...factCells('event', e)]),
  ];
  return toCsv(
    CSV_HEADER,
    rows.map((r) => [...r, dataset.asOf, DATA_LICENCE]),
  );
}
