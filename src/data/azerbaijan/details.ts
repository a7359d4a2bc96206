import type { FocusDetails } from '../schema';
import { partnerDetails } from './partner-details';
import { routeDetails } from './route-details';

/** The detail half of the Azerbaijan dataset: what only the panels show. Loaded with them. */
export const azerbaijanDetails: FocusDetails = { partners: partnerDetails, routes: routeDetails };
