import { DECIMAL, formatFixed, mapPrecision, roundMapView } from './map-precision';
import {
  expandLayerId,
  isKnownSelection,
  normalizeLayers,
  selectionKinds,
  type Catalog,
  type MapView,
  type Selection,
  type SelectionKind,
  type ViewState,
} from './view-state';

/**
 * One small codec per URL key (OWID grapher style), in the order the keys are written: the
 * table is the list of keys, so a new key cannot be left out of parsing or writing.
 */

export type ViewKey = keyof ViewState;

/** The outcome of reading one key (the OWID grapher triple). */
export type KeyResult<T> = { status: 'valid'; value: T; warning?: string } | { status: 'invalid'; reason: string } | { status: 'missing' };

export interface KeyCodec<T> {
  /** Parses a present, %-decoded value; never called for a missing key. */
  parse(value: string, catalog: Catalog): Exclude<KeyResult<T>, { status: 'missing' }>;
  /** The value to write, or null when it is the default and the key should be left out. */
  write(value: T, catalog: Catalog): string | null;
}

export const valid = <T>(value: T, warning?: string) =>
  warning === undefined ? { status: 'valid' as const, value } : { status: 'valid' as const, value, warning };
export const invalid = (reason: string) => ({ status: 'invalid' as const, reason });

/** Quotes a piece of URL text for a message, short, so hostile input can't flood the console. */
export function quote(text: string): string {
  return JSON.stringify(text.length > 32 ? `${text.slice(0, 32)}…` : text);
}

export function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

// --- map -----------------------------------------------------------------------------------

const mapCodec: KeyCodec<MapView | null> = {
  parse(value, catalog) {
    const parts = value.split('/');
    if (parts.length !== 3 || !parts.every((part) => DECIMAL.test(part))) {
      return invalid(`expected <zoom>/<lat>/<lng> as plain numbers, got ${quote(value)}`);
    }
    const [zoom, lat, lng] = parts.map(Number) as [number, number, number];
    const view = roundMapView({ zoom, lat, lng });
    if (view.zoom < catalog.minZoom || view.zoom > catalog.maxZoom) {
      return invalid(`zoom ${view.zoom} is outside ${catalog.minZoom}..${catalog.maxZoom}`);
    }
    if (Math.abs(lat) > 90) return invalid(`latitude ${lat} is outside -90..90`);
    return valid(view);
  },
  write(view) {
    if (view === null) return null;
    const { zoom, lat, lng } = roundMapView(view);
    const decimals = mapPrecision(zoom);
    return [formatFixed(zoom, 2), formatFixed(lat, decimals), formatFixed(lng, decimals)].join('/');
  },
};

// --- sel -----------------------------------------------------------------------------------

const selCodec: KeyCodec<Selection | null> = {
  parse(value, catalog) {
    const colon = value.indexOf(':');
    const kind = value.slice(0, colon);
    if (colon < 0 || !(selectionKinds as readonly string[]).includes(kind)) {
      return invalid(`expected <${selectionKinds.join('|')}>:<id>, got ${quote(value)}`);
    }
    const sel = { kind: kind as SelectionKind, id: value.slice(colon + 1) };
    return isKnownSelection(sel, catalog) ? valid(sel) : invalid(`unknown ${kind} id ${quote(sel.id)}`);
  },
  write(sel, catalog) {
    if (sel === null || !isKnownSelection(sel, catalog)) return null;
    return `${sel.kind}:${encodeURIComponent(sel.id)}`;
  },
};

// --- layers --------------------------------------------------------------------------------

const layersCodec: KeyCodec<readonly string[] | null> = {
  parse(value, catalog) {
    const ids = value.split(',').filter((id) => id !== '');
    const unknown = ids.filter((id) => expandLayerId(id, catalog).length === 0);
    // Some layers were asked for but none is known: the link meant something, so the
    // defaults are a better guess than an empty map.
    if (ids.length > 0 && unknown.length === ids.length) {
      return invalid(`no known layer in ${quote(value)}`);
    }
    const warning = unknown.length > 0 ? `dropped unknown layer ids ${quote(unknown.join(','))}` : undefined;
    return valid(normalizeLayers(ids, catalog), warning);
  },
  write(layers, catalog) {
    if (layers === null) return null;
    const normalized = normalizeLayers(layers, catalog);
    return normalized === null ? null : compressGroups(normalized, catalog).map(encodeURIComponent).join(',');
  },
};

/**
 * Catalog-ordered route ids with each fully shown group written as its group id, placed where
 * its first member would be: `btc,scp,tanap,tap` → `btc,sgc`.
 */
function compressGroups(routes: readonly string[], catalog: Catalog): string[] {
  const on = new Set(routes);
  const fullGroups = Object.entries(catalog.routeGroups).filter(([, members]) => members.length > 0 && members.every((id) => on.has(id)));
  const out: string[] = [];
  for (const route of routes) {
    const group = fullGroups.find(([, members]) => members.includes(route));
    const id = group ? group[0] : route;
    if (!out.includes(id)) out.push(id);
  }
  return out;
}

// --- focus ---------------------------------------------------------------------------------

const focusCodec: KeyCodec<string | null> = {
  parse(value, catalog) {
    if (!catalog.focuses.includes(value)) return invalid(`no focus country ${quote(value)}; known: ${catalog.focuses.join(', ')}`);
    // The default focus is the absent key, so naming it and leaving the key out are the same view.
    return valid(value === catalog.focuses[0] ? null : value);
  },
  write(focus, catalog) {
    return focus === null || focus === catalog.focuses[0] ? null : focus;
  },
};

// --- year, embed ---------------------------------------------------------------------------

const yearCodec: KeyCodec<number | null> = {
  parse(value, catalog) {
    if (!/^\d{4}$/.test(value)) return invalid(`expected a four-digit year, got ${quote(value)}`);
    const year = Number(value);
    return year >= catalog.minYear && year <= catalog.maxYear
      ? valid(year)
      : invalid(`year ${year} is outside ${catalog.minYear}..${catalog.maxYear}`);
  },
  write(year) {
    return year === null ? null : String(year);
  },
};

const embedCodec: KeyCodec<boolean> = {
  parse(value) {
    return value === '1' ? valid(true) : invalid(`only embed=1 is meaningful, got ${quote(value)}`);
  },
  write(embed) {
    return embed ? '1' : null;
  },
};

/** The codecs, in the order keys are written; the URL key is the field name. */
export const codecs: { [K in ViewKey]: KeyCodec<ViewState[K]> } = {
  map: mapCodec,
  sel: selCodec,
  layers: layersCodec,
  year: yearCodec,
  focus: focusCodec,
  embed: embedCodec,
};

export const VIEW_KEYS = Object.keys(codecs) as readonly ViewKey[];
