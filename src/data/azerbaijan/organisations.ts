import type { IsoDate, Organisation } from '../schema';
import { fact, src } from './sourcing';

const AS_OF: IsoDate = '2026-06';

/** Member lists are written as space-separated ISO alpha-3 codes, sorted, to keep them compact. */
const codes = (list: string): string[] => list.split(' ');

export const organisations: Organisation[] = [
  {
    id: 'un',
    name: 'United Nations',
    shortName: 'UN',
    altNames: [],
    purpose: 'The world body of sovereign states, for peace, security and cooperation.',
    joined: fact(
      '1992-03-02',
      'Admitted by General Assembly resolution 46/230; a non-permanent Security Council member in 2012–13.',
      src(
        'https://un.mfa.gov.az/en/news/3154/the-republic-of-azerbaijan-celebrates-the-25th-year-since-its-admission-for-membership-in-the-united-nations',
        'Azerbaijan’s UN mission',
      ),
    ),
    members: codes(
      'AFG AGO ALB AND ARE ARG ARM ATG AUS AUT AZE BDI BEL BEN BFA BGD BGR BHR BHS BIH BLR BLZ BOL BRA BRB BRN BTN BWA CAF CAN CHE CHL CHN CIV CMR COD COG COL COM CPV CRI CUB CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESP EST ETH FIN FJI FRA FSM GAB GBR GEO GHA GIN GMB GNB GNQ GRC GRD GTM GUY HND HRV HTI HUN IDN IND IRL IRN IRQ ISL ISR ITA JAM JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MOZ MRT MUS MWI MYS NAM NER NGA NIC NLD NOR NPL NRU NZL OMN PAK PAN PER PHL PLW PNG POL PRK PRT PRY QAT ROU RUS RWA SAU SDN SEN SGP SLB SLE SLV SMR SOM SRB SSD STP SUR SVK SVN SWE SWZ SYC SYR TCD TGO THA TJK TKM TLS TON TTO TUN TUR TUV TZA UGA UKR URY USA UZB VCT VEN VNM VUT WSM YEM ZAF ZMB ZWE',
    ),
    // The fact sheet has no member list for the UN; this is the UN's own page.
    membersSource: src('https://www.un.org/en/about-us/member-states', 'United Nations'),
    asOf: AS_OF,
  },
  {
    id: 'osce',
    name: 'Organization for Security and Co-operation in Europe',
    shortName: 'OSCE',
    altNames: ['CSCE', 'Conference on Security and Co-operation in Europe'],
    purpose: 'A security forum stretching from North America to Central Asia that decides by consensus.',
    joined: fact(
      '1992-01-30',
      'Joins the CSCE, which became the OSCE in 1995.',
      src('http://www.azerbaijan.az/portal/WorldCommunity/InterOrg/interOrg_02_e.html', 'Azerbaijan.az'),
    ),
    members: codes(
      'ALB AND ARM AUT AZE BEL BGR BIH BLR CAN CHE CYP CZE DEU DNK ESP EST FIN FRA GBR GEO GRC HRV HUN IRL ISL ITA KAZ KGZ LIE LTU LUX LVA MCO MDA MKD MLT MNE MNG NLD NOR POL PRT ROU RUS SMR SRB SVK SVN SWE TJK TKM TUR UKR USA UZB VAT',
    ),
    membersSource: src('https://mediamax.am/en/news/foreignpolicy/59419/', 'Mediamax'),
    asOf: AS_OF,
  },
  {
    id: 'cis',
    name: 'Commonwealth of Independent States',
    shortName: 'CIS',
    altNames: [],
    purpose: 'A loose association of former Soviet republics, formed as the USSR broke up.',
    joined: fact(
      '1993-09-24',
      'Joins after parliament had refused in 1992 to ratify the founding protocol Azerbaijan signed in December 1991.',
      src('https://lib.aliyevheritage.org/print.php?lang=en&page=828425', 'Heydar Aliyev Heritage Library'),
    ),
    // Moldova is leaving, but no formal exit was found in the sources; it is still listed.
    members: codes('ARM AZE BLR KAZ KGZ MDA RUS TJK UZB'),
    membersSource: src(
      'https://relief.unboundmedicine.com/relief/view/The-World-Factbook/563540/all/Commonwealth_of_Independent_States__CIS_',
      'CIA World Factbook (mirror)',
    ),
    asOf: AS_OF,
  },
  {
    id: 'ots',
    name: 'Organization of Turkic States',
    shortName: 'OTS',
    altNames: ['Turkic Council', 'Cooperation Council of Turkic Speaking States'],
    purpose: 'Political, economic and cultural cooperation among Turkic-speaking states.',
    joined: fact(
      '2009-10-03',
      'Founding member under the Nakhchivan Agreement; the Turkic Council took its current name in 2021.',
      src('https://en.wikipedia.org/wiki/Organization_of_Turkic_States', 'Wikipedia'),
    ),
    members: codes('AZE KAZ KGZ TUR UZB'),
    membersSource: src('https://en.wikipedia.org/wiki/Organization_of_Turkic_States', 'Wikipedia'),
    asOf: AS_OF,
  },
  {
    id: 'guam',
    name: 'GUAM Organization for Democracy and Economic Development',
    shortName: 'GUAM',
    altNames: [],
    purpose: 'Four post-Soviet states working together on democracy, trade and transit.',
    joined: fact(
      '1997-10-10',
      'Founding member, at a meeting in Strasbourg; GUAM became a full organisation in 2006.',
      src('https://guam-organization.org/en/about-the-organization-for-democracy-and-economic-development-guam/', 'GUAM'),
    ),
    members: codes('AZE GEO MDA UKR'),
    membersSource: src('https://guam-organization.org/en/about-the-organization-for-democracy-and-economic-development-guam/', 'GUAM'),
    asOf: AS_OF,
  },
  {
    id: 'nam',
    name: 'Non-Aligned Movement',
    shortName: 'NAM',
    altNames: [],
    purpose: 'A forum of states that stay outside the major power blocs.',
    joined: fact(
      '2011-05',
      'Becomes a member; Azerbaijan chairs the movement from October 2019 to January 2024.',
      src('https://www.namazerbaijan.org/azerbaijan-in-the-nam', 'NAM Azerbaijan'),
    ),
    members: codes(
      'AFG AGO ARE ATG AZE BDI BEN BFA BGD BHR BHS BLR BLZ BOL BRB BRN BTN BWA CAF CHL CIV CMR COD COG COL COM CPV CUB DJI DMA DOM DZA ECU EGY ERI ETH FJI GAB GHA GIN GMB GNB GNQ GRD GTM GUY HND HTI IDN IND IRN IRQ JAM JOR KEN KHM KNA KWT LAO LBN LBR LBY LCA LKA LSO MAR MDG MDV MLI MMR MNG MOZ MRT MUS MWI MYS NAM NER NGA NIC NPL OMN PAK PAN PER PHL PNG PRK PSE QAT RWA SAU SDN SEN SGP SLE SOM SSD STP SUR SWZ SYC SYR TCD TGO THA TKM TLS TTO TUN TZA UGA UZB VCT VEN VNM VUT YEM ZAF ZMB ZWE',
    ),
    membersSource: src('https://en.trend.az/azerbaijan/politics/3850888.html', 'Trend'),
    asOf: AS_OF,
  },
  {
    id: 'oic',
    name: 'Organisation of Islamic Cooperation',
    shortName: 'OIC',
    altNames: ['Organisation of the Islamic Conference'],
    purpose: 'The intergovernmental body of Muslim-majority states and communities.',
    joined: fact(
      '1991-12-08',
      'Admitted at the Dakar summit, the first former Soviet republic to join.',
      src('https://azerbaijan.az/en/related-information/195', 'Azerbaijan.az'),
    ),
    members: codes(
      'AFG ALB ARE AZE BEN BFA BGD BHR BRN CIV CMR COM DJI DZA EGY GAB GIN GMB GNB GUY IDN IRN IRQ JOR KAZ KGZ KWT LBN LBY MAR MDV MLI MOZ MRT MYS NER NGA OMN PAK PSE QAT SAU SDN SEN SLE SOM SUR SYR TCD TGO TJK TKM TUN TUR UGA UZB YEM',
    ),
    membersSource: src('http://muhaz.org/the-organization-of-islamic-cooperation.html', 'Muhaz.org'),
    asOf: AS_OF,
  },
  {
    id: 'coe',
    name: 'Council of Europe',
    shortName: 'CoE',
    altNames: [],
    purpose: 'Upholds human rights, democracy and the rule of law in Europe, through the European Court of Human Rights.',
    joined: fact(
      '2001-01-25',
      'Joins as the 43rd member; since January 2024 its delegation to the Parliamentary Assembly has had no ratified credentials.',
      src('https://pace.coe.int/en/files/33333/html', 'PACE'),
    ),
    members: codes(
      'ALB AND ARM AUT AZE BEL BGR BIH CHE CYP CZE DEU DNK ESP EST FIN FRA GBR GEO GRC HRV HUN IRL ISL ITA LIE LTU LUX LVA MCO MDA MKD MLT MNE NLD NOR POL PRT ROU SMR SRB SVK SVN SWE TUR UKR',
    ),
    // The fact sheet has no member list for the Council of Europe; this is its own page.
    membersSource: src('https://www.coe.int/en/web/portal/46-members-states', 'Council of Europe'),
    asOf: AS_OF,
  },
  {
    id: 'bsec',
    name: 'Organization of the Black Sea Economic Cooperation',
    shortName: 'BSEC',
    altNames: [],
    purpose: 'Economic cooperation among the states of the wider Black Sea region.',
    joined: fact(
      '1992-06-25',
      'Founding member, one of eleven states at the Istanbul summit.',
      src(
        'https://mfa.gov.az/en/category/regional-organisations/relations-between-azerbaijan-and-black-sea-economic-cooperation-organisation-bsec',
        'Azerbaijan MFA',
      ),
    ),
    members: codes('ALB ARM AZE BGR GEO GRC MDA MKD ROU RUS SRB TUR UKR'),
    membersSource: src(
      'https://mfa.gov.az/en/category/regional-organisations/relations-between-azerbaijan-and-black-sea-economic-cooperation-organisation-bsec',
      'Azerbaijan MFA',
    ),
    asOf: AS_OF,
  },
  {
    id: 'eco',
    name: 'Economic Cooperation Organization',
    shortName: 'ECO',
    altNames: [],
    purpose: 'Trade and transport cooperation linking Iran, Pakistan and Türkiye with Central Asia, Afghanistan and Azerbaijan.',
    joined: fact(
      '1992-11-28',
      'Admitted with six other new members, a date now marked as ECO Day.',
      src('https://www.mfa.tj/en/main/view/194/tajikistan-and-economic-cooperation-organization-eco', 'Tajikistan MFA'),
    ),
    members: codes('AFG AZE IRN KAZ KGZ PAK TJK TKM TUR UZB'),
    membersSource: src('http://eieco.org/page/member-states', 'ECO'),
    asOf: AS_OF,
  },
];
