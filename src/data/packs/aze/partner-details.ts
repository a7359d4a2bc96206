import type { DatedFact, IsoDate, PartnerDetails } from '../../schema';
import { BTC_IGA_1999_11_18, BTK_OPENED_2017_10_30, TANAP_IGA_2012_06_26 } from '../../shared/route-facts';
import { fact, src } from '../../sourcing';
// Facts that are also on the map side (kind evidence, strains) are defined once, with the partners.
import {
  ARE_2024_01_09,
  ARE_2025_09_16,
  ARM_1991,
  ARM_2020_09_27,
  ARM_2023_09_19,
  ARM_2025_08_08,
  ARM_2025_08_11,
  BGR_2015_03_04,
  BGR_2024_05_08,
  CHN_1992_04_02,
  CHN_2024_07_03,
  CHN_2025_04_23,
  DEU_2023_03_14,
  EU_1996_04_22,
  EU_2009_05_07,
  EU_2022_07_18,
  EU_2023_02_20,
  EU_2023_10_05,
  EU_2023_12_26,
  EU_2024_05_16,
  EU_2024_10_24,
  FRA_1993_12_20,
  FRA_2014_05_12,
  FRA_2020_11_25,
  FRA_2023_12_26,
  FRA_2024_04_16,
  FRA_2024_05_16,
  FRA_2025_10_16,
  GBR_1994_09,
  GBR_2023_11_07,
  GBR_2025_08_25,
  GEO_1992_11_18,
  GEO_1996_03_08,
  GEO_2015_11_05,
  GEO_2019_05,
  GEO_2019_09_04,
  HUN_2014_11_11,
  HUN_2023_01_30,
  IND_2023_01,
  IND_2023_07_26,
  IND_2024,
  IND_2025_05_07,
  IND_2025_09_01,
  IRN_1991_12_25,
  IRN_1992_03_12,
  IRN_2021_10_01,
  IRN_2022_10,
  IRN_2023_01_27,
  IRN_2023_04_06,
  IRN_2024_05,
  IRN_2024_07_15,
  ISR_1991_12_25,
  ISR_1992_04_07,
  ISR_1993,
  ISR_2023_03_29,
  ITA_2014_07,
  ITA_2020_02_20,
  JPN_1998_02_26,
  JPN_2006_03_10,
  KAZ_2004_03,
  KAZ_2005_05_24,
  KAZ_2006_06_23,
  KAZ_2022_08_24,
  KAZ_2024_03_11,
  KAZ_2025_10_21,
  KGZ_2022_04_20,
  KGZ_2022_10_11,
  KGZ_2024_04_24,
  KOR_2006_05,
  PAK_1991_12_12,
  PAK_1992_06_09,
  PAK_1993_03_12,
  ROU_2009_09_28,
  ROU_2011_04_18,
  RUS_1992_04_04,
  RUS_1997_07_03,
  RUS_2008_07_03,
  RUS_2010_09_03,
  RUS_2022_02_22,
  RUS_2024_12_25,
  RUS_2025_06_27,
  RUS_2025_06_30,
  RUS_2025_10_09,
  SAU_1994,
  TJK_2024_05_23,
  TKM_2001_06,
  TKM_2017_08_08,
  TKM_2021_01_21,
  TUR_1991_11_09,
  TUR_1992_01_14,
  TUR_2010_08_16,
  TUR_2021_06_15,
  UKR_1992_02_06,
  UKR_1997_10_10,
  UKR_2022_01_14,
  USA_1991_12_25,
  USA_1992_02_19,
  USA_1992_10_24,
  USA_2001_10_24,
  USA_2018,
  USA_2023_08,
  USA_2024_06_28,
  USA_2025_08_08,
  USA_2025_08_08_2,
  USA_2026_02_10,
  UZB_2022_06_21,
  UZB_2024_08_23,
  UZB_2025_02_25,
  UZB_2025_04_30,
  UZB_2025_07_02,
} from './evidence';

/*
 * The panel half of Azerbaijan's partners — summaries, key treaties and facts, tensions — loaded
 * with the detail panels; ./partners.ts holds what the map needs. From the 2026 audit.
 */

const AS_OF: IsoDate = '2026-06';

const ITA_2020_12_31: DatedFact = fact(
  '2020-12-31',
  'Azerbaijani gas first flows through TAP into Italy at Melendugno and, via the Greek grid at Nea Mesimvria, into Greece and Bulgaria.',
  src(
    'https://www.borsaitaliana.it/borsa/notizie/teleborsa/economia/tap-e-arrivato-in-italia-il-primo-gas-dall-azerbaijan-42_2020-12-31_TLB.html?lang=it',
  ),
);

const GRC_1992_06_25: DatedFact = fact(
  '1992-06-25',
  'Both are among the states that signed the Istanbul declaration founding Black Sea Economic Cooperation.',
  src('https://azconsulateistanbul.org.tr/en/?name=blacksea'),
);

const ROU_2022_12: DatedFact = fact(
  '2022-12',
  'Azerbaijan, Georgia, Romania and Hungary sign an agreement on strategic partnership in developing and transmitting green energy, in Bucharest.',
  src('https://en.trend.az/business/energy/3757028.html'),
  { confidence: 'single-source', note: 'Known from one later Trend report; the signing itself was not seen.' },
);

export const partnerDetails: Record<string, PartnerDetails> = {
  RUS: {
    summary:
      'Relations set up in 1992 were given a friendship treaty in 1997, a strategic-partnership declaration in 2008 and, in February 2022, a Declaration on Allied Interaction that remains in force. Since December 2024 ties have been badly strained: Russian air-defence fire brought down an Azerbaijan Airlines plane, and in mid-2025 two Azerbaijanis died in Yekaterinburg police raids and Baku arrested Sputnik Azerbaijan’s managers. In October 2025 Putin acknowledged Russian responsibility for the crash.',
    summarySources: [
      src(
        'https://azertag.az/en/xeber/Declaration_on_allied_interaction_between_the_Republic_of_Azerbaijan_and_the_Russian_Federation-2024876',
      ),
      src('https://www.spokesman.com/stories/2024/dec/25/38-killed-29-survivors-rescued-after-plane-crashes/'),
      src(
        'https://www.themoscowtimes.com/2025/06/30/azerbaijan-cancels-russian-cultural-events-amid-fallout-over-police-raids-in-yekaterinburg-a89610',
      ),
      src(
        'https://www.politico.eu/article/azerbaijan-inhuman-treatment-azeris-russia-diplomatic-spat-moscow-arrests-detainment-kremlin-investigation/',
      ),
      src('https://www.independent.co.uk/bulletin/news/russia-putin-azerbaijan-airlines-plane-crash-b2842674.html'),
    ],
    treaties: [
      RUS_1992_04_04,
      RUS_1997_07_03,
      RUS_2008_07_03,
      RUS_2010_09_03,
      RUS_2022_02_22,
      fact(
        '2024-06-12',
        'Russian peacekeepers complete their early withdrawal from Karabakh, which began in April 2024.',
        src('https://kyivindependent.com/russian-peacekeepers-leave-karabakh'),
      ),
    ],
    tensions: [RUS_2024_12_25, RUS_2025_06_27, RUS_2025_06_30, RUS_2025_10_09],
    asOf: AS_OF,
  },
  TUR: {
    summary:
      'Türkiye was the first state to recognise independent Azerbaijan, in November 1991, and the two established relations in January 1992. A 2010 Agreement on Strategic Partnership and Mutual Assistance was followed in June 2021 by the Shusha Declaration on Allied Relations, which includes a pledge of mutual help. Main export routes for Azerbaijani oil, gas and freight – BTC, TANAP and the Baku–Tbilisi–Kars railway – cross Turkish territory.',
    summarySources: [
      src('https://www.mfa.gov.tr/relations-between-turkiye-and-azerbaijan.en.mfa'),
      src('https://en.trend.az/azerbaijan/politics/3440856.html'),
      src('https://www.mfa.gov.tr/relations-between-turkiye-and-azerbaijan.en.mfa'),
      src('https://clintonwhitehouse4.archives.gov/textonly/WH/New/Europe-9911/briefings/1999-11-18a.html'),
      src('https://rferl.org/a/turkey-sign-deal-baku-on-trans-anatolian-pipeline/24626818.html'),
      src('http://www.tabula.ge/ge/node/125979'),
    ],
    treaties: [
      TUR_1991_11_09,
      TUR_1992_01_14,
      BTC_IGA_1999_11_18,
      TUR_2010_08_16,
      TANAP_IGA_2012_06_26,
      BTK_OPENED_2017_10_30,
      TUR_2021_06_15,
      fact(
        '2025-08-22',
        'Türkiye breaks ground on the 224 km Kars–Iğdır–Aralık–Dilucu railway towards Nakhchivan.',
        src('https://news.az/news/construction-of-kars-nakhchivan-railway-starts-in-turkiye'),
      ),
    ],
    tensions: [],
    asOf: AS_OF,
  },
  IRN: {
    summary:
      'Iran recognised Azerbaijan in December 1991 and relations date from March 1992; the two cooperate on transit and shared border waters, opening the Qiz Qalasi dam on the Aras in May 2024. Ties have repeatedly soured: Iran staged large exercises on the border in 2021 and 2022, and after a gunman killed the security chief of Azerbaijan’s Tehran embassy in January 2023 the embassy stayed closed until July 2024. Tehran objects to Baku’s close ties with Israel.',
    summarySources: [
      src('https://lib.aliyev-heritage.org/print.php?lang=en&page=6163780'),
      src(
        'https://www.atlanticcouncil.org/blogs/iransource/iranian-war-games-on-the-border-with-azerbaijan-were-really-a-message-to-israel/',
      ),
      src('https://www.thestar.com/news/world/middleeast/2023/01/27/gunman-kills-security-chief-at-azerbaijan-embassy-in-iran.html'),
      src('https://www.hurriyetdailynews.com/azerbaijan-reopens-its-embassy-in-iran-198502'),
      src('https://www.jpost.com/international/article-742182'),
    ],
    treaties: [IRN_1991_12_25, IRN_1992_03_12, IRN_2024_05, IRN_2024_07_15],
    tensions: [
      IRN_2021_10_01,
      IRN_2022_10,
      IRN_2023_01_27,
      IRN_2023_04_06,
      fact(
        '2025-08',
        'Iranian officials object to the US-backed TRIPP transit route planned along Iran’s border in Armenia.',
        src('https://www.iranintl.com/en/202508119033'),
        { confidence: 'single-source', note: 'Kept from the earlier dataset; the page could not be re-checked in this review.' },
      ),
    ],
    asOf: AS_OF,
  },
  USA: {
    summary:
      'Relations date from February 1992, and Washington backed the Caspian export routes: the BTC pipeline agreements were signed in President Clinton’s presence in 1999. Section 907 of a 1992 law still restricts US aid to Azerbaijan’s government; since 2001 presidents have been able to waive it and have done so in most years, though with delays under Trump in 2017–18 and under Biden in 2023–24, until Trump extended the waiver in August 2025. In February 2026 the two governments signed a Charter on Strategic Partnership.',
    summarySources: [
      src('https://history.state.gov/countries/azerbaijan'),
      src('https://clintonwhitehouse4.archives.gov/textonly/WH/New/Europe-9911/briefings/1999-11-18a.html'),
      src('https://en.wikipedia.org/wiki/Section_907'),
      src('https://turan.az/en/politics/us-extends-the-waiver-of-section-907'),
      src('https://mirrorspectator.com/2023/08/24/azerbaijan-military-assistance-waiver-delayed-as-review-drags-on/'),
      src('https://www.caucasuswatch.de/en/news/trump-extends-section-907-waiver-to-azerbaijan.html'),
      src('https://www.trend.az/azerbaijan/politics/4151925.html'),
    ],
    treaties: [
      USA_1991_12_25,
      USA_1992_02_19,
      BTC_IGA_1999_11_18,
      USA_2001_10_24,
      fact(
        '2022-06-21',
        'A Section 907 waiver extension is signed for the Biden administration.',
        src('https://turan.az/en/politics/its-official-us-extends-the-waiver-of-section-907'),
      ),
      USA_2025_08_08_2,
      USA_2025_08_08,
      USA_2026_02_10,
    ],
    tensions: [
      USA_1992_10_24,
      USA_2018,
      USA_2023_08,
      USA_2024_06_28,
      fact(
        '2026-01',
        'Baku continues to press for full repeal of Section 907, which Congress has not repealed.',
        src('https://report.az/en/foreign-politics/azerbaijan-us-near-completion-of-strategic-partnership-charter'),
        { confidence: 'single-source', note: 'Kept from the earlier dataset; the page could not be re-checked in this review.' },
      ),
    ],
    asOf: AS_OF,
  },
  EU: {
    summary:
      'EU–Azerbaijan relations rest on a Partnership and Cooperation Agreement signed in 1996 and in force since 1999; Azerbaijan joined the Eastern Partnership at its 2009 launch but has no association agreement. Energy dominates: a 2022 memorandum aims at 20 bcm of Azerbaijani gas a year for the EU by 2027. Political friction has grown since 2023 over the EU monitoring mission in Armenia, European Parliament resolutions on Karabakh and human rights, and a bitter quarrel with France.',
    summarySources: [
      src('https://lib.aliyev-heritage.org/print.php?lang=en&page=2979328'),
      src('https://www.politico.eu/article/eu-launches-eastern-partnership/'),
      src('https://www.trtworld.com/article/12786908'),
      src('https://english.alarabiya.net/News/world/2023/02/28/Russia-Azerbaijan-criticize-EU-s-Armenia-border-mission'),
      src(
        'https://turan.az/en/politics/the-european-parliament-calls-for-a-non-binding-reassessment-of-cooperation-with-azerbaijan-770105',
      ),
      src('https://www.dawn.com/news/1834021/why-is-france-accusing-azerbaijan-of-new-caledonia-meddling'),
    ],
    treaties: [EU_1996_04_22, EU_2009_05_07, EU_2022_07_18],
    tensions: [EU_2023_02_20, EU_2023_10_05, EU_2023_12_26, EU_2024_05_16, EU_2024_10_24],
    asOf: AS_OF,
  },
  GEO: {
    summary:
      'Georgia is Azerbaijan’s corridor to the Black Sea and Türkiye: the Baku–Supsa and BTC oil lines and the Baku–Tbilisi–Kars railway all cross it. A 1996 treaty on friendship, cooperation and mutual security underpins relations, and a joint declaration signed by both presidents in 2015 proclaims their strategic partnership. An unfinished border delimitation around the David Gareja monastery complex flared into a dispute in 2019.',
    summarySources: [
      src('https://old.civil.ge/eng/_print.php?id=28747'),
      src('https://www.rferl.org/a/1091101.html'),
      src('https://clintonwhitehouse4.archives.gov/textonly/WH/New/Europe-9911/briefings/1999-11-18a.html'),
      src('http://www.tabula.ge/ge/node/125979'),
      src('http://georgiatoday.ge/news/15778/Georgia%2C-Azerbaijan-Continue-Talks-on-Border-Delimitation'),
      src('https://old.civil.ge/eng/_print.php?id=28747'),
    ],
    treaties: [
      GEO_1992_11_18,
      GEO_1996_03_08,
      fact(
        '1999-04',
        'The Baku–Supsa oil pipeline to Georgia’s Black Sea coast is inaugurated.',
        src('https://www.rferl.org/a/1091101.html'),
      ),
      BTC_IGA_1999_11_18,
      GEO_2015_11_05,
      BTK_OPENED_2017_10_30,
    ],
    tensions: [GEO_2019_05, GEO_2019_09_04],
    asOf: AS_OF,
  },
  ARM: {
    summary:
      'Azerbaijan and Armenia have never had diplomatic relations. They fought over Karabakh after the Soviet collapse and again for six weeks in 2020, when districts around Karabakh returned to Azerbaijani control; in September 2023 a one-day Azerbaijani offensive ended the breakaway administration and more than 100,000 Armenians fled within a week. There have been no hostilities since; at the White House on 8 August 2025 the leaders signed a joint declaration and their foreign ministers initialled a peace treaty, which remains unsigned because Baku first wants Armenia to change its constitution.',
    summarySources: [
      src('https://english.alarabiya.net/News/world/2023/10/26/Armenian-PM-says-country-hopes-for-peace-with-Azerbaijan-soon'),
      src('https://english.alarabiya.net/News/world/2023/02/28/Russia-Azerbaijan-criticize-EU-s-Armenia-border-mission'),
      src('https://sipri.org/commentary/topical-backgrounder/2021/arms-transfers-conflict-zones-case-nagorno-karabakh'),
      src('https://www.tbsnews.net/world/armenia-says-over-100000-refugees-flee-nagorno-karabakh-709818'),
      src('https://www.azernews.az/nation/245902.html'),
      src('https://www.azatutyun.am/a/33500159.html'),
      src('https://azatutyun.am/amp/33012106.html'),
    ],
    treaties: [ARM_2025_08_08, ARM_2025_08_11],
    tensions: [
      ARM_1991,
      ARM_2020_09_27,
      ARM_2023_09_19,
      fact(
        '2024-06-06',
        'Aliyev says Azerbaijan will not sign a peace treaty unless Armenia changes its constitution.',
        src('https://azatutyun.am/amp/33012106.html'),
      ),
    ],
    asOf: AS_OF,
  },
  KAZ: {
    summary:
      'Kazakhstan faces Azerbaijan across the Caspian and is its closest Central Asian partner. After a 2004 declaration of strategic partnership, the two signed a Treaty on Strategic Partnership and Allied Relations in Baku in May 2005, reaffirmed by a 2022 declaration on deepening allied interaction and by a Supreme Interstate Council that first met in 2024. Kazakh oil has been shipped across the Caspian into the BTC pipeline under a 2023 transit deal, and in October 2025 Kazakh grain was the first cargo allowed to cross Azerbaijan to Armenia.',
    summarySources: [
      src('https://www.rferl.org/a/1051730.html'),
      src('https://turanews.kz/en/news/presidents-of-kazakhstan-and-azerbaijan-made-a-joint-statement'),
      src('https://president.az/en/articles/view/57014'),
      src('https://president.az/en/articles/view/65296'),
      src('https://en.trend.az/business/energy/3726564.html'),
      src('https://en.orda.kz/azerbaijan-lifts-transit-ban-allowing-first-cargo-shipment-to-armenia-8921'),
    ],
    treaties: [
      KAZ_2004_03,
      KAZ_2005_05_24,
      KAZ_2006_06_23,
      KAZ_2022_08_24,
      fact(
        '2023-03-23',
        'Transit of Kazakh Tengiz oil through the BTC pipeline begins under a SOCAR–KazMunayGas agreement for 1.5 million tonnes a year.',
        src('https://en.trend.az/business/energy/3726564.html'),
      ),
      KAZ_2024_03_11,
      KAZ_2025_10_21,
      fact(
        '2025-10-21',
        'Aliyev announces in Astana that Azerbaijan has lifted its transit ban on goods bound for Armenia, with a shipment of Kazakh grain as the first cargo.',
        src('https://en.orda.kz/azerbaijan-lifts-transit-ban-allowing-first-cargo-shipment-to-armenia-8921'),
      ),
    ],
    tensions: [],
    asOf: AS_OF,
  },
  TKM: {
    summary:
      'Turkmenistan lies across the Caspian from Azerbaijan, and the two long quarrelled over an offshore field that Baku calls Kapaz and Ashgabat Serdar; Turkmenistan closed its Baku embassy in 2001 and only sent an ambassador back around 2008. Relations were raised to a strategic partnership by a declaration signed in Baku in August 2017, and in January 2021 the governments agreed to develop the disputed field jointly under the name Dostlug.',
    summarySources: [
      src('https://energia.gr/article/129743/turkmenistan-appoints-envoy-to-azerbaijan-in-boost-to-ties'),
      src('https://cacianalyst.org./publications/field-reports/item/11557-field-reports-caci-analyst-2008-1-23-art-11557.html'),
      src('https://azertag.az/fr/xeber/france-2409431'),
      src(
        'https://geneva.mfa.gov.az/en/news/6505/azerbaijan-and-turkmenistan-sign-mou-on-joint-exploration-and-development-of-dostlug-field-in-caspian-sea',
      ),
    ],
    treaties: [TKM_2017_08_08, TKM_2021_01_21],
    tensions: [
      TKM_2001_06,
      fact(
        '2012-06-19',
        'Azerbaijan protests to Turkmenistan’s ambassador over exploration work at the Kyapaz/Serdar field; Ashgabat replies with its own protest.',
        src('http://in.reuters.com/article/azerbaijan-turkmenistan-caspian-idINL5E8HJ3ZA20120619'),
      ),
    ],
    asOf: AS_OF,
  },
  UZB: {
    summary:
      'Uzbekistan and Azerbaijan set up diplomatic relations only in October 1995 but drew much closer in the 2020s. A June 2022 declaration on deepening their strategic partnership was followed on 23 August 2024 by a Treaty on Allied Relations signed in Tashkent, which Uzbekistan’s parliament ratified in 2025. The presidents now meet in a Supreme Interstate Council, whose second session was held in Baku in July 2025.',
    summarySources: [
      src('https://en.trend.az/azerbaijan/politics/3781856.html'),
      src('https://english.news.cn/asiapacific/20220622/a77aaaaed13e4a02b82f7734e05e76dc/c.html'),
      src('https://interfax.com/newsroom/top-stories/105377/'),
      src('https://en.trend.az/azerbaijan/politics/4038070.html'),
      src('https://en.trend.az/azerbaijan/politics/4065170.html'),
    ],
    treaties: [UZB_2022_06_21, UZB_2024_08_23, UZB_2025_02_25, UZB_2025_04_30, UZB_2025_07_02],
    tensions: [],
    asOf: AS_OF,
  },
  KGZ: {
    summary:
      'Kyrgyzstan and Azerbaijan established diplomatic relations in January 1993 and signed a friendship treaty in 1997, but contacts stayed modest for years; Azerbaijan opened an embassy in Bishkek only in 2007. A Declaration on Strategic Partnership signed in Baku in April 2022 raised the relationship a level, and an Interstate Council of the two presidents has met since October 2022. No alliance treaty has been found.',
    summarySources: [
      src('https://bishkek.mfa.gov.az/ru/content/3/ikiterefli-munasibetler'),
      src(
        'https://kant.kg/2022-04-21/lidery-dvuh-stran-podpisali-memorandum-o-sozdanii-mezhgosudarstvennogo-soveta-kyrgyzstana-i-azerbajdzhana',
      ),
      src('https://news.az/news/kyrgyzstan-and-azerbaijan-traditionally-always-support-each-other-in-all-intl-organizations-ilham-aliyev'),
      src('https://president.az/en/articles/view/57673'),
    ],
    treaties: [
      fact(
        '1997-04-23',
        'A Treaty of Friendship and Cooperation is signed during President Akayev’s first official visit to Azerbaijan.',
        src(
          'https://kant.kg/2022-04-21/lidery-dvuh-stran-podpisali-memorandum-o-sozdanii-mezhgosudarstvennogo-soveta-kyrgyzstana-i-azerbajdzhana',
        ),
      ),
      fact('2007-05-16', 'Azerbaijan opens an embassy in Bishkek.', src('https://bishkek.mfa.gov.az/ru/content/3/ikiterefli-munasibetler')),
      KGZ_2022_04_20,
      KGZ_2022_10_11,
      KGZ_2024_04_24,
    ],
    tensions: [],
    asOf: AS_OF,
  },
  TJK: {
    summary:
      'Tajikistan, the only non-Turkic state of Central Asia, has had diplomatic relations with Azerbaijan since May 1992; a 2007 Treaty of Friendship and Cooperation is the founding document, and embassies opened in 2007–08. The two presidents signed a Declaration on Strategic Partnership in Baku in May 2024. Since November 2025 Azerbaijan has sat with Tajikistan and the other Central Asian states as a full participant in their leaders’ consultative meetings.',
    summarySources: [
      src('https://www.mfa.tj/en/main/view/140/relations-of-tajikistan-with-azerbaijan'),
      src(
        'https://www.mfa.tj/index.php/ru/main/view/6034/k-28-letiyu-ustanovleniya-tadzhiksko-azerbaidzhanskikh-diplomaticheskikh-otnoshenii',
      ),
      src('https://turan.az/en/politics/azerbaijan-and-tajikistan-sign-declaration-on-strategic-partnership'),
      src('https://www.trend.az/azerbaijan/politics/4118240.html'),
    ],
    treaties: [
      fact(
        '2007-03',
        'A Treaty of Friendship and Cooperation is signed during Ilham Aliyev’s official visit to Dushanbe (15–16 March 2007).',
        src(
          'https://www.mfa.tj/index.php/ru/main/view/6034/k-28-letiyu-ustanovleniya-tadzhiksko-azerbaidzhanskikh-diplomaticheskikh-otnoshenii',
        ),
      ),
      TJK_2024_05_23,
      fact(
        '2025-11-16',
        'Azerbaijan becomes a full participant in the Consultative Meetings of Central Asian heads of state, Tajikistan included, at the Tashkent summit.',
        src('https://www.trend.az/azerbaijan/politics/4118240.html'),
      ),
    ],
    tensions: [],
    asOf: AS_OF,
  },
  UKR: {
    summary:
      'Ukraine and Azerbaijan established relations in February 1992 and co-founded GUAM with Georgia and Moldova in 1997. Both governments describe the relationship as a strategic partnership, and a January 2022 joint declaration of the presidents pledged mutual support for territorial integrity, but no founding strategic-partnership document was found. In July 2025 Ukraine’s Naftogaz signed its first deal to import Azerbaijani gas.',
    summarySources: [
      src('https://www.azernews.az/nation/188854.html'),
      src('http://www.mfa.gov.md/about-guam-en/'),
      src('https://president.az/en/articles/view/55259'),
      src('https://oc-media.org/ukraine-signs-gas-deal-with-azerbaijans-socar'),
    ],
    treaties: [
      UKR_1992_02_06,
      UKR_1997_10_10,
      UKR_2022_01_14,
      fact(
        '2025-07-28',
        'Naftogaz signs its first deal to buy Azerbaijani gas from a SOCAR subsidiary, with test deliveries via the Trans-Balkan route.',
        src('https://oc-media.org/ukraine-signs-gas-deal-with-azerbaijans-socar'),
      ),
    ],
    tensions: [],
    asOf: AS_OF,
  },
  ISR: {
    summary:
      'Israel recognised Azerbaijan in December 1991, relations date from April 1992 and Israel opened an embassy in Baku in 1993; Azerbaijan opened its embassy in Tel Aviv only in March 2023. The relationship rests on Israeli arms – SIPRI data put Israel as the source of most of Azerbaijan’s major-arms imports in the late 2010s – and Azerbaijani oil shipped to Israel via BTC. The closeness is a standing grievance in Tehran.',
    summarySources: [
      src('http://www.today.az/news/society/246864.html'),
      src('https://en.trend.az/azerbaijan/politics/3728529.html'),
      src('http://www.panarmenian.net/eng/news/278787/'),
      src('https://en.globes.co.il/en/article-Azerbaijani-oil-continues-flowing-to-Israel-via-Turkey-1001477929'),
      src('https://en.globes.co.il/en/article-Azerbaijani-oil-continues-flowing-to-Israel-via-Turkey-1001477929'),
    ],
    treaties: [ISR_1991_12_25, ISR_1992_04_07, ISR_1993, ISR_2023_03_29],
    tensions: [],
    asOf: AS_OF,
  },
  CHN: {
    summary:
      'China and Azerbaijan have had diplomatic relations since April 1992. They declared a strategic partnership at the SCO summit in Astana in July 2024 and raised it to a comprehensive strategic partnership during Aliyev’s state visit to Beijing in April 2025. Cooperation centres on Belt and Road projects, energy and the transit route across the Caspian.',
    summarySources: [
      src('https://en.trend.az/azerbaijan/politics/4033820.html'),
      src('https://en.trend.az/azerbaijan/politics/4033820.html'),
      src('https://anews.com.tr/diplomacy/2025/04/23/china-azerbaijan-elevate-ties-to-comprehensive-strategic-partnership'),
    ],
    treaties: [CHN_1992_04_02, CHN_2024_07_03, CHN_2025_04_23],
    tensions: [],
    asOf: AS_OF,
  },
  PAK: {
    summary:
      'Pakistan recognised Azerbaijan in December 1991, among the first states to do so, and relations date from June 1992. The two describe their ties as a strategic partnership, but no signed strategic-partnership document was found. Out of solidarity with Baku, Pakistan had no relations with Armenia until it established them on 31 August 2025, after the Washington summit.',
    summarySources: [
      src('https://news.az/news/pakistan-azerbaijan-enjoy-excellent-bilateral-ties-embassy'),
      src('https://www.azernews.az/nation/200281.html'),
      src('https://www.pakistantoday.com.pk/2025/09/01/pakistan-armenia-establish-diplomatic-ties-after-decades-of-estrangement/'),
    ],
    treaties: [
      PAK_1991_12_12,
      PAK_1992_06_09,
      PAK_1993_03_12,
      fact(
        '2025-08-31',
        'Pakistan establishes diplomatic relations with Armenia for the first time, after the Armenia–Azerbaijan Washington summit.',
        src('https://www.pakistantoday.com.pk/2025/09/01/pakistan-armenia-establish-diplomatic-ties-after-decades-of-estrangement/'),
      ),
    ],
    tensions: [],
    asOf: AS_OF,
  },
  ITA: {
    summary:
      'Italy is Azerbaijan’s main trading partner in Europe and the largest buyer of its crude, and it is where the Southern Gas Corridor ends: TAP comes ashore at Melendugno in Apulia, where Azerbaijani gas has arrived since 31 December 2020. The two adopted a Joint Declaration on Strategic Partnership in July 2014 and upgraded it with a declaration on a multidimensional strategic partnership during Aliyev’s state visit in February 2020. TAP’s first expansion, planned from 2026, is mostly for the Italian market.',
    summarySources: [
      src('http://www.today.az/news/business/196628.html'),
      src('https://en.trend.az/azerbaijan/politics/3915923.html'),
      src(
        'https://www.borsaitaliana.it/borsa/notizie/teleborsa/economia/tap-e-arrivato-in-italia-il-primo-gas-dall-azerbaijan-42_2020-12-31_TLB.html?lang=it',
      ),
      src('https://ambbaku.esteri.it/it/news/dall_ambasciata/2014/07/comunicato-20140718/'),
      src('https://azertag.az/en/xeber/Azerbaijan_Italy_hail_bilateral_relations-1660503'),
      src('http://today.az/print/news/business/234119.html'),
    ],
    treaties: [
      ITA_2014_07,
      ITA_2020_02_20,
      fact(
        '2020-08-26',
        'Italy takes 38.8% of Azerbaijan’s oil exports in the first half of 2020, some 5.9 million tonnes.',
        src('http://www.today.az/news/business/196628.html'),
      ),
      ITA_2020_12_31,
      fact(
        '2024-06-24',
        'Azerbaijan’s energy minister says Italy took more than 11 million tonnes of its oil and 9.4 bcm of its gas in 2023, more than any other European country.',
        src('https://en.trend.az/azerbaijan/politics/3915923.html'),
      ),
      fact(
        '2023-04',
        'TAP plans its first expansion of 1.2 bcm a year from 2026, of which 1 bcm is for Italy and 0.2 bcm for Albania.',
        src('http://today.az/print/news/business/234119.html'),
      ),
    ],
    tensions: [],
    asOf: AS_OF,
  },
  GRC: {
    summary:
      'Greece carries the longest stretch of the Trans Adriatic Pipeline, about 550 of its 878 km, whose construction began in Thessaloniki in 2016; Azerbaijani gas has reached the Greek grid since the last day of 2020, and near Komotini TAP feeds the Greece–Bulgaria interconnector opened in 2022. No strategic-partnership document between the two has been found, and Athens, close to Armenia, has publicly criticised Azerbaijan during the 2020 war and the 2023 Karabakh offensive.',
    summarySources: [
      src('https://www.tap-ag.com/pipeline-construction/building-the-pipeline/in-greece'),
      src('https://report.az/en/energy/official-ceremony-on-starting-tap-construction-completes'),
      src(
        'https://www.borsaitaliana.it/borsa/notizie/teleborsa/economia/tap-e-arrivato-in-italia-il-primo-gas-dall-azerbaijan-42_2020-12-31_TLB.html?lang=it',
      ),
      src('http://www.today.az/news/business/226283.html'),
      src(
        'https://mfa.gr/en/current-affairs/top-story/statement-by-minister-of-foreign-affairs-dendias-following-his-meeting-with-the-minister-of-foreign-affairs-of-armenia-zohrab-mnatsakanyan-yerevan-16102020.html',
      ),
      src('https://www.ekathimerini.com/news/1220546/greece-unequivocally-condemns-azerbaijans-karabakh-offensive/'),
    ],
    treaties: [
      GRC_1992_06_25,
      fact(
        '2016-05-17',
        'Construction of TAP starts with a ceremony in Thessaloniki attended by Greek PM Tsipras and Azerbaijani leaders.',
        src('https://report.az/en/energy/official-ceremony-on-starting-tap-construction-completes'),
      ),
      fact(
        '2016',
        'About 550 km of TAP’s 878 km run through Greece, from Kipoi on the Turkish border to the Albanian border — the pipeline’s longest section.',
        src('https://www.tap-ag.com/pipeline-construction/building-the-pipeline/in-greece'),
      ),
      ITA_2020_12_31,
      fact(
        '2022-10-01',
        'Prime Minister Mitsotakis, at the launch of the Greece–Bulgaria interconnector, says it will bring Azerbaijani gas to Bulgaria.',
        src('http://www.today.az/news/business/226283.html'),
      ),
    ],
    tensions: [
      fact(
        '2020-10-16',
        'Greek Foreign Minister Dendias visits Yerevan during the Karabakh war, expresses solidarity with Armenia and condemns Turkey’s involvement.',
        src(
          'https://mfa.gr/en/current-affairs/top-story/statement-by-minister-of-foreign-affairs-dendias-following-his-meeting-with-the-minister-of-foreign-affairs-of-armenia-zohrab-mnatsakanyan-yerevan-16102020.html',
        ),
      ),
      fact(
        '2023-09',
        'Greece’s foreign ministry condemns Azerbaijan’s military operation in Karabakh and calls on Baku to guarantee the safety of the Armenian population.',
        src('https://www.ekathimerini.com/news/1220546/greece-unequivocally-condemns-azerbaijans-karabakh-offensive/'),
      ),
    ],
    asOf: AS_OF,
  },
  BGR: {
    summary:
      'Bulgaria and Azerbaijan, both founders of Black Sea Economic Cooperation in 1992, signed a Joint Declaration on Strategic Partnership in Sofia in March 2015 and a declaration on strengthening it in Baku in May 2024. Bulgaria has received Azerbaijani gas since the last day of 2020, first through the Greek grid and, since October 2022, through the Greece–Bulgaria interconnector whose launch Aliyev attended in Sofia.',
    summarySources: [
      src('https://azconsulateistanbul.org.tr/en/?name=blacksea'),
      src('https://news.az/news/azerbaijani-fm-meets-with-speaker-of-bulgarian-national-assembly'),
      src('https://turan.az/en/politics/azerbaijan-and-bulgaria-sign-declaration-on-strengthening-strategic-partnership'),
      src(
        'https://www.borsaitaliana.it/borsa/notizie/teleborsa/economia/tap-e-arrivato-in-italia-il-primo-gas-dall-azerbaijan-42_2020-12-31_TLB.html?lang=it',
      ),
      src(
        'https://gna.org.gh/2022/10/sofia-ceremony-launches-commercial-operation-of-greece-bulgaria-interconnector-in-the-presence-of-government-and-state-leaders-ec-president/',
      ),
    ],
    treaties: [
      GRC_1992_06_25,
      BGR_2015_03_04,
      ITA_2020_12_31,
      fact(
        '2022-10-01',
        'The Interconnector Greece–Bulgaria starts commercial operation at a Sofia ceremony attended by Aliyev, carrying Azerbaijani gas from TAP into Bulgaria.',
        src(
          'https://gna.org.gh/2022/10/sofia-ceremony-launches-commercial-operation-of-greece-bulgaria-interconnector-in-the-presence-of-government-and-state-leaders-ec-president/',
        ),
      ),
      BGR_2024_05_08,
    ],
    tensions: [],
    asOf: AS_OF,
  },
  ROU: {
    summary:
      'Romania was the second state, after Türkiye, to recognise Azerbaijan, in December 1991, and the two signed a Declaration on establishing a Strategic Partnership in Bucharest in September 2009, followed by an action plan in 2011. Both are Black Sea Economic Cooperation founders. Azerbaijani gas has reached Romania since 1 January 2023 under SOCAR–Romgaz contracts, and in December 2022 the two joined Georgia and Hungary in a green-energy transmission agreement.',
    summarySources: [
      src(
        'http://www.nineoclock.ro/romanian-formin-azeri-counterpart-congratulate-each-other-on-25th-anniversary-of-establishment-of-diplomatic-relations/',
      ),
      src('http://newtimes.az/en/diplomatik/5149/'),
      src('https://president.az/en/articles/view/1932/print'),
      src('https://www.azernews.az/oil_and_gas/204628.html'),
      src('https://en.trend.az/business/energy/3757028.html'),
    ],
    treaties: [
      GRC_1992_06_25,
      ROU_2009_09_28,
      ROU_2011_04_18,
      ROU_2022_12,
      fact(
        '2023-01-01',
        'Romania begins receiving Azerbaijani gas under a SOCAR–Romgaz contract signed on 16 December 2022, delivered via TAP and the Greece–Bulgaria interconnector.',
        src('https://www.azernews.az/oil_and_gas/204628.html'),
      ),
      fact(
        '2023-02-03',
        'SOCAR and Romgaz agree supplies of up to 1 bcm of gas to Romania for April 2023–April 2024.',
        src('https://socar.de/en/2023/02/socar-and-romgaz-sign-the-agreement-on-gas-supply/'),
      ),
    ],
    tensions: [],
    asOf: AS_OF,
  },
  HUN: {
    summary:
      'Hungary is one of Azerbaijan’s closest partners in the EU: the two signed a Joint Declaration on Strategic Partnership in Budapest in November 2014 and a declaration on an enhanced strategic partnership in January 2023. Hungary has been an observer in the Turkic Council, now the Organization of Turkic States, since 2018. Azerbaijani gas began reaching Hungary in 2023, and in 2024 the Hungarian MVM group bought into the Shah Deniz field.',
    summarySources: [
      src('https://budapestbeacon.com/hungary-signs-strategic-partnership-agreement-azerbaijan/'),
      src('https://azertag.az/fr/xeber/france-2468027'),
      src('https://en.inform.kz/amp/participants-of-6th-summit-of-turkic-speaking-states-ink-important-documents_a3377559/'),
      src('https://en.trend.az/azerbaijan/business/3793708.html'),
      src('https://en.trend.az/business/energy/3908833.html'),
    ],
    treaties: [
      HUN_2014_11_11,
      fact(
        '2018-09-03',
        'At the Cholpon-Ata summit the Turkic Council grants Hungary observer status.',
        src('https://en.inform.kz/amp/participants-of-6th-summit-of-turkic-speaking-states-ink-important-documents_a3377559/'),
      ),
      ROU_2022_12,
      HUN_2023_01_30,
      fact(
        '2023',
        'Physical deliveries of Azerbaijani gas to Hungary begin under a 100 mcm SOCAR–MVM deal, with the first 50 mcm pumped into Hungarian storage.',
        src('https://en.trend.az/azerbaijan/business/3793708.html'),
      ),
      fact(
        '2024-06-05',
        'Hungary’s MVM signs to buy a 5% stake in the Shah Deniz gas project.',
        src('https://en.trend.az/business/energy/3908833.html'),
      ),
    ],
    tensions: [],
    asOf: AS_OF,
  },
  FRA: {
    summary:
      'France, an EU member, established relations with Azerbaijan in February 1992 and signed a friendship treaty in 1993, but no strategic-partnership document. Ties soured after the 2020 war: the two expelled each other’s diplomats in December 2023, Paris recalled its ambassador in April 2024 and then accused Baku of stoking unrest in New Caledonia. A thaw followed in October 2025, when Aliyev said after meeting Macron that the misunderstandings were behind them.',
    summarySources: [
      src('https://paris.mfa.gov.az/fr/content/33/azerbaycan-fransa-munasibetleri-umumi-melumat'),
      src(
        'http://www.elysee.fr/declarations/article/declaration-conjointe-du-president-de-la-republique-francaise-et-du-president-de-la-republique-d-azerbaidjan/',
      ),
      src('https://en.trend.az/azerbaijan/politics/3842984.html'),
      src(
        'https://www.diplomatie.gouv.fr/en/country-files/azerbaijan/news/article/azerbaijan-recall-of-the-ambassador-16-04-2024?xtor=RSS-1',
      ),
      src('https://www.politico.eu/article/france-accuse-azerbaijan-fomenting-deadly-riot-overseas-territory-new-caledonia/'),
      src(
        'https://azertag.az/fr/xeber/le_president_azerbaidjanais_rechoit_les_lettres_de_creance_de_la_nouvelle_ambassadrice_de_france_a_bakou_video-3807799',
      ),
    ],
    treaties: [
      FRA_1993_12_20,
      FRA_2014_05_12,
      fact(
        '2023-08-31',
        'A ceremony in Baku marks first gas from the Absheron field, developed by TotalEnergies with SOCAR.',
        src('https://en.trend.az/business/energy/3791109.html'),
      ),
      fact(
        '2025-10-02',
        'Aliyev and Macron meet in Copenhagen and discuss the state of relations; Macron congratulates Aliyev on the peace agenda with Armenia.',
        src('https://azertag.az/fr/xeber/les_presidents_ilham_aliyev_et_emmanuel_macron_se_rencontrent_a_copenhague_mis_a_jour-3781603'),
      ),
      FRA_2025_10_16,
    ],
    tensions: [
      FRA_2020_11_25,
      fact(
        '2023-07-06',
        'The Baku Initiative Group, an Azerbaijan-backed “anti-colonial” body that later campaigns on French overseas territories, is set up at a Baku conference.',
        src('https://oc-media.org/france-accuses-azerbaijan-of-supporting-riots-in-new-caledonia'),
        { confidence: 'single-source', note: 'Only one source (OC Media) was found.' },
      ),
      FRA_2023_12_26,
      FRA_2024_04_16,
      FRA_2024_05_16,
    ],
    asOf: AS_OF,
  },
  DEU: {
    summary:
      'Germany, an EU member, established relations with Azerbaijan in February 1992; there is no strategic-partnership document between them. German firms have long held contracts for Azerbaijani gas (Uniper buys Shah Deniz 2 gas), and in June 2025 the state-owned SEFE signed a ten-year supply deal with SOCAR. According to SOCAR, gas began flowing to buyers in Germany itself, by way of TAP and Italy, only in January 2026.',
    summarySources: [
      src('http://berlin.mfa.gov.az/az/content/49'),
      src('http://www.today.az/news/business/194669.html'),
      src('https://www.hurriyetdailynews.com/azerbaijan-begins-supplying-natural-gas-to-austria-germany-217905'),
      src('https://www.trend.az/business/energy/4142236.html'),
    ],
    treaties: [
      fact(
        '2020-06-18',
        'Germany’s Uniper holds a long-term contract to buy up to 1.5 bcm a year of Shah Deniz 2 gas until 2045, delivered through the Southern Gas Corridor.',
        src('http://www.today.az/news/business/194669.html'),
        { confidence: 'single-source', note: 'Only one source was found.' },
      ),
      DEU_2023_03_14,
      fact(
        '2025-06',
        'Germany’s state-owned SEFE signs a ten-year contract with SOCAR for up to about 1.5 bcm of gas a year.',
        src('https://www.hurriyetdailynews.com/azerbaijan-begins-supplying-natural-gas-to-austria-germany-217905'),
      ),
      fact(
        '2026-01',
        'SOCAR starts supplying Azerbaijani gas to buyers in Germany and Austria through TAP and Italy, bringing its European customer countries to 16.',
        src('https://www.trend.az/business/energy/4142236.html'),
      ),
    ],
    tensions: [],
    asOf: AS_OF,
  },
  GBR: {
    summary:
      'The United Kingdom established relations with Azerbaijan in March 1992, and bp has operated the country’s main oil and gas projects since the 1994 “Contract of the Century”. British officials describe the UK as Azerbaijan’s largest foreign investor, though the totals quoted vary widely (over $84 billion for 1995–2022 by a UK trade official, more than $35.9 billion by Azerbaijan’s energy minister). In August 2025 London said the relationship was being raised to a strategic partnership, but no signed document has been found.',
    summarySources: [
      src('https://london.mfa.gov.az/en/news/3235/azerbaijan-uk-stand-togheter-against-global-threats'),
      src('https://www.azernews.az/analysis/227375.html'),
      src('https://en.trend.az/azerbaijan/business/3822159.html'),
      src('https://en.trend.az/azerbaijan/business/3911734.html'),
      src('https://haqqin.az/news/360084'),
    ],
    treaties: [
      GBR_1994_09,
      fact(
        '2017-09-14',
        'A new agreement extends the development of the Azeri–Chirag–Gunashli fields, operated by bp, until 2050.',
        src('https://www.azernews.az/analysis/227375.html'),
        { confidence: 'single-source', note: 'Only one source was found.' },
      ),
      GBR_2023_11_07,
      fact(
        '2024-06-12',
        'Azerbaijan’s energy minister calls the UK the country’s biggest foreign investor, with more than $35.9 billion invested.',
        src('https://en.trend.az/azerbaijan/business/3911734.html'),
        { confidence: 'single-source', note: 'The minister’s figure; a UK trade official gives more than $84 billion.' },
      ),
      fact(
        '2025-05-14',
        'bp says it and its partners have invested more than $87 billion in the projects it operates in Azerbaijan over 33 years.',
        src('https://en.trend.az/business/4043776.html'),
        { confidence: 'single-source', note: 'bp’s figure for bp and its partners, not British investment alone.' },
      ),
      GBR_2025_08_25,
    ],
    tensions: [],
    asOf: AS_OF,
  },
  IND: {
    summary:
      'India and Azerbaijan have had diplomatic relations since February 1992, and India is a large buyer of Azerbaijani crude; the state firm ONGC Videsh holds stakes in the ACG fields and the BTC pipeline. Relations cooled from 2023, when Baku objected to Indian arms deliveries to Armenia. In May 2025 Azerbaijan sided openly with Pakistan after Indian strikes, and by September Aliyev was accusing New Delhi of retaliating, including over Azerbaijan’s bid for full SCO membership.',
    summarySources: [
      src('https://www.livemint.com/news/india/india-azerbaijan-hold-5th-round-of-foreign-office-consultations-11669717966556.html'),
      src('https://www.indianembassybaku.gov.in/page/bilateral-brief/'),
      src('https://tribuneindia.com/news/nation/indian-arms-supply-to-armenia-unfriendly-act-azerbaijan-prez-470277'),
      src('https://www.azernews.az/nation/212769.html'),
      src(
        'https://www.hindustantimes.com/trending/no-more-baku-visits-indians-call-for-azerbaijan-turkey-boycott-over-support-to-pakistan-after-operation-sindoor-101746704023216.html',
      ),
      src(
        'https://www.hindustantimes.com/world-news/azerbaijan-alleges-india-blocked-its-sco-full-membership-bid-seeking-revenge-over-pakistan-ties-101756868468170.html',
      ),
    ],
    treaties: [IND_2024],
    tensions: [IND_2023_01, IND_2023_07_26, IND_2025_05_07, IND_2025_09_01],
    asOf: AS_OF,
  },
  ARE: {
    summary:
      'The UAE and Azerbaijan have had relations since September 1992 and signed a memorandum on strategic partnership in January 2024, which they raised to a comprehensive strategic partnership in Shusha in September 2025. Emirati money is central to Azerbaijan’s renewables drive: Masdar built the 230 MW Garadagh solar plant, opened in 2023. ADNOC took 30% of the Absheron gas field, and its arm XRG has agreed to buy into Southern Gas Corridor CJSC.',
    summarySources: [
      src('https://caliber.az/en/post/ambassador-azerbaijan-uae-fraternal-relations-constantly-developing'),
      src('https://www.anews.com.tr/world/2024/01/09/azerbaijan-uae-sign-memorandum-on-strategic-partnership'),
      src('https://oc-media.org/azerbaijan-and-uae-become-strategic-partners/'),
      src('https://news.az/news/president-ilham-aliyev-attends-official-opening-ceremony-of-230-mw-garadagh-solar-power-plant'),
      src(
        'https://www.socar.az/en/post/ceremony-celebrating-the-initial-gas-production-from-the-absheron-gas-and-condensate-field-takes-place',
      ),
      src(
        'https://www.compressortech2.com/de/news/xrg-erwirbt-anteile-am-southern-gas-corridor-und-baut-damit-seine-prasenz-im-kaspischen-meer-aus/8093683.article',
      ),
    ],
    treaties: [
      fact(
        '2022-03-15',
        'Ground is broken for the 230 MW Garadagh solar plant to be built by the UAE’s Masdar, Azerbaijan’s first foreign-financed solar project.',
        src('https://news.az/news/president-ilham-aliyev-attends-groundbreaking-ceremony-for-garadagh-solar-power-plant'),
      ),
      fact(
        '2023-08-04',
        'ADNOC agrees to buy a 30% stake in the Absheron gas-condensate field from SOCAR and TotalEnergies.',
        src(
          'https://www.socar.az/en/post/ceremony-celebrating-the-initial-gas-production-from-the-absheron-gas-and-condensate-field-takes-place',
        ),
      ),
      fact(
        '2023-10-26',
        'The 230 MW Garadagh solar plant built by Masdar opens, the largest in the Caspian region; the investment is put at $262 million.',
        src('https://news.az/news/president-ilham-aliyev-attends-official-opening-ceremony-of-230-mw-garadagh-solar-power-plant'),
      ),
      ARE_2024_01_09,
      ARE_2025_09_16,
      fact(
        '2025-11-03',
        'ADNOC’s investment arm XRG signs a non-binding agreement to buy a stake in Southern Gas Corridor CJSC from Azerbaijan’s economy ministry.',
        src(
          'https://www.compressortech2.com/de/news/xrg-erwirbt-anteile-am-southern-gas-corridor-und-baut-damit-seine-prasenz-im-kaspischen-meer-aus/8093683.article',
        ),
      ),
      fact(
        '2026-02-02',
        'With both presidents present in Abu Dhabi, XRG and Azerbaijan sign the final agreements for XRG’s stake in Southern Gas Corridor.',
        src('https://www.emaratalyoum.com/local-section/other/2026-02-03-1.2012030'),
        { confidence: 'single-source', note: 'Only one source (Emarat Al Youm) was found.' },
      ),
    ],
    tensions: [],
    asOf: AS_OF,
  },
  SAU: {
    summary:
      'Saudi Arabia recognised Azerbaijan at the end of 1991 and established relations in February 1992; no strategic-partnership document between them was found. For three decades Riyadh refused relations with Armenia over Karabakh, establishing them only in November 2023. Energy is now the main link: Saudi ACWA Power built the 240 MW Khizi–Absheron wind farm, commissioned in January 2026.',
    summarySources: [
      src('https://riyadh.mfa.gov.az/en/content/55/azerbaijan-saudi-relations'),
      src('https://www.azatutyun.am/a/32699587.html'),
      src('https://www.arabianbusiness.com/energy/456572-saudi-power-major-signs-deals-for-300m-wind-farm-in-azerbaijan'),
      src('https://news.az/news/azerbaijan-commissions-240-mw-khizi-absheron-wind-power-plant'),
    ],
    treaties: [
      SAU_1994,
      fact(
        '2020-12-30',
        'Saudi Arabia’s ACWA Power signs the investment, power-purchase and grid agreements for a $300 million, 240 MW wind farm in Absheron and Khizi.',
        src('https://www.arabianbusiness.com/energy/456572-saudi-power-major-signs-deals-for-300m-wind-farm-in-azerbaijan'),
      ),
      fact(
        '2023-11',
        'Saudi Arabia, which had for decades withheld relations from Armenia over the Karabakh conflict, establishes them after Azerbaijan regains Karabakh.',
        src('https://www.azatutyun.am/a/32699587.html'),
      ),
      fact(
        '2026-01-08',
        'The 240 MW Khizi–Absheron wind farm built by ACWA Power is formally commissioned in Baku.',
        src('https://news.az/news/azerbaijan-commissions-240-mw-khizi-absheron-wind-power-plant'),
        { confidence: 'single-source', note: 'Only one source (News.az, citing AZERTAC) was found.' },
      ),
    ],
    tensions: [],
    asOf: AS_OF,
  },
  JPN: {
    summary:
      'Japan established relations with Azerbaijan in September 1992. Their key texts are eight agreements signed on Heydar Aliyev’s 1998 visit and a 2006 joint statement on friendship and partnership; none is a strategic-partnership document. Cooperation centres on energy and development aid.',
    summarySources: [
      src('https://caliber.az/en/post/japanese-envoy-commends-ties-with-azerbaijan'),
      src('https://lib.aliyevheritage.org/en/6960010.html'),
      src('https://www.mofa.go.jp/region/europe/azerbaijan/joint0906.html'),
    ],
    treaties: [JPN_1998_02_26, JPN_2006_03_10],
    tensions: [],
    asOf: AS_OF,
  },
  KOR: {
    summary:
      'South Korea and Azerbaijan established relations in March 1992, but embassies opened only in 2006 and 2007. Presidential visits in those years set off fast trade growth. No strategic-partnership document between the two was found.',
    summarySources: [src('https://seoul.mfa.gov.az/en/content/35/political-cooperation'), src('https://en.apa.az/foreign-policy/-165543')],
    treaties: [KOR_2006_05],
    tensions: [],
    asOf: AS_OF,
  },
  EGY: {
    summary:
      'Egypt and Azerbaijan established relations in March 1992. Contacts deepened with the first visit by an Egyptian president to Baku in January 2023 and Aliyev’s return visit to Cairo in June 2024. No strategic-partnership document between them was found.',
    summarySources: [
      src('https://en.trend.az/azerbaijan/politics/3700378.html'),
      src('https://dailynewsegypt.com/?p=792589'),
      src('https://president.az/en/articles/view/66230'),
    ],
    treaties: [
      fact(
        '2023-01-28',
        'Abdel Fattah el-Sisi holds talks in Baku on the first visit by an Egyptian president to Azerbaijan.',
        src('https://dailynewsegypt.com/?p=792589'),
      ),
      fact(
        '2024-06-08',
        'Aliyev visits Cairo; the presidents agree to revive the joint economic commission and discuss Gaza and the South Caucasus.',
        src('https://president.az/en/articles/view/66230'),
      ),
    ],
    tensions: [],
    asOf: AS_OF,
  },
};
