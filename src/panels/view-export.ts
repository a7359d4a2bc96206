import type { FocusDataset, FocusDetails, RouteCore, TimelineEvent } from '../data/schema';
import { sortKey } from '../lib/compare';
import { viewTitle } from '../state/export/citation';
import { composeFigure, type LegendEntry } from '../state/export/figure';
import type { MapSnapshot } from '../state/export/map-snapshot';
import type { DrawnSegment } from '../state/hooks/use-view-model';
import { periodAt, strainsAt } from '../state/selectors';
import { KIND_STYLE, ROUTE_STYLE, STRAIN_STYLE } from '../style/palette';
import { formatDate } from './format';

/** Everything the share dialog's exports and the print briefing take from the view. */
export interface ViewExport {
  dataset: FocusDataset;
  loadDetails: () => Promise<FocusDetails>;
  loadEvents: () => Promise<readonly TimelineEvent[]>;
  year: number | null;
  /** The route ids shown. */
  shown: readonly string[];
  segments: readonly DrawnSegment[];
  routeById: ReadonlyMap<string, RouteCore>;
  /** The link to this view. */
  link: string;
  /** The name of what is selected, if anything. */
  selectionName: string | null;
  /** The map as it stands, taken from the page. */
  snapshot: () => MapSnapshot;
}

/** The boundary credit, as the map's own attribution gives it. */
const BOUNDARY_CREDIT = 'Boundaries: Natural Earth (public domain), UN-recognised borders · routes approximate';

/** A file name from a title: "Türkiye — Alpha’s foreign relations, 2026" → "turkiye-alphas-foreign-relations-2026.csv". */
export const fileName = (title: string, extension: string) =>
  `${sortKey(title)
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}.${extension}`;

/** When the view is: its year, or today with the dataset's date. */
const whenLabel = (view: Pick<ViewExport, 'year' | 'dataset'>) =>
  view.year === null ? `Today (dataset as of ${formatDate(view.dataset.asOf)})` : String(view.year);

/** A legend of what the view shows: the kinds of its partners that year, strains if any, and the kinds of route drawn. */
function figureLegend({ dataset, year, segments, routeById }: ViewExport): LegendEntry[] {
  const kinds = new Set(dataset.partners.map((p) => periodAt(p, year)?.kind).filter((k) => k !== undefined));
  const strained = dataset.partners.some((p) => strainsAt(p, year).length > 0);
  const types = new Set(segments.map((s) => routeById.get(s.feature.properties.routeId)?.type).filter((t) => t !== undefined));
  return [
    ...dataset.kinds
      .filter((k) => kinds.has(k.id))
      .map((k) => ({ label: k.label, color: KIND_STYLE[k.id].color, dashArray: KIND_STYLE[k.id].dashArray })),
    ...(strained ? [{ label: 'Under strain', color: STRAIN_STYLE.color, dashArray: STRAIN_STYLE.dashArray, outline: true }] : []),
    ...[...types].map((t) => ({ label: ROUTE_STYLE[t].label, color: ROUTE_STYLE[t].color })),
  ];
}

/** What the view shows, as a title: "<selection> — <focus>’s foreign relations, <year>". */
export const exportTitle = (view: ViewExport, today: Date) => viewTitle(view.dataset, view.selectionName, view.year, today);

/** The view as a figure (map, names, legend, credit, link): the image download and the print briefing both use it. */
export const viewFigure = (view: ViewExport, title: string) =>
  composeFigure(view.snapshot(), { title, when: whenLabel(view), legend: figureLegend(view), credit: BOUNDARY_CREDIT, link: view.link });
