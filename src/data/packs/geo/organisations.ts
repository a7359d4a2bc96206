import type { DatedFact, OrgStanding } from '../../schema';
import { fact, src } from '../../sourcing';

/*
 * Georgia's standing in each organisation of the shared list that it belongs to, belonged to or
 * works with, from the 2026 audit. Not listed, because Georgia has no standing in them: OTS, NAM,
 * OIC, ECO, D-8 and SCO. The facts are exported so that ./events.ts reuses them as written.
 */

export const UN_1992_07_31: DatedFact = fact(
  '1992-07-31',
  'Georgia joins the United Nations and accepts its Charter.',
  src('https://api.parliament.uk/uk-treaties/parties/54/actions'),
  {
    confidence: 'single-source',
    note: 'The day is from the UK treaty register, which records Georgia’s adoption of the UN Charter on 31 July 1992; the Library of Congress country study (copied on several sites) gives July 1992 and calls Georgia the last ex-Soviet republic admitted. No UN page giving the day was found.',
  },
);

export const OSCE_1992_03_24: DatedFact = fact(
  '1992-03-24',
  'Georgia becomes a participating State of the CSCE (the OSCE from 1995), admitted with Croatia and Slovenia at a ministerial meeting in Helsinki.',
  src('https://www.osce.org/who/timeline/1990s/05'),
);

export const BSEC_1992_06_25: DatedFact = fact(
  '1992-06-25',
  'Founding member: Georgia is one of eleven states whose leaders sign the Istanbul summit declaration and Bosphorus Statement that create Black Sea Economic Cooperation.',
  src('http://www.iccn.ge/index.php?article_id=386&clang=1'),
);

export const CIS_1993_12: DatedFact = fact(
  '1993-12',
  'Georgia joins the CIS, the last of the former Soviet republics to decide to do so.',
  src('https://civil.ge/archives/119287'),
);

export const CIS_2008_08_12: DatedFact = fact(
  '2008-08-12',
  'President Saakashvili announces that Georgia intends to leave the CIS.',
  src('https://civil.ge/archives/119287'),
);

export const CIS_2008_08_14: DatedFact = fact(
  '2008-08-14',
  'Parliament terminates Georgia’s participation in the 1991 agreement that founded the CIS.',
  src('http://rrc.ge/law/SaqParlRez2_2008_14_08_E.htm?lawid=1781&lng_3=en'),
);

export const CIS_2009_08_18: DatedFact = fact(
  '2009-08-18',
  'Georgia’s withdrawal from the CIS takes effect once the year-long formal procedure is complete; it stays party to about 75 multilateral CIS agreements, including those on visa-free travel and free trade.',
  src('https://civil.ge/archives/119287'),
);

export const CST_1993: DatedFact = fact(
  '1993',
  'Georgia signs the CIS Collective Security Treaty of 1992.',
  src('https://jamestown.org/program/shevardnadze-says-cis-collective-security-treaty-must-not-become-an-alliance'),
);

export const CST_1999_04_20: DatedFact = fact(
  '1999-04-20',
  'Georgia, with Azerbaijan and Uzbekistan, declines to sign the protocol extending the Collective Security Treaty, so its participation ends when the first term expires.',
  src('https://jamestown.org/program/collective-security-treaty-shrinks-guam-set-to-grow'),
);

export const PFP_1994_03_23: DatedFact = fact(
  '1994-03-23',
  'Georgia joins NATO’s Partnership for Peace, after taking part in the North Atlantic Cooperation Council since 1992.',
  src('https://nato.mfa.gov.ge/en/nato-chronology'),
);

export const NATO_2008_04_03: DatedFact = fact(
  '2008-04-03',
  'At the Bucharest summit NATO leaders agree that Georgia and Ukraine will become members and back their bids for a Membership Action Plan, leaving that decision to foreign ministers later.',
  src('https://www.nato.int/cps/fr/natohq/official_texts_8443.htm?selectedLocale=hr'),
);

export const NATO_2008_09_15: DatedFact = fact(
  '2008-09-15',
  'The NATO–Georgia Commission is set up in Tbilisi, with a framework document signed by Prime Minister Gurgenidze and Secretary General de Hoop Scheffer.',
  src('https://civil.ge/archives/117473'),
);

export const NATO_2014_09: DatedFact = fact(
  '2014-09',
  'NATO’s Wales summit adopts the Substantial NATO–Georgia Package, support in 13 defence and security areas meant to strengthen Georgia’s defence capabilities and interoperability with the Allies.',
  src('https://agenda.ge/en/news/2016/2004'),
);

export const GUAM_1997_10_10: DatedFact = fact(
  '1997-10-10',
  'Founding member: the leaders of Georgia, Ukraine, Azerbaijan and Moldova sign the Strasbourg communiqué that launches GUAM.',
  src(
    'https://guam-organization.org/en/address-of-the-guam-secretary-general-dedicated-to-the-25th-anniversary-of-the-establishment-of-the-organization/',
  ),
);

export const COE_1999_04_27: DatedFact = fact(
  '1999-04-27',
  'Georgia becomes the 41st member of the Council of Europe, on depositing its instrument of ratification and signing the European Convention on Human Rights.',
  src('http://www.coe.int/t/dgap/tbilisi/pol_dialogue_en.asp?toPrint=yes'),
);

export const EAP_2009_05_07: DatedFact = fact(
  '2009-05-07',
  'President Saakashvili attends the Prague summit that launches the EU’s Eastern Partnership with six former Soviet states, Georgia among them.',
  src('https://www.politico.eu/article/eu-launches-eastern-partnership/'),
);

export const standings: OrgStanding[] = [
  { id: 'un', status: 'member', joined: UN_1992_07_31 },
  { id: 'osce', status: 'member', joined: OSCE_1992_03_24 },
  { id: 'bsec', status: 'member', joined: BSEC_1992_06_25 },
  {
    id: 'cis',
    status: 'member',
    joined: CIS_1993_12,
    left: CIS_2009_08_18,
    milestones: [CIS_2008_08_12, CIS_2008_08_14],
  },
  { id: 'cst', status: 'member', joined: CST_1993, left: CST_1999_04_20 },
  {
    id: 'nato-pfp',
    status: 'partner',
    joined: PFP_1994_03_23,
    milestones: [NATO_2008_04_03, NATO_2008_09_15, NATO_2014_09],
  },
  { id: 'guam', status: 'member', joined: GUAM_1997_10_10 },
  { id: 'coe', status: 'member', joined: COE_1999_04_27 },
  { id: 'eap', status: 'partner', joined: EAP_2009_05_07 },
];
