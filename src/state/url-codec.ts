/**
 * The URL contract: `#map=<zoom>/<lat>/<lng>&sel=<kind>:<id>&layers=<id>,<id>&year=<yyyy>&embed=1`.
 *
 * Each key has its own small codec in a table (OWID grapher style): a present value parses to
 * valid or invalid, an absent key is missing, and both invalid and missing give the default.
 * Serialising writes a key only when it differs from the default (MapLibre / OSM hash style),
 * so the default view is the empty hash.
 *
 * parseHash strips one leading '#'; serialiseHash returns the hash without it.
 *
 * Rules for hostile input (parseHash never throws):
 * - Only the first {@link MAX_HASH_LENGTH} characters are read; a pair cut by that limit is
 *   dropped and reported. A value longer than {@link MAX_VALUE_LENGTH} is invalid.
 * - A duplicated key: the first occurrence wins (as URLSearchParams.get does); later ones are
 *   reported and ignored, even if the first was invalid.
 * - Malformed %-escapes make that value invalid. Keys are matched after decoding.
 * - Unknown keys are returned raw (still %-encoded, in order) and written back verbatim, after
 *   ours, so a rewrite keeps them; one with an empty value is written as a bare key (`#about`
 *   stays `#about`).
 */
import {
  defaultViewState,
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
import { DECIMAL, formatFixed, mapPrecision, roundMapView } from './map-precision';

/** Longer hashes are read only up to here: no legitimate view needs more. */
export const MAX_HASH_LENGTH = 2000;
/** The longest raw value one of our keys may have (all routes listed is under 100). */
export const MAX_VALUE_LENGTH = 256;

/** A key that was present but ignored, and why. */
export interface InvalidKey {
  key: string;
  reason: string;
}

export interface ParsedHash {
  state: ViewState;
  invalid: InvalidKey[];
  /** Unknown pairs, raw as they appeared, to be handed back to {@link serialiseHash}. */
  unknown: [string, string][];
}

type ViewKey = keyof ViewState;

/** The outcome of reading one key (the OWID grapher triple). */
type KeyResult<T> = { status: 'valid'; value: T; warning?: string } | { status: 'invalid'; reason: string } | { status: 'missing' };

interface KeyCodec<T> {
  /** Parses a present, %-decoded value; never called for a missing key. */
  parse(value: string, catalog: Catalog): Exclude<KeyResult<T>, { status: 'missing' }>;
  /** The value to write, or null when it is the default and the key should be left out. */
  write(value: T, catalog: Catalog): string | null;
}

/** The order keys are written in; the URL key is the field name. */
const KEYS: readonly ViewKey[] = ['map', 'sel', 'layers', 'year', 'embed'];

const valid = <T>(value: T, warning?: string) =>
  warning === undefined ? { status: 'valid' as const, value } : { status: 'valid' as const, value, warning };
const invalid = (reason: string) => ({ status: 'invalid' as const, reason });

/** Quotes a piece of URL text for a message, short, so hostile input can't flood the console. */
function quote(text: string): string {
  return JSON.stringify(text.length > 32 ? `${text.slice(0, 32)}…` : text);
}

function safeDecode(text: string): string | null {
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

const codecs: { [K in ViewKey]: KeyCodec<ViewState[K]> } = {
  map: mapCodec,
  sel: selCodec,
  layers: layersCodec,
  year: yearCodec,
  embed: embedCodec,
};

function isViewKey(key: string): key is ViewKey {
  return (KEYS as readonly string[]).includes(key);
}

// --- the driver ----------------------------------------------------------------------------

interface Pair {
  rawKey: string;
  rawValue: string;
}

function toPair(segment: string): Pair {
  const eq = segment.indexOf('=');
  return eq < 0 ? { rawKey: segment, rawValue: '' } : { rawKey: segment.slice(0, eq), rawValue: segment.slice(eq + 1) };
}

/** Splits the readable part of the hash into pairs; reports a pair cut by the length cap. */
function splitHash(hash: string, invalidKeys: InvalidKey[]): Pair[] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const segments = body.slice(0, MAX_HASH_LENGTH).split('&');
  if (body.length > MAX_HASH_LENGTH && body[MAX_HASH_LENGTH] !== '&') {
    const cut = toPair(segments.pop() ?? '');
    const key = safeDecode(cut.rawKey) ?? cut.rawKey;
    invalidKeys.push({ key: key.slice(0, 32), reason: `cut off by the ${MAX_HASH_LENGTH}-character limit` });
  }
  return segments.filter((segment) => segment !== '').map(toPair);
}

function readKey<T>(codec: KeyCodec<T>, rawValue: string | undefined, catalog: Catalog): KeyResult<T> {
  if (rawValue === undefined) return { status: 'missing' };
  if (rawValue.length > MAX_VALUE_LENGTH) return invalid(`value longer than ${MAX_VALUE_LENGTH} characters`);
  const value = safeDecode(rawValue);
  return value === null ? invalid(`malformed %-escape in ${quote(rawValue)}`) : codec.parse(value, catalog);
}

function applyKey<K extends ViewKey>(
  state: ViewState,
  key: K,
  rawValue: string | undefined,
  catalog: Catalog,
  invalidKeys: InvalidKey[],
): void {
  const result = readKey(codecs[key], rawValue, catalog);
  if (result.status === 'invalid') invalidKeys.push({ key, reason: result.reason });
  if (result.status !== 'valid') return;
  state[key] = result.value;
  if (result.warning !== undefined) invalidKeys.push({ key, reason: result.warning });
}

/**
 * Reads a location hash (with or without the leading '#'). Never throws: anything malformed,
 * out of range or unknown leaves that key at its default and is reported in `invalid` and with
 * one console.warn per entry naming the key. Unknown keys are returned, not warned about.
 */
export function parseHash(hash: string, catalog: Catalog): ParsedHash {
  const invalidKeys: InvalidKey[] = [];
  const ours = new Map<ViewKey, string>();
  const unknown: [string, string][] = [];
  for (const { rawKey, rawValue } of splitHash(hash, invalidKeys)) {
    const key = safeDecode(rawKey) ?? rawKey;
    if (!isViewKey(key)) unknown.push([rawKey, rawValue]);
    else if (ours.has(key)) invalidKeys.push({ key, reason: 'duplicate key; the first one is used' });
    else ours.set(key, rawValue);
  }
  const state: ViewState = { ...defaultViewState };
  for (const key of KEYS) applyKey(state, key, ours.get(key), catalog, invalidKeys);
  for (const { key, reason } of invalidKeys) console.warn(`URL hash: ignoring "${key}": ${reason}`);
  return { state, invalid: invalidKeys, unknown };
}

function writeKey<K extends ViewKey>(key: K, state: ViewState, catalog: Catalog): string | null {
  const value = codecs[key].write(state[key], catalog);
  return value === null ? null : `${key}=${value}`;
}

/**
 * Writes the hash for a state, without the '#': only non-default keys, in the documented
 * order, then the unknown pairs from {@link parseHash} verbatim. The default state with no
 * unknown pairs gives ''. Unknown pairs that reuse one of our keys are dropped (ours win).
 */
export function serialiseHash(state: ViewState, catalog: Catalog, unknown: readonly (readonly [string, string])[] = []): string {
  const ours = KEYS.map((key) => writeKey(key, state, catalog)).filter((pair) => pair !== null);
  const kept = unknown
    .filter(([rawKey]) => !isViewKey(safeDecode(rawKey) ?? rawKey))
    .map(([rawKey, rawValue]) => (rawValue === '' ? rawKey : `${rawKey}=${rawValue}`));
  return [...ours, ...kept].filter((pair) => pair !== '').join('&');
}
