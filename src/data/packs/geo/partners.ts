import type { PartnerCore } from '../../schema';
import { partnersA } from './partners-a';
import { partnersB } from './partners-b';

/** Georgia's partners: its neighbours and the great powers (./partners-a), and the rest (./partners-b). */
export const partners: PartnerCore[] = [...partnersA, ...partnersB];
