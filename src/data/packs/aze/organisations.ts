import type { OrgStanding } from '../../schema';
import { fact, src } from '../../sourcing';

/** Azerbaijan's standing in each organisation it belongs to or works with, from the 2026 audit. */
export const standings: readonly OrgStanding[] = [
  {
    id: 'un',
    status: 'member',
    joined: fact(
      '1992-03-02',
      'The General Assembly admits Azerbaijan by resolution 46/230, on the Security Council’s recommendation of 14 February 1992.',
      src(
        'https://un.mfa.gov.az/en/news/3154/the-republic-of-azerbaijan-celebrates-the-25th-year-since-its-admission-for-membership-in-the-united-nations',
      ),
    ),
  },
  {
    id: 'osce',
    status: 'member',
    joined: fact(
      '1992-01-30',
      'Azerbaijan is admitted to the CSCE, which was renamed the OSCE on 1 January 1995.',
      src('http://garabagh.net/content_175_en.html'),
      { confidence: 'single-source', note: 'Only one page seen gives the day (Garabagh.net, a state information portal).' },
    ),
  },
  {
    id: 'cis',
    status: 'member',
    joined: fact(
      '1993-09-24',
      'The CIS Council of Heads of State admits Azerbaijan, four days after its parliament voted to join the CIS and its Collective Security Treaty.',
      src('https://azerbaijan.az/en/related-information/197'),
    ),
  },
  {
    id: 'ots',
    status: 'member',
    joined: fact(
      '2009-10-03',
      'Founding member: the Nakhchivan Agreement creating the Cooperation Council of Turkic Speaking States is signed in Nakhchivan; the body was renamed the Organization of Turkic States in November 2021.',
      src('https://en.trend.az/azerbaijan/politics/3667229.html'),
    ),
  },
  {
    id: 'guam',
    status: 'member',
    joined: fact(
      '1997-10-10',
      'Founding member: the presidents of Georgia, Ukraine, Azerbaijan and Moldova set up the GUAM consultative forum in Strasbourg; it became a full organisation in 2006.',
      src('https://guam-organization.org/en/about-the-organization-for-democracy-and-economic-development-guam/'),
      { confidence: 'single-source', note: 'Kept from the earlier dataset; the page could not be re-checked in this review.' },
    ),
  },
  {
    id: 'nam',
    status: 'member',
    joined: fact(
      '2011-05',
      'Azerbaijan, previously an observer, becomes a full member at the 16th NAM Ministerial Conference in Bali.',
      src('https://gomap.az/info/Detailed_News.aspx?id=50219&lng=en'),
      { confidence: 'single-source', note: 'The sources seen give the year; the month was not found.' },
    ),
  },
  {
    id: 'oic',
    status: 'member',
    joined: fact(
      '1991-12',
      'Azerbaijan is admitted at the OIC summit in Dakar, Senegal (9-11 December 1991).',
      src('https://azerbaijan.az/en/related-information/195'),
      { confidence: 'single-source', note: 'Kept from the earlier dataset; the page could not be re-checked in this review.' },
    ),
  },
  {
    id: 'coe',
    status: 'member',
    joined: fact(
      '2001-01-25',
      'Azerbaijan becomes a full member of the Council of Europe.',
      src('https://pace.coe.int/en/files/33333/html'),
      { confidence: 'single-source', note: 'Kept from the earlier dataset; the page could not be re-checked in this review.' },
    ),
  },
  {
    id: 'bsec',
    status: 'member',
    joined: fact(
      '1992-06-25',
      'Founding member: the leaders of eleven states sign the BSEC Summit Declaration in Istanbul.',
      src('https://balkans.aljazeera.net/news/balkan/2012/6/26/turska-preuzima-predsjedavanje-bsec-om'),
    ),
  },
  {
    id: 'eco',
    status: 'member',
    joined: fact(
      '1992-11-28',
      'Azerbaijan joins the ECO with Afghanistan and the five Central Asian republics, the organisation’s 1992 expansion.',
      src('https://www.mfa.tj/en/main/view/194/tajikistan-and-economic-cooperation-organization-eco'),
      { confidence: 'single-source', note: 'The day comes from the Tajik foreign ministry alone; other pages give autumn 1992.' },
    ),
  },
  {
    id: 'd8',
    status: 'member',
    joined: fact(
      '2024-12-19',
      'The 11th D-8 summit in Cairo unanimously elects Azerbaijan a member, the organisation’s first enlargement since 1997.',
      src('https://en.trend.az/azerbaijan/politics/3984170.html'),
    ),
  },
  {
    id: 'nato-pfp',
    status: 'partner',
    joined: fact(
      '1994-05-04',
      'President Heydar Aliyev signs the Partnership for Peace Framework Document at NATO headquarters in Brussels.',
      src('https://nato-pfp.mfa.gov.az/en/category/azerbaycan-ve-nato-emekdasligi-haqqinda-arayis'),
    ),
  },
  {
    id: 'eap',
    status: 'partner',
    joined: fact(
      '2009-05-07',
      'Azerbaijan is one of six partner countries that sign the Prague summit declaration launching the EU’s Eastern Partnership.',
      src('https://www.politico.eu/article/eu-launches-eastern-partnership/'),
    ),
  },
  {
    id: 'sco',
    status: 'dialogue-partner',
    joined: fact(
      '2016-03-14',
      'Foreign Minister Elmar Mammadyarov and SCO Secretary-General Rashid Alimov sign in Beijing the memorandum granting Azerbaijan dialogue-partner status, decided at the Ufa summit on 10 July 2015.',
      src('https://economy.gov.az/en/article/shanxay-emekdashliq-teshkilat/22940'),
    ),
  },
  {
    id: 'cst',
    status: 'member',
    joined: fact(
      '1993-09-24',
      'Azerbaijan signs the Collective Security Treaty while joining the CIS; the treaty enters into force on 20 April 1994 for five years.',
      src('https://turan.az/en/analytics/at-crossroads-csto-or-nato-2035707'),
    ),
    left: fact(
      '1999-04',
      'Azerbaijan does not sign the 2 April 1999 protocol extending the treaty, so its participation ends when the first five-year term runs out in April 1999.',
      src('https://turan.az/en/analytics/at-crossroads-csto-or-nato-2035707'),
    ),
  },
];
