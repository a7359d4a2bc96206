import type { DatedFact } from '../schema';
import { fact, src } from '../sourcing';

/** Milestones of the shared routes that packs also cite as milestones of a partnership. */

export const BTC_IGA_1999_11_18: DatedFact = fact(
  '1999-11-18',
  'Azerbaijan, Georgia and Türkiye sign the Baku–Tbilisi–Ceyhan pipeline agreements in Istanbul, with President Clinton witnessing.',
  src('https://clintonwhitehouse4.archives.gov/textonly/WH/New/Europe-9911/briefings/1999-11-18a.html'),
);
export const TANAP_IGA_2012_06_26: DatedFact = fact(
  '2012-06-26',
  'The two governments sign the intergovernmental agreement on the TANAP gas pipeline.',
  src('https://rferl.org/a/turkey-sign-deal-baku-on-trans-anatolian-pipeline/24626818.html'),
);
export const BTK_OPENED_2017_10_30: DatedFact = fact(
  '2017-10-30',
  'The Baku–Tbilisi–Kars railway is officially opened at a ceremony in Baku.',
  src('http://www.tabula.ge/ge/node/125979'),
);
