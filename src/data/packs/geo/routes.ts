import type { RouteId } from '../../schema';

/**
 * The shared routes Georgia's map shows: those that cross it (BTC, the South Caucasus Pipeline,
 * Baku–Supsa, Baku–Tbilisi–Kars, the Middle Corridor) and the rest of the Southern Gas Corridor
 * its gas flows on to (TANAP, TAP).
 */
export const ROUTE_IDS: readonly RouteId[] = ['btc', 'scp', 'tanap', 'tap', 'btk', 'wrep', 'middle-corridor'];
