import type { IsoDate, OrganisationBase } from '../schema';
import { src } from '../sourcing';

/**
 * The organisations the packs name: what each is and who is in it, the same whichever country
 * is in focus. Each pack adds its focus country's standing (packs/<iso3>/organisations.ts).
 */

const AS_OF: IsoDate = '2026-06';

/** Member lists are written as space-separated ISO alpha-3 codes, sorted, to keep them compact. */
const codes = (list: string): string[] => list.split(' ');

export const organisations: readonly OrganisationBase[] = [
  {
    id: 'un',
    name: 'United Nations',
    shortName: 'UN',
    altNames: [],
    purpose: 'The universal organisation of sovereign states, working for peace, security, development and human rights.',
    members: codes(
      'AFG AGO ALB AND ARE ARG ARM ATG AUS AUT AZE BDI BEL BEN BFA BGD BGR BHR BHS BIH BLR BLZ BOL BRA BRB BRN BTN BWA CAF CAN CHE CHL CHN CIV CMR COD COG COL COM CPV CRI CUB CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESP EST ETH FIN FJI FRA FSM GAB GBR GEO GHA GIN GMB GNB GNQ GRC GRD GTM GUY HND HRV HTI HUN IDN IND IRL IRN IRQ ISL ISR ITA JAM JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MOZ MRT MUS MWI MYS NAM NER NGA NIC NLD NOR NPL NRU NZL OMN PAK PAN PER PHL PLW PNG POL PRK PRT PRY QAT ROU RUS RWA SAU SDN SEN SGP SLB SLE SLV SMR SOM SRB SSD STP SUR SVK SVN SWE SWZ SYC SYR TCD TGO THA TJK TKM TLS TON TTO TUN TUR TUV TZA UGA UKR URY USA UZB VCT VEN VNM VUT WSM YEM ZAF ZMB ZWE',
    ),
    membersSource: src('https://www.un.org/en/about-us/member-states'),
    asOf: AS_OF,
  },
  {
    id: 'osce',
    name: 'Organization for Security and Co-operation in Europe',
    shortName: 'OSCE',
    altNames: ['CSCE', 'Conference on Security and Co-operation in Europe'],
    purpose:
      'A consensus-based security forum of 57 states from North America, Europe and Central Asia, covering arms control, conflict prevention, human rights and elections.',
    members: codes(
      'ALB AND ARM AUT AZE BEL BGR BIH BLR CAN CHE CYP CZE DEU DNK ESP EST FIN FRA GBR GEO GRC HRV HUN IRL ISL ITA KAZ KGZ LIE LTU LUX LVA MCO MDA MKD MLT MNE MNG NLD NOR POL PRT ROU RUS SMR SRB SVK SVN SWE TJK TKM TUR UKR USA UZB VAT',
    ),
    membersSource: src('https://www.osce.org/cio/84562'),
    asOf: AS_OF,
  },
  {
    id: 'cis',
    name: 'Commonwealth of Independent States',
    shortName: 'CIS',
    altNames: ['SNG', 'SNG (Sodruzhestvo Nezavisimykh Gosudarstv)'],
    purpose:
      'A loose association of former Soviet republics set up as the USSR dissolved, for economic, political and humanitarian cooperation.',
    members: codes('ARM AZE BLR KAZ KGZ MDA RUS TJK UZB'),
    membersSource: src(
      'https://relief.unboundmedicine.com/relief/view/The-World-Factbook/563540/all/Commonwealth_of_Independent_States__CIS_',
    ),
    asOf: AS_OF,
  },
  {
    id: 'ots',
    name: 'Organization of Turkic States',
    shortName: 'OTS',
    altNames: ['Turkic Council', 'Cooperation Council of Turkic Speaking States', 'CCTS'],
    purpose: 'Political, economic and cultural cooperation among Turkic states.',
    members: codes('AZE KAZ KGZ TUR UZB'),
    membersSource: src('https://vecher.kz/ru/article/sammit-organizasii-tiurkskih-gosudarstv-proidet-v-samarkande-1.html'),
    asOf: AS_OF,
  },
  {
    id: 'guam',
    name: 'GUAM Organization for Democracy and Economic Development',
    shortName: 'GUAM',
    altNames: ['GUUAM'],
    purpose: 'Cooperation among Georgia, Ukraine, Azerbaijan and Moldova on democracy, trade and transit.',
    members: codes('AZE GEO MDA UKR'),
    membersSource: src('https://guam-organization.org/en/about-the-organization-for-democracy-and-economic-development-guam/'),
    asOf: AS_OF,
  },
  {
    id: 'nam',
    name: 'Non-Aligned Movement',
    shortName: 'NAM',
    altNames: [],
    purpose: 'A forum of states that do not formally align with or against any major power bloc.',
    members: codes(
      'AFG AGO ARE ATG AZE BDI BEN BFA BGD BHR BHS BLR BLZ BOL BRB BRN BTN BWA CAF CHL CIV CMR COD COG COL COM CPV CUB DJI DMA DOM DZA ECU EGY ERI ETH FJI GAB GHA GIN GMB GNB GNQ GRD GTM GUY HND HTI IDN IND IRN IRQ JAM JOR KEN KHM KNA KWT LAO LBN LBR LBY LCA LKA LSO MAR MDG MDV MLI MMR MNG MOZ MRT MUS MWI MYS NAM NER NGA NIC NPL OMN PAK PAN PER PHL PNG PRK PSE QAT RWA SAU SDN SEN SGP SLE SOM SSD STP SUR SWZ SYC SYR TCD TGO THA TKM TLS TTO TUN TZA UGA UZB VCT VEN VNM VUT YEM ZAF ZMB ZWE',
    ),
    membersSource: src('https://en.trend.az/azerbaijan/politics/3851976.html'),
    asOf: AS_OF,
  },
  {
    id: 'oic',
    name: 'Organisation of Islamic Cooperation',
    shortName: 'OIC',
    altNames: ['Organisation of the Islamic Conference'],
    purpose: 'The intergovernmental body of 57 states with Muslim majorities or large Muslim communities.',
    members: codes(
      'AFG ALB ARE AZE BEN BFA BGD BHR BRN CIV CMR COM DJI DZA EGY GAB GIN GMB GNB GUY IDN IRN IRQ JOR KAZ KGZ KWT LBN LBY MAR MDV MLI MOZ MRT MYS NER NGA OMN PAK PSE QAT SAU SDN SEN SLE SOM SUR SYR TCD TGO TJK TKM TUN TUR UGA UZB YEM',
    ),
    membersSource: src('https://archive3.parliament.iq/en/2016/01/01/about-oic/'),
    asOf: AS_OF,
  },
  {
    id: 'coe',
    name: 'Council of Europe',
    shortName: 'CoE',
    altNames: [],
    purpose: 'Europe’s human-rights organisation, founded in 1949; its members accept the European Court of Human Rights.',
    members: codes(
      'ALB AND ARM AUT AZE BEL BGR BIH CHE CYP CZE DEU DNK ESP EST FIN FRA GBR GEO GRC HRV HUN IRL ISL ITA LIE LTU LUX LVA MCO MDA MKD MLT MNE NLD NOR POL PRT ROU SMR SRB SVK SVN SWE TUR UKR',
    ),
    membersSource: src('https://www.coe.int/en/web/portal/46-members-states'),
    asOf: AS_OF,
  },
  {
    id: 'bsec',
    name: 'Organization of the Black Sea Economic Cooperation',
    shortName: 'BSEC',
    altNames: ['Black Sea Economic Cooperation'],
    purpose: 'Economic cooperation among the states of the wider Black Sea region.',
    members: codes('ALB ARM AZE BGR GEO GRC MDA MKD ROU RUS SRB TUR UKR'),
    membersSource: src('http://www.mfa.gov.tr/no_-284_-kuzey-makedonya-cumhuriyeti-nin-kei-ye-uye-olmasi-hk.en.mfa'),
    asOf: AS_OF,
  },
  {
    id: 'eco',
    name: 'Economic Cooperation Organization',
    shortName: 'ECO',
    altNames: [],
    purpose: 'Trade, transport and economic cooperation linking Iran, Pakistan and Türkiye with Afghanistan, Azerbaijan and Central Asia.',
    members: codes('AFG AZE IRN KAZ KGZ PAK TJK TKM TUR UZB'),
    membersSource: src('https://eco.int/trainings/?p=2302'),
    asOf: AS_OF,
  },
  {
    id: 'd8',
    name: 'D-8 Organization for Economic Cooperation',
    shortName: 'D-8',
    altNames: ['Developing Eight', 'Developing-8', '“Islamic Eight”'],
    purpose:
      'Economic cooperation among large developing Muslim-majority countries, in trade, agriculture, energy, industry and transport.',
    members: codes('AZE BGD EGY IDN IRN MYS NGA PAK TUR'),
    membersSource: src('https://news.az/news/milli-majlis-approves-azerbaijans-accession-to-d-8-organization'),
    asOf: AS_OF,
  },
  {
    id: 'nato-pfp',
    name: 'NATO Partnership for Peace',
    shortName: 'PfP',
    altNames: ['Partnership for Peace', 'NATO PfP', 'Euro-Atlantic Partnership Council (EAPC)'],
    purpose: 'NATO’s programme of practical, bilateral security cooperation with non-member partner countries.',
    // The 32 NATO Allies; partner countries are not listed.
    members: codes(
      'ALB BEL BGR CAN CZE DEU DNK ESP EST FIN FRA GBR GRC HRV HUN ISL ITA LTU LUX LVA MKD MNE NLD NOR POL PRT ROU SVK SVN SWE TUR USA',
    ),
    membersSource: src('https://interactive.guim.co.uk/uploader/embed/2024/03/sweden-joinsnatomap/giv-1342593NoTD86WMqC'),
    asOf: AS_OF,
  },
  {
    id: 'eap',
    name: 'Eastern Partnership',
    shortName: 'EaP',
    altNames: ['EU Eastern Partnership'],
    purpose:
      'The EU’s joint framework with six Eastern European and South Caucasus neighbours for political association, economic integration and reforms.',
    // The EU side of the partnership: its 27 member states; the six partner countries below.
    members: codes('AUT BEL BGR CYP CZE DEU DNK ESP EST FIN FRA GRC HRV HUN IRL ITA LTU LUX LVA MLT NLD POL PRT ROU SVK SVN SWE'),
    partners: codes('ARM AZE BLR GEO MDA UKR'),
    membersSource: src(
      'https://www.euractiv.com/section/global-europe/news/global-europe-brief-belarus-to-remain-in-the-eastern-partnership/',
    ),
    asOf: AS_OF,
  },
  {
    id: 'sco',
    name: 'Shanghai Cooperation Organisation',
    shortName: 'SCO',
    altNames: ['Shanghai Cooperation Organization'],
    purpose:
      'A Eurasian organisation for security, economic and political cooperation founded in 2001 by China, Russia and four Central Asian states.',
    members: codes('BLR CHN IND IRN KAZ KGZ PAK RUS TJK UZB'),
    membersSource: src('https://news.az/news/belarus-officially-becomes-sco-member'),
    asOf: AS_OF,
  },
  {
    id: 'cst',
    name: 'Collective Security Treaty (Tashkent Treaty)',
    shortName: 'CST',
    altNames: ['Tashkent Treaty', 'CSTO precursor', 'Collective Security Treaty Organization (from 2002)'],
    purpose: 'A 1992 mutual-defence treaty among CIS states, the basis of the Russian-led CSTO created in 2002.',
    // The treaty's parties today (the CSTO).
    members: codes('ARM BLR KAZ KGZ RUS TJK'),
    membersSource: src('https://turan.az/en/analytics/at-crossroads-csto-or-nato-2035707'),
    asOf: AS_OF,
  },
];
