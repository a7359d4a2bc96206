import type { RouteId } from '../../schema';

/** The shared routes Azerbaijan's map shows: all of them, since each carries its oil, gas or freight. */
export const ROUTE_IDS: readonly RouteId[] = [
  'btc',
  'scp',
  'tanap',
  'tap',
  'igb',
  'btk',
  'bnp',
  'wrep',
  'instc',
  'middle-corridor',
  'tcgp',
  'zangezur',
];
