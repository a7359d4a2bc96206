import type { OrgStatus, RouteStatus } from '../data/schema';

/** Words for a route's status, the same in the panels, the list view and the legend. */
export const ROUTE_STATUS_LABEL: Record<RouteStatus, string> = {
  operational: 'Operational',
  idle: 'Idle or little used',
  'under-construction': 'Under construction',
  planned: 'Planned',
  proposed: 'Proposed',
};

/** Words for the focus country's standing in an organisation. */
export const ORG_STATUS_LABEL: Record<OrgStatus, string> = {
  member: 'Member',
  partner: 'Partner',
  observer: 'Observer',
  'dialogue-partner': 'Dialogue partner',
};
