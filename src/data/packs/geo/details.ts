import { assembleDetails } from '../../assemble-pack';
import type { FocusDetails } from '../../schema';
import { routeDetails } from '../../shared/route-details';
import { EVIDENCE } from './evidence';
import { partnerDetails } from './partner-details';
import { routeNotes } from './route-notes';
import { ROUTE_IDS } from './routes';

/** The detail half of the Georgia dataset: what only the panels show. Loaded with them. */
export const details: FocusDetails = assembleDetails(partnerDetails, EVIDENCE, routeDetails, ROUTE_IDS, routeNotes);
