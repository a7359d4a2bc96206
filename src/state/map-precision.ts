import type { MapView } from './view-state';

/**
 * How the URL writes a camera: rounded to what the zoom can show (MapLibre's hash formula),
 * as plain decimals, longitude wrapped into −180..180.
 */

/** Plain decimals only: no exponent, hex, Infinity, NaN or blanks, which Number() would accept. */
export const DECIMAL = /^-?\d{1,3}(?:\.\d+)?$/;

/** Decimal places a zoom level can show (MapLibre's hash formula). */
export function mapPrecision(zoom: number): number {
  return Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
}

/** `+ 0` turns -0 into 0, so a rounded -0.00001 equals a parsed "0". */
function roundTo(value: number, decimals: number): number {
  return Number(value.toFixed(decimals)) + 0;
}

/** toFixed without trailing zeros; never exponent notation, which the map parser rejects. */
export function formatFixed(value: number, decimals: number): string {
  const text = value.toFixed(decimals);
  const trimmed = text.includes('.') ? text.replace(/\.?0+$/, '') : text;
  return trimmed === '-0' ? '0' : trimmed;
}

function wrapLng(lng: number): number {
  return lng >= -180 && lng <= 180 ? lng : ((((lng + 180) % 360) + 360) % 360) - 180;
}

/**
 * The view as the URL holds it: zoom to 2 decimals, lat/lng to what that zoom can show, lng
 * wrapped into −180..180. Parsing returns this form, so a parsed view round-trips exactly.
 */
export function roundMapView(view: MapView): MapView {
  const zoom = roundTo(view.zoom, 2);
  const decimals = mapPrecision(zoom);
  return { zoom, lat: roundTo(view.lat, decimals), lng: roundTo(wrapLng(view.lng), decimals) };
}
