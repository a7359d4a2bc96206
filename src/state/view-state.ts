/**
 * The view state: everything that makes a shareable view (camera, selection, overlays, year,
 * embed mode). It is plain data; the URL codec turns it into the hash and back, and the
 * transitions below are pure so panels and the map can share them.
 */

/** What the detail panel shows. Absent (null) means nothing is selected. */
export type Selection =
  | { kind: 'country'; id: string }
  | { kind: 'bloc'; id: string }
  | { kind: 'route'; id: string }
  | { kind: 'org'; id: string };

export type SelectionKind = Selection['kind'];

/** The selection kinds in the order the URL documents them. */
export const selectionKinds: readonly SelectionKind[] = ['country', 'bloc', 'route', 'org'];

/** The camera, in the OSM / MapLibre order: zoom, then latitude, then longitude. */
export interface MapView {
  zoom: number;
  lat: number;
  lng: number;
}

/**
 * A view. Every field's null / false is its default, and defaults are what the URL leaves out.
 * - `map` null: the app's initial camera.
 * - `layers` null: the catalog's default overlays; otherwise route ids (groups expanded) in
 *   catalog order, never equal to the defaults (see {@link normalizeLayers}).
 * - `year` null: the present.
 * - `focus` null: the default focus country (the catalog's first); otherwise another pack's ISO id.
 */
export interface ViewState {
  map: MapView | null;
  sel: Selection | null;
  layers: readonly string[] | null;
  year: number | null;
  focus: string | null;
  embed: boolean;
}

/** The view of the plain URL. */
export const defaultViewState: ViewState = Object.freeze({
  map: null,
  sel: null,
  layers: null,
  year: null,
  focus: null,
  embed: false,
});

/** The ids and ranges a URL may name; built once from the dataset and passed in. */
export interface Catalog {
  countries: ReadonlySet<string>;
  blocs: ReadonlySet<string>;
  /** Route ids in their stable display order; layers are written in this order. */
  routes: readonly string[];
  /** Group id → member route ids (e.g. `sgc` → scp, tanap, tap). Groups are assumed disjoint. */
  routeGroups: Readonly<Record<string, readonly string[]>>;
  orgs: ReadonlySet<string>;
  /** Route (or group) ids shown when the URL has no `layers` key. */
  defaultLayers: readonly string[];
  /** The focus countries there are packs for (ISO ids); the first is the default. */
  focuses: readonly string[];
  /** The focus country this catalog is for. */
  focus: string;
  minYear: number;
  maxYear: number;
  minZoom: number;
  maxZoom: number;
}

/**
 * The view of another focus country: its default camera, overlays and no selection (those
 * belong to a focus); the year and embed mode carry over.
 */
export function switchFocus(state: ViewState, focus: string, catalog: Catalog): ViewState {
  return { ...defaultViewState, year: state.year, embed: state.embed, focus: focus === catalog.focuses[0] ? null : focus };
}

/** Whether a selection names an id the catalog knows for its kind. */
export function isKnownSelection(sel: Selection, catalog: Catalog): boolean {
  switch (sel.kind) {
    case 'country':
      return catalog.countries.has(sel.id);
    case 'bloc':
      return catalog.blocs.has(sel.id);
    case 'route':
      return catalog.routes.includes(sel.id);
    case 'org':
      return catalog.orgs.has(sel.id);
  }
}

/** Both null, or the same kind and id. */
export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  if (a === null || b === null) return a === b;
  return a.kind === b.kind && a.id === b.id;
}

/** The route ids a layer id stands for: a group's members, a route itself, or none if unknown. */
export function expandLayerId(id: string, catalog: Catalog): readonly string[] {
  if (Object.hasOwn(catalog.routeGroups, id)) return catalog.routeGroups[id] ?? [];
  return catalog.routes.includes(id) ? [id] : [];
}

/**
 * The canonical form of a set of layer ids: groups expanded, unknown ids dropped, duplicates
 * collapsed, catalog order, and null when the set equals the defaults, so that two states
 * showing the same overlays compare (and serialise) equal.
 */
export function normalizeLayers(ids: Iterable<string>, catalog: Catalog): readonly string[] | null {
  const on = routeSet(ids, catalog);
  const defaults = routeSet(catalog.defaultLayers, catalog);
  const sameAsDefault = on.size === defaults.size && [...on].every((id) => defaults.has(id));
  return sameAsDefault ? null : catalog.routes.filter((id) => on.has(id));
}

function routeSet(ids: Iterable<string>, catalog: Catalog): Set<string> {
  const on = new Set<string>();
  for (const id of ids) for (const route of expandLayerId(id, catalog)) on.add(route);
  return on;
}

/** The route ids shown, in catalog order (null layers → the defaults). */
export function visibleLayers(state: ViewState, catalog: Catalog): string[] {
  const on = routeSet(state.layers ?? catalog.defaultLayers, catalog);
  return catalog.routes.filter((id) => on.has(id));
}

/** Whether a route is shown, or for a group whether all of its members are. */
export function isLayerVisible(state: ViewState, catalog: Catalog, id: string): boolean {
  return layerSwitchState(id, visibleLayers(state, catalog), catalog) === 'on';
}

/** A layer switch's state given the routes shown: a group can be partly on ('some'). */
export function layerSwitchState(id: string, shown: readonly string[], catalog: Catalog): 'on' | 'off' | 'some' {
  const members = expandLayerId(id, catalog);
  const on = members.filter((route) => shown.includes(route)).length;
  return on === 0 || members.length === 0 ? 'off' : on === members.length ? 'on' : 'some';
}

/**
 * Shows or hides a route, or a whole group together: a group that is only partly shown is
 * switched fully on. Unknown ids leave the state unchanged (same object).
 */
export function toggleLayer(state: ViewState, catalog: Catalog, id: string): ViewState {
  const members = expandLayerId(id, catalog);
  if (members.length === 0) return state;
  const on = new Set(visibleLayers(state, catalog));
  const show = !isLayerVisible(state, catalog, id);
  for (const route of members) {
    if (show) on.add(route);
    else on.delete(route);
  }
  return { ...state, layers: normalizeLayers(on, catalog) };
}

/** Selects something, or closes the panel with null; the same selection returns the same state. */
export function select(state: ViewState, sel: Selection | null): ViewState {
  return sameSelection(state.sel, sel) ? state : { ...state, sel };
}

/** Value equality of two view states (layers compared as given; keep them normalized). */
export function sameViewState(a: ViewState, b: ViewState): boolean {
  return (
    sameMapView(a.map, b.map) &&
    sameSelection(a.sel, b.sel) &&
    sameLayers(a.layers, b.layers) &&
    a.year === b.year &&
    a.focus === b.focus &&
    a.embed === b.embed
  );
}

function sameMapView(a: MapView | null, b: MapView | null): boolean {
  if (a === null || b === null) return a === b;
  return a.zoom === b.zoom && a.lat === b.lat && a.lng === b.lng;
}

function sameLayers(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
