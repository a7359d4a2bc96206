import type { DatedFact } from '../../schema';
import { BTC_IGA_1999_11_18, BTK_OPENED_2017_10_30, TANAP_IGA_2012_06_26 } from '../../shared/route-facts';
import { fact, src } from '../../sourcing';

/**
 * The evidence behind Azerbaijan's partners: every dated fact that establishes a kind, supports a
 * period or shows a strain, keyed by partner and date. The partners (./partners.ts) name them by
 * key, so these texts load with the panels, not with the first view. The panels' other facts
 * (./partner-details.ts) reuse them.
 */

export const RUS_1992_04_04: DatedFact = fact(
  '1992-04-04',
  'A protocol establishing diplomatic relations is signed.',
  src('https://mid.ru/ru/maps/az/1708177/?COUNTRY_CODE=az&lang=en'),
);

export const RUS_1997_07_03: DatedFact = fact(
  '1997-07-03',
  'Treaty of Friendship, Cooperation and Mutual Security signed.',
  src(
    'https://azertag.az/en/xeber/Declaration_on_allied_interaction_between_the_Republic_of_Azerbaijan_and_the_Russian_Federation-2024876',
  ),
);

export const RUS_2008_07_03: DatedFact = fact(
  '2008-07-03',
  'Declaration of Friendship and Strategic Partnership signed in Moscow.',
  src(
    'https://azertag.az/en/xeber/Declaration_on_allied_interaction_between_the_Republic_of_Azerbaijan_and_the_Russian_Federation-2024876',
  ),
);

export const RUS_2010_09_03: DatedFact = fact(
  '2010-09-03',
  'Agreement on the state border signed.',
  src('https://mid.ru/ru/maps/az/1708177/?COUNTRY_CODE=az&lang=en'),
);

export const RUS_2022_02_22: DatedFact = fact(
  '2022-02-22',
  'Presidents Aliyev and Putin sign the Declaration on Allied Interaction in Moscow, a 43-point document raising ties to the level of allies.',
  src(
    'https://azertag.az/en/xeber/Declaration_on_allied_interaction_between_the_Republic_of_Azerbaijan_and_the_Russian_Federation-2024876',
  ),
);

export const RUS_2024_12_25: DatedFact = fact(
  '2024-12-25',
  'An Azerbaijan Airlines airliner flying Baku–Grozny crashes near Aktau, Kazakhstan; 38 of the 67 aboard die.',
  src('https://www.spokesman.com/stories/2024/dec/25/38-killed-29-survivors-rescued-after-plane-crashes/'),
);

export const RUS_2025_06_27: DatedFact = fact(
  '2025-06-27',
  'Two Azerbaijani brothers die during Russian police raids on Azerbaijanis in Yekaterinburg; Baku cancels Russian cultural events and a deputy prime minister’s visit.',
  src(
    'https://www.themoscowtimes.com/2025/06/30/azerbaijan-cancels-russian-cultural-events-amid-fallout-over-police-raids-in-yekaterinburg-a89610',
  ),
);

export const RUS_2025_06_30: DatedFact = fact(
  '2025-06-30',
  'Azerbaijani police raid Sputnik Azerbaijan’s Baku office and detain its executive director and editor-in-chief; Moscow protests.',
  src(
    'https://www.politico.eu/article/azerbaijan-inhuman-treatment-azeris-russia-diplomatic-spat-moscow-arrests-detainment-kremlin-investigation/',
  ),
);

export const RUS_2025_10_09: DatedFact = fact(
  '2025-10-09',
  'Meeting Aliyev in Dushanbe, Putin acknowledges that Russian air-defence missiles brought the airliner down and promises compensation.',
  src('https://www.independent.co.uk/bulletin/news/russia-putin-azerbaijan-airlines-plane-crash-b2842674.html'),
);

export const TUR_1992_01_14: DatedFact = fact(
  '1992-01-14',
  'Diplomatic relations are established and Türkiye’s consulate general in Baku becomes an embassy.',
  src('https://www.mfa.gov.tr/relations-between-turkiye-and-azerbaijan.en.mfa'),
);

export const TUR_1991_11_09: DatedFact = fact(
  '1991-11-09',
  'Türkiye becomes the first state to recognise Azerbaijan’s independence.',
  src('https://www.mfa.gov.tr/relations-between-turkiye-and-azerbaijan.en.mfa'),
);

export const TUR_2010_08_16: DatedFact = fact(
  '2010-08-16',
  'Agreement (Treaty) on Strategic Partnership and Mutual Assistance signed in Baku.',
  src('https://en.trend.az/azerbaijan/politics/3440856.html'),
);

export const TUR_2021_06_15: DatedFact = fact(
  '2021-06-15',
  'Presidents Aliyev and Erdoğan sign the Shusha Declaration on Allied Relations, including a mutual-assistance pledge; both parliaments approve it on 1 and 3 February 2022.',
  src('https://www.mfa.gov.tr/relations-between-turkiye-and-azerbaijan.en.mfa'),
);

export const IRN_1992_03_12: DatedFact = fact(
  '1992-03-12',
  'Diplomatic relations established.',
  src('https://lib.aliyev-heritage.org/print.php?lang=en&page=6163780'),
);

export const IRN_1991_12_25: DatedFact = fact(
  '1991-12-25',
  'Iran recognises Azerbaijan’s independence.',
  src('https://lib.aliyev-heritage.org/print.php?lang=en&page=6163780'),
);

export const IRN_2024_05: DatedFact = fact(
  '2024-05',
  'Presidents Aliyev and Raisi inaugurate the jointly built Qiz Qalasi dam on the border river Aras.',
  src('https://www.hurriyetdailynews.com/azerbaijan-reopens-its-embassy-in-iran-198502'),
);

export const IRN_2021_10_01: DatedFact = fact(
  '2021-10-01',
  'Iran launches large “Conquerors of Khaibar” military exercises on its north-western border with Azerbaijan; Aliyev publicly questions their timing.',
  src('https://www.atlanticcouncil.org/blogs/iransource/iranian-war-games-on-the-border-with-azerbaijan-were-really-a-message-to-israel/'),
);

export const IRN_2022_10: DatedFact = fact(
  '2022-10',
  'Iran holds another military exercise near the Azerbaijani border.',
  src('https://www.thestar.com/news/world/middleeast/2023/01/27/gunman-kills-security-chief-at-azerbaijan-embassy-in-iran.html'),
);

export const IRN_2023_01_27: DatedFact = fact(
  '2023-01-27',
  'A gunman storms Azerbaijan’s embassy in Tehran, killing its head of security and wounding two guards; Baku calls it terrorism and evacuates the embassy.',
  src('https://www.thestar.com/news/world/middleeast/2023/01/27/gunman-kills-security-chief-at-azerbaijan-embassy-in-iran.html'),
);

export const IRN_2023_04_06: DatedFact = fact(
  '2023-04-06',
  'Azerbaijan expels four Iranian diplomats; in May Iran expels four Azerbaijani diplomats in return.',
  src('https://www.jpost.com/international/article-742182'),
);

export const IRN_2024_07_15: DatedFact = fact(
  '2024-07-15',
  'Azerbaijan’s embassy in Tehran resumes work at a new address after negotiations.',
  src('https://www.hurriyetdailynews.com/azerbaijan-reopens-its-embassy-in-iran-198502'),
);

export const USA_1992_02_19: DatedFact = fact(
  '1992-02-19',
  'Diplomatic relations established; the US embassy in Baku opens on 16 March 1992.',
  src('https://history.state.gov/countries/azerbaijan'),
);

export const USA_1991_12_25: DatedFact = fact(
  '1991-12-25',
  'The United States recognises Azerbaijan’s independence.',
  src('https://history.state.gov/countries/azerbaijan'),
);

export const USA_2025_08_08: DatedFact = fact(
  '2025-08-08',
  'In Washington the two governments sign a memorandum setting up a working group to draft a Strategic Partnership Charter.',
  src('https://www.trend.az/azerbaijan/politics/4151925.html'),
);

export const USA_2026_02_10: DatedFact = fact(
  '2026-02-10',
  'Aliyev and US Vice-President Vance sign the Charter on Strategic Partnership in Baku.',
  src('https://www.trend.az/azerbaijan/politics/4151925.html'),
);

export const USA_1992_10_24: DatedFact = fact(
  '1992-10-24',
  'Section 907 of the FREEDOM Support Act bars most US government aid to Azerbaijan’s government.',
  src('https://en.wikipedia.org/wiki/Section_907'),
);

export const USA_2001_10_24: DatedFact = fact(
  '2001-10-24',
  'After 9/11 Congress gives the president authority to waive Section 907; presidents have used it in most years since, with delays.',
  src('https://en.wikipedia.org/wiki/Section_907'),
);

export const USA_2018: DatedFact = fact(
  '2018',
  'The Trump administration’s first Section 907 waiver came only after a delay of about two years.',
  src('https://turan.az/en/politics/us-extends-the-waiver-of-section-907'),
  { confidence: 'single-source', note: 'Only Turan reports the delay; the year is inferred from who signed the following waiver.' },
);

export const USA_2023_08: DatedFact = fact(
  '2023-08',
  'The annual waiver, usually done before summer, is still pending in mid-August 2023 amid the Karabakh blockade.',
  src('https://mirrorspectator.com/2023/08/24/azerbaijan-military-assistance-waiver-delayed-as-review-drags-on/'),
  { confidence: 'single-source', note: 'Reported by Politico, seen only in a reprint.' },
);

export const USA_2024_06_28: DatedFact = fact(
  '2024-06-28',
  'A senior State Department official says the waiver is still under review.',
  src(
    'https://azertag.az/en/xeber/us_assistant_secretary_does_not_believe_section_907_is_an_impediment_to_cooperation_with_azerbaijan-3074034',
  ),
);

export const USA_2025_08_08_2: DatedFact = fact(
  '2025-08-08',
  'During Aliyev’s Washington visit Trump signs a memorandum extending the Section 907 waiver, published in the Federal Register on 15 August.',
  src('https://www.caucasuswatch.de/en/news/trump-extends-section-907-waiver-to-azerbaijan.html'),
);

export const EU_1996_04_22: DatedFact = fact(
  '1996-04-22',
  'The EU and Azerbaijan sign a Partnership and Cooperation Agreement in Luxembourg; in force since 1999, it is the legal basis of relations.',
  src('https://lib.aliyev-heritage.org/print.php?lang=en&page=2979328'),
);

export const EU_2009_05_07: DatedFact = fact(
  '2009-05-07',
  'Azerbaijan takes part in the launch of the EU’s Eastern Partnership at a summit in Prague.',
  src('https://www.politico.eu/article/eu-launches-eastern-partnership/'),
);

export const EU_2022_07_18: DatedFact = fact(
  '2022-07-18',
  'Von der Leyen and Aliyev sign a memorandum on a strategic partnership in energy, aiming for at least 20 bcm of gas a year to the EU by 2027.',
  src('https://www.trtworld.com/article/12786908'),
);

export const EU_2023_02_20: DatedFact = fact(
  '2023-02-20',
  'The EU deploys a civilian monitoring mission (EUMA) on Armenia’s side of the border; Baku says it has hardened Yerevan’s stance.',
  src('https://english.alarabiya.net/News/world/2023/02/28/Russia-Azerbaijan-criticize-EU-s-Armenia-border-mission'),
);

export const EU_2023_10_05: DatedFact = fact(
  '2023-10-05',
  'The European Parliament adopts a resolution condemning the Karabakh offensive and urging sanctions and a review of EU–Azerbaijan relations.',
  src('https://turan.az/en/politics/the-european-parliament-calls-for-a-non-binding-reassessment-of-cooperation-with-azerbaijan-770105'),
);

export const EU_2023_12_26: DatedFact = fact(
  '2023-12-26',
  'Azerbaijan expels two French embassy staff; France responds in kind the next day.',
  src('https://www.boursier.com/actualites/reuters/la-france-expulse-par-reciprocite-deux-diplomates-azerbaidjanais-351173.html'),
);

export const EU_2024_05_16: DatedFact = fact(
  '2024-05-16',
  'France accuses Azerbaijan of interfering in the New Caledonia unrest; Baku rejects the charge.',
  src('https://www.dawn.com/news/1834021/why-is-france-accusing-azerbaijan-of-new-caledonia-meddling'),
);

export const EU_2024_10_24: DatedFact = fact(
  '2024-10-24',
  'A further European Parliament resolution calls for sanctions on officials and suspension of the 2022 energy memorandum.',
  src(
    'https://www.asbarez.com/european-parliament-warns-azerbaijan-against-threats-to-armenia-urges-eu-to-halt-energy-cooperation-with-baku',
  ),
  { confidence: 'single-source', note: 'Seen only in Armenian outlets; the Parliament’s own release was not found.' },
);

export const GEO_1992_11_18: DatedFact = fact(
  '1992-11-18',
  'Diplomatic relations established.',
  src(
    'https://www.cumhuriyyet.net/siyas%c9%99t/157401-az%c9%99rbaycan-il%c9%99-gurcustan-arasinda-diplomatik-%c9%99laq%c9%99l%c9%99rin-qurulmasindan-28-il-otur.html',
  ),
  { confidence: 'single-source', note: 'Only one source (an Azerbaijani newspaper citing Report) gives the day.' },
);

export const GEO_1996_03_08: DatedFact = fact(
  '1996-03-08',
  'Treaty on strengthening friendship, cooperation and mutual security signed.',
  src('https://old.civil.ge/eng/_print.php?id=28747'),
);

export const GEO_2015_11_05: DatedFact = fact(
  '2015-11-05',
  'The presidents sign a joint declaration in Tbilisi that proclaims their strategic partnership and sets out its fields: politics, the economy, energy, transport and security.',
  src('https://old.civil.ge/eng/_print.php?id=28747'),
);

export const GEO_2019_05: DatedFact = fact(
  '2019-05',
  'Azerbaijani border guards restrict access to parts of the David Gareja monastery complex, reviving an unsettled border dispute; commissions resume talks.',
  src('http://georgiatoday.ge/news/15778/Georgia%2C-Azerbaijan-Continue-Talks-on-Border-Delimitation'),
);

export const GEO_2019_09_04: DatedFact = fact(
  '2019-09-04',
  'Access to the David Gareja caves stays restricted; about 30% of the border remains undemarcated.',
  src('http://www.ponarseurasia.org/ru/node/10387'),
);

export const ARM_1991: DatedFact = fact(
  '1991',
  'As the Soviet Union breaks up, Karabakh’s Armenian leaders declare secession from Azerbaijan and a war follows that costs about 30,000 lives; a ceasefire holds from 1994.',
  src('https://english.alarabiya.net/News/world/2023/02/28/Russia-Azerbaijan-criticize-EU-s-Armenia-border-mission'),
);

export const ARM_2020_09_27: DatedFact = fact(
  '2020-09-27',
  'A six-week war over Karabakh begins; it ends on 10 November 2020 with a Russian-brokered ceasefire statement and the deployment of Russian peacekeepers.',
  src('https://sipri.org/commentary/topical-backgrounder/2021/arms-transfers-conflict-zones-case-nagorno-karabakh'),
);

export const ARM_2023_09_19: DatedFact = fact(
  '2023-09-19',
  'Azerbaijan’s one-day offensive ends the breakaway administration; within a week more than 100,000 Karabakh Armenians flee to Armenia.',
  src('https://www.tbsnews.net/world/armenia-says-over-100000-refugees-flee-nagorno-karabakh-709818'),
);

export const ARM_2025_08_08: DatedFact = fact(
  '2025-08-08',
  'At the White House the two leaders sign a joint declaration and their foreign ministers initial, but do not sign, a peace agreement.',
  src('https://www.azernews.az/nation/245902.html'),
);

export const ARM_2025_08_11: DatedFact = fact(
  '2025-08-11',
  'The initialled 17-article peace agreement is published; diplomatic relations are to be established only after ratification.',
  src('https://www.azatutyun.am/a/33500159.html'),
);

export const KAZ_1992_08: DatedFact = fact(
  '1992-08',
  'Diplomatic relations were established in late August 1992; sources differ on the exact day (27 or 30 August).',
  src('http://www.today.az/news/politics/224672.html'),
  { confidence: 'disputed', note: 'Sources give 27 or 30 August 1992, so only the month is shown.' },
);

export const KAZ_2004_03: DatedFact = fact(
  '2004-03',
  'During Ilham Aliyev’s visit to Kazakhstan the two presidents sign a declaration of friendship and strategic partnership.',
  src('https://www.rferl.org/a/1051730.html'),
  { confidence: 'single-source', note: 'Only one report (RFE/RL, on the visit) names this declaration.' },
);

export const KAZ_2005_05_24: DatedFact = fact(
  '2005-05-24',
  'Presidents Nazarbayev and Aliyev sign the Treaty on Strategic Partnership and Allied Relations in Baku.',
  src('https://turanews.kz/en/news/presidents-of-kazakhstan-and-azerbaijan-made-a-joint-statement'),
);

export const KAZ_2006_06_23: DatedFact = fact(
  '2006-06-23',
  'Kazakhstan’s Senate approves ratification of the 2005 strategic partnership and allied relations treaty.',
  src('https://jamestown.org/?p=68788'),
  { confidence: 'single-source', note: 'Only one report (Eurasia Daily Monitor, citing Interfax-Kazakhstan).' },
);

export const KAZ_2022_08_24: DatedFact = fact(
  '2022-08-24',
  'During Tokayev’s official visit to Baku the presidents sign a Declaration on Strengthening Strategic Relations and Deepening Allied Interaction.',
  src('https://president.az/en/articles/view/57014'),
);

export const KAZ_2024_03_11: DatedFact = fact(
  '2024-03-11',
  'The Azerbaijan–Kazakhstan Supreme Interstate Council holds its first meeting, in Baku.',
  src('https://president.az/en/articles/view/65296'),
);

export const KAZ_2025_10_21: DatedFact = fact(
  '2025-10-21',
  'At the second Supreme Interstate Council in Astana, during Aliyev’s state visit, both leaders again describe ties as strategic partnership and alliance.',
  src('https://azertag.az/en/xeber/astana_hosted_second_meeting_of_azerbaijan_kazakhstan_supreme_interstate_council_video-3815503'),
);

export const TKM_1992_06_09: DatedFact = fact('1992-06-09', 'Diplomatic relations established.', src('https://mfa.gov.az/en/news/no27821'));

export const TKM_2017_08_08: DatedFact = fact(
  '2017-08-08',
  'During Berdimuhamedov’s official visit to Baku the presidents sign a Declaration on Strategic Partnership.',
  src('https://azertag.az/fr/xeber/france-2409431'),
);

export const TKM_2021_01_21: DatedFact = fact(
  '2021-01-21',
  'The governments sign a memorandum to explore and develop jointly the once-disputed Caspian field, renamed Dostlug (“friendship”).',
  src(
    'https://geneva.mfa.gov.az/en/news/6505/azerbaijan-and-turkmenistan-sign-mou-on-joint-exploration-and-development-of-dostlug-field-in-caspian-sea',
  ),
);

export const TKM_2001_06: DatedFact = fact(
  '2001-06',
  'Turkmenistan shuts its embassy in Baku, citing money, amid a quarrel over ownership of Caspian oil and gas fields.',
  src('https://energia.gr/article/129743/turkmenistan-appoints-envoy-to-azerbaijan-in-boost-to-ties'),
);

export const UZB_1995_10_02: DatedFact = fact(
  '1995-10-02',
  'Diplomatic relations established.',
  src('https://en.trend.az/azerbaijan/politics/3781856.html'),
);

export const UZB_2022_06_21: DatedFact = fact(
  '2022-06-21',
  'In Tashkent the presidents sign a Declaration on Deepening Strategic Partnership and Expanding Comprehensive Cooperation.',
  src('https://english.news.cn/asiapacific/20220622/a77aaaaed13e4a02b82f7734e05e76dc/c.html'),
);

export const UZB_2024_08_23: DatedFact = fact(
  '2024-08-23',
  'At the first Supreme Interstate Council in Tashkent the presidents sign a Treaty on Allied Relations.',
  src('https://interfax.com/newsroom/top-stories/105377/'),
);

export const UZB_2025_02_25: DatedFact = fact(
  '2025-02-25',
  'The lower house of Uzbekistan’s parliament approves the bill ratifying the allied-relations treaty and sends it to the Senate.',
  src('https://en.trend.az/casia/uzbekistan/4010125.html'),
);

export const UZB_2025_04_30: DatedFact = fact(
  '2025-04-30',
  'Uzbekistan’s Senate approves ratification of the allied-relations treaty.',
  src('https://en.trend.az/azerbaijan/politics/4038070.html'),
);

export const UZB_2025_07_02: DatedFact = fact(
  '2025-07-02',
  'Mirziyoyev’s state visit to Baku includes the second Supreme Interstate Council, where both leaders restate the allied nature of ties.',
  src('https://en.trend.az/azerbaijan/politics/4065170.html'),
);

export const KGZ_1993_01_19: DatedFact = fact(
  '1993-01-19',
  'Diplomatic relations established.',
  src('https://bishkek.mfa.gov.az/ru/content/3/ikiterefli-munasibetler'),
);

export const KGZ_2022_04_20: DatedFact = fact(
  '2022-04-20',
  'During President Japarov’s official visit to Baku the two presidents sign a Declaration on Strategic Partnership and set up an Interstate Council.',
  src('https://news.az/news/kyrgyzstan-and-azerbaijan-traditionally-always-support-each-other-in-all-intl-organizations-ilham-aliyev'),
);

export const KGZ_2022_10_11: DatedFact = fact(
  '2022-10-11',
  'Aliyev’s first state visit to Kyrgyzstan opens the Interstate Council; Japarov speaks of continuing the strategic partnership.',
  src('https://president.az/en/articles/view/57673'),
);

export const KGZ_2024_04_24: DatedFact = fact(
  '2024-04-24',
  'Japarov’s state visit to Baku brings the second Interstate Council meeting and a joint presidential declaration.',
  src('https://caucasuswatch.de/en/news/azerbaijan-and-kyrgyzstan-ink-new-pacts-bolstering-bilateral-ties.html'),
  { confidence: 'single-source', note: 'Only one source (Caucasus Watch) was found.' },
);

export const TJK_1992_05_29: DatedFact = fact(
  '1992-05-29',
  'Diplomatic relations established by an exchange of notes.',
  src('https://www.mfa.tj/en/main/view/140/relations-of-tajikistan-with-azerbaijan'),
);

export const TJK_2024_05_23: DatedFact = fact(
  '2024-05-23',
  'During Rahmon’s state visit to Baku the presidents sign a Declaration on Strategic Partnership.',
  src('https://turan.az/en/politics/azerbaijan-and-tajikistan-sign-declaration-on-strategic-partnership'),
);

export const UKR_1992_02_06: DatedFact = fact(
  '1992-02-06',
  'Diplomatic relations established.',
  src('https://www.azernews.az/nation/188854.html'),
);

export const UKR_1997_10_10: DatedFact = fact(
  '1997-10-10',
  'Azerbaijan, Georgia, Moldova and Ukraine create the GUAM consultative forum in Strasbourg.',
  src('http://www.mfa.gov.md/about-guam-en/'),
);

export const UKR_2022_01_14: DatedFact = fact(
  '2022-01-14',
  'In Kyiv the presidents sign a Joint Declaration backing each other’s territorial integrity and deepening their strategic partnership.',
  src('https://president.az/en/articles/view/55259'),
);

export const ISR_1992_04_07: DatedFact = fact(
  '1992-04-07',
  'Diplomatic relations established.',
  src('http://www.today.az/news/society/246864.html'),
);

export const ISR_1991_12_25: DatedFact = fact(
  '1991-12-25',
  'Israel recognises Azerbaijan’s independence.',
  src('http://www.today.az/news/society/246864.html'),
);

export const ISR_1993: DatedFact = fact(
  '1993',
  'Israel opens its embassy in Baku.',
  src('https://en.globes.co.il/en/article-Azerbaijani-oil-continues-flowing-to-Israel-via-Turkey-1001477929'),
);

export const ISR_2023_03_29: DatedFact = fact(
  '2023-03-29',
  'Azerbaijan opens its embassy in Tel Aviv, three decades after relations began.',
  src('https://en.trend.az/azerbaijan/politics/3728529.html'),
);

export const CHN_1992_04_02: DatedFact = fact(
  '1992-04-02',
  'Diplomatic relations established.',
  src('https://en.trend.az/azerbaijan/politics/4033820.html'),
);

export const CHN_2024_07_03: DatedFact = fact(
  '2024-07-03',
  'At the SCO summit in Astana the presidents adopt a Joint Declaration on the Establishment of a Strategic Partnership.',
  src('https://en.trend.az/azerbaijan/politics/4033820.html'),
);

export const CHN_2025_04_23: DatedFact = fact(
  '2025-04-23',
  'During a state visit to Beijing, Xi and Aliyev sign a joint statement establishing a comprehensive strategic partnership.',
  src('https://anews.com.tr/diplomacy/2025/04/23/china-azerbaijan-elevate-ties-to-comprehensive-strategic-partnership'),
);

export const PAK_1992_06_09: DatedFact = fact(
  '1992-06-09',
  'Diplomatic relations established.',
  src('https://www.azernews.az/nation/200281.html'),
);

export const PAK_1991_12_12: DatedFact = fact(
  '1991-12-12',
  'Pakistan recognises Azerbaijan’s independence, among the first states to do so.',
  src('https://news.az/news/pakistan-azerbaijan-enjoy-excellent-bilateral-ties-embassy'),
);

export const PAK_1993_03_12: DatedFact = fact(
  '1993-03-12',
  'Pakistan opens its embassy in Baku; Azerbaijan’s embassy in Islamabad follows on 24 August 1997.',
  src('https://www.azernews.az/nation/200281.html'),
);

export const ITA_1992_05_08: DatedFact = fact(
  '1992-05-08',
  'Diplomatic relations established; Italy had recognised Azerbaijan on 1 January 1992.',
  src('https://lib.aliyevheritage.org/en/8696201.html'),
);

export const ITA_2014_07: DatedFact = fact(
  '2014-07',
  'During Aliyev’s official visit to Rome (13–14 July 2014) the two countries adopt a Joint Declaration on Strategic Partnership.',
  src('https://ambbaku.esteri.it/it/news/dall_ambasciata/2014/07/comunicato-20140718/'),
);

export const ITA_2020_02_20: DatedFact = fact(
  '2020-02-20',
  'On Aliyev’s first state visit to Italy he and Prime Minister Conte sign a Joint Declaration on Strengthening the Multidimensional Strategic Partnership.',
  src('https://azertag.az/en/xeber/Azerbaijan_Italy_hail_bilateral_relations-1660503'),
);

export const GRC_1992_04: DatedFact = fact(
  '1992-04',
  'Diplomatic relations established; Greece opened its embassy in Baku on 27 May 1993.',
  src('https://lib.aliyevheritage.org/print.php?lang=en&page=3954050'),
  { confidence: 'single-source', note: 'Only one source gives the month; no day was found.' },
);

export const BGR_1992_06: DatedFact = fact(
  '1992-06',
  'Diplomatic relations established in June 1992, after Bulgaria recognised Azerbaijan in January 1992.',
  src('https://lib.aliyevheritage.org/print.php?lang=en&page=2139613'),
);

export const BGR_2015_03_04: DatedFact = fact(
  '2015-03-04',
  'During Aliyev’s official visit to Sofia the presidents sign a Joint Declaration on Strategic Partnership.',
  src('https://news.az/news/azerbaijani-fm-meets-with-speaker-of-bulgarian-national-assembly'),
);

export const BGR_2024_05_08: DatedFact = fact(
  '2024-05-08',
  'During Radev’s official visit to Baku the presidents sign a Joint Declaration on Strengthening the Strategic Partnership.',
  src('https://turan.az/en/politics/azerbaijan-and-bulgaria-sign-declaration-on-strengthening-strategic-partnership'),
);

export const ROU_1992_06_19: DatedFact = fact(
  '1992-06-19',
  'Diplomatic relations established; Romania had recognised Azerbaijan on 11 December 1991, second after Türkiye.',
  src('https://www.azernews.az/oil_and_gas/204628.html'),
  { confidence: 'disputed', note: 'A Romanian foreign-ministry release gives 12 June 1992.' },
);

export const ROU_2009_09_28: DatedFact = fact(
  '2009-09-28',
  'In Bucharest the two presidents sign a Declaration on the establishment of a Strategic Partnership, with a focus on energy.',
  src('http://newtimes.az/en/diplomatik/5149/'),
);

export const ROU_2011_04_18: DatedFact = fact(
  '2011-04-18',
  'During Băsescu’s official visit to Baku a Joint Action Plan for implementing the strategic partnership is signed.',
  src('https://president.az/en/articles/view/1932/print'),
);

export const HUN_1992_04_27: DatedFact = fact(
  '1992-04-27',
  'Diplomatic relations established; Hungary had recognised Azerbaijan on 26 December 1991.',
  src('https://www.azernews.az/nation/195071.html'),
  { confidence: 'disputed', note: 'Some sources give 27 November 1992.' },
);

export const HUN_2014_11_11: DatedFact = fact(
  '2014-11-11',
  'During Aliyev’s visit to Budapest he and Prime Minister Orbán sign a Joint Declaration on Strategic Partnership.',
  src('https://budapestbeacon.com/hungary-signs-strategic-partnership-agreement-azerbaijan/'),
);

export const HUN_2023_01_30: DatedFact = fact(
  '2023-01-30',
  'During Aliyev’s official visit to Budapest he and Orbán sign a Joint Declaration on Enhanced Strategic Partnership, plus a gas memorandum.',
  src('https://azertag.az/fr/xeber/france-2468027'),
);

export const FRA_1992_02_21: DatedFact = fact(
  '1992-02-21',
  'France and Azerbaijan establish diplomatic relations; France opens its Baku embassy on 16 March 1992.',
  src('https://paris.mfa.gov.az/fr/content/33/azerbaycan-fransa-munasibetleri-umumi-melumat'),
);

export const FRA_1993_12_20: DatedFact = fact(
  '1993-12-20',
  'Treaty of Friendship, Understanding and Cooperation between France and Azerbaijan signed.',
  src(
    'http://www.elysee.fr/declarations/article/declaration-conjointe-du-president-de-la-republique-francaise-et-du-president-de-la-republique-d-azerbaidjan/',
  ),
);

export const FRA_2014_05_12: DatedFact = fact(
  '2014-05-12',
  'Presidents Hollande and Aliyev sign a joint declaration in Baku to intensify political, economic and cultural ties.',
  src(
    'http://www.elysee.fr/declarations/article/declaration-conjointe-du-president-de-la-republique-francaise-et-du-president-de-la-republique-d-azerbaidjan/',
  ),
);

export const FRA_2020_11_25: DatedFact = fact(
  '2020-11-25',
  'The French Senate votes 305–1 for a non-binding resolution urging recognition of Nagorno-Karabakh; Baku condemns it and the French government distances itself.',
  src('https://azatutyun.am/amp/30969033.html'),
);

export const FRA_2023_12_26: DatedFact = fact(
  '2023-12-26',
  'Azerbaijan declares two French embassy staff persona non grata; France expels two Azerbaijani embassy staff in return the next day.',
  src('https://en.trend.az/azerbaijan/politics/3842984.html'),
);

export const FRA_2024_04_16: DatedFact = fact(
  '2024-04-16',
  'France recalls its ambassador from Baku for consultations, citing Azerbaijani actions damaging the relationship.',
  src('https://www.diplomatie.gouv.fr/en/country-files/azerbaijan/news/article/azerbaijan-recall-of-the-ambassador-16-04-2024?xtor=RSS-1'),
);

export const FRA_2024_05_16: DatedFact = fact(
  '2024-05-16',
  'France’s interior minister accuses Azerbaijan of interfering in New Caledonia during deadly riots; Baku rejects the charge.',
  src('https://www.politico.eu/article/france-accuse-azerbaijan-fomenting-deadly-riot-overseas-territory-new-caledonia/'),
);

export const FRA_2025_10_16: DatedFact = fact(
  '2025-10-16',
  'Receiving the new French ambassador, Aliyev says the issues behind the misunderstanding are in the past and a new period has begun.',
  src(
    'https://azertag.az/fr/xeber/le_president_azerbaidjanais_rechoit_les_lettres_de_creance_de_la_nouvelle_ambassadrice_de_france_a_bakou_video-3807799',
  ),
);

export const DEU_1992_02_20: DatedFact = fact(
  '1992-02-20',
  'Germany and Azerbaijan establish diplomatic relations, after German recognition on 12 January 1992.',
  src('http://berlin.mfa.gov.az/az/content/49'),
);

export const DEU_2023_03_14: DatedFact = fact(
  '2023-03-14',
  'Chancellor Scholz, hosting Aliyev in Berlin, calls Azerbaijan an increasingly important partner with potential to diversify Germany’s energy supply.',
  src('https://president.az/en/articles/view/59192'),
);

export const GBR_1992_03_11: DatedFact = fact(
  '1992-03-11',
  'The United Kingdom and Azerbaijan establish diplomatic relations, after British recognition on 31 December 1991.',
  src('https://london.mfa.gov.az/en/news/3235/azerbaijan-uk-stand-togheter-against-global-threats'),
);

export const GBR_1994_09: DatedFact = fact(
  '1994-09',
  'Azerbaijan signs the “Contract of the Century” with a bp-led consortium; bp has operated its main Caspian oil and gas projects since.',
  src('https://www.azernews.az/analysis/227375.html'),
);

export const GBR_2023_11_07: DatedFact = fact(
  '2023-11-07',
  'A UK trade official says British investment in Azerbaijan topped $84 billion in 1995–2022, out of $280 billion of total foreign direct investment, making the UK its largest investor.',
  src('https://en.trend.az/azerbaijan/business/3822159.html'),
  { confidence: 'single-source', note: 'One official’s figure; Azerbaijan’s energy minister gives a lower one.' },
);

export const GBR_2025_08_25: DatedFact = fact(
  '2025-08-25',
  'During a visit to Baku by UK minister Stephen Doughty, London announces that relations are being raised to a strategic partnership; no signed document was found.',
  src('https://haqqin.az/news/360084'),
  {
    confidence: 'single-source',
    note: 'Announced by the UK side (reported by Haqqin.az, citing the FCDO); no signed document was found, and the page could not be re-checked.',
  },
);

export const IND_1992_02_28: DatedFact = fact(
  '1992-02-28',
  'India and Azerbaijan establish diplomatic relations; India’s resident embassy in Baku opens only in 1999.',
  src('https://www.livemint.com/news/india/india-azerbaijan-hold-5th-round-of-foreign-office-consultations-11669717966556.html'),
);

export const IND_2024: DatedFact = fact(
  '2024',
  'India’s embassy reports that ONGC Videsh has invested over $1.2 billion in stakes in the ACG oil fields and the BTC pipeline, and that India was the third-largest buyer of Azerbaijani crude in 2023.',
  src('https://www.indianembassybaku.gov.in/page/bilateral-brief/'),
);

export const IND_2023_01: DatedFact = fact(
  '2023-01',
  'Aliyev calls India’s weapons supplies to Armenia an unfriendly move aimed at Azerbaijan.',
  src('https://tribuneindia.com/news/nation/indian-arms-supply-to-armenia-unfriendly-act-azerbaijan-prez-470277'),
  { confidence: 'single-source', note: 'The source does not print the year; 2023 is inferred from its context.' },
);

export const IND_2023_07_26: DatedFact = fact(
  '2023-07-26',
  'Aliyev’s foreign-policy aide Hikmet Hajiyev tells India’s ambassador of Baku’s concern over Indian arms reaching Armenia via Iran and asks New Delhi to reconsider.',
  src('https://www.azernews.az/nation/212769.html'),
);

export const IND_2025_05_07: DatedFact = fact(
  '2025-05-07',
  'After India’s strikes on Pakistan, Azerbaijan’s foreign ministry condemns the attacks and declares solidarity with Pakistan, prompting boycott calls in India.',
  src(
    'https://www.hindustantimes.com/trending/no-more-baku-visits-indians-call-for-azerbaijan-turkey-boycott-over-support-to-pakistan-after-operation-sindoor-101746704023216.html',
  ),
);

export const IND_2025_09_01: DatedFact = fact(
  '2025-09-01',
  'Meeting Pakistan’s prime minister in Tianjin, Aliyev accuses India of taking revenge on Azerbaijan in international forums; Azerbaijani media say India blocked its SCO membership bid.',
  src(
    'https://www.hindustantimes.com/world-news/azerbaijan-alleges-india-blocked-its-sco-full-membership-bid-seeking-revenge-over-pakistan-ties-101756868468170.html',
  ),
);

export const ARE_1992_09_01: DatedFact = fact(
  '1992-09-01',
  'The UAE and Azerbaijan establish diplomatic relations; the UAE had recognised Azerbaijan in December 1991.',
  src('https://caliber.az/en/post/ambassador-azerbaijan-uae-fraternal-relations-constantly-developing'),
);

export const ARE_2024_01_09: DatedFact = fact(
  '2024-01-09',
  'Presidents Aliyev and Mohamed bin Zayed sign a Memorandum of Understanding on Strategic Partnership in Baku.',
  src('https://www.anews.com.tr/world/2024/01/09/azerbaijan-uae-sign-memorandum-on-strategic-partnership'),
);

export const ARE_2025_09_16: DatedFact = fact(
  '2025-09-16',
  'In Shusha, the two sides exchange a joint declaration on a comprehensive strategic partnership along with 12 memoranda.',
  src('https://oc-media.org/azerbaijan-and-uae-become-strategic-partners/'),
);

export const SAU_1992_02_24: DatedFact = fact(
  '1992-02-24',
  'Saudi Arabia and Azerbaijan establish diplomatic relations; the kingdom had recognised Azerbaijan on 30 December 1991.',
  src('https://riyadh.mfa.gov.az/en/content/55/azerbaijan-saudi-relations'),
);

export const SAU_1994: DatedFact = fact(
  '1994',
  'During Heydar Aliyev’s 1994 visit, the two countries sign their first general agreement on cooperation in the economy, trade, investment, technology and culture.',
  src('https://riyadh.mfa.gov.az/en/content/55/azerbaijan-saudi-relations'),
);

export const JPN_1992_09_07: DatedFact = fact(
  '1992-09-07',
  'Japan and Azerbaijan establish diplomatic relations; Japan opens its Baku embassy in 2000 and Azerbaijan its Tokyo embassy in 2005.',
  src('https://caliber.az/en/post/japanese-envoy-commends-ties-with-azerbaijan'),
);

export const JPN_1998_02_26: DatedFact = fact(
  '1998-02-26',
  'On Heydar Aliyev’s first official visit to Japan, the two sides sign eight agreements on political, economic and technical cooperation.',
  src('https://lib.aliyevheritage.org/en/6960010.html'),
  { confidence: 'single-source', note: 'Only one source (the Heydar Aliyev Heritage Library) was found.' },
);

export const JPN_2006_03_10: DatedFact = fact(
  '2006-03-10',
  'During Ilham Aliyev’s visit to Tokyo, the two sides issue a joint statement on further developing friendship and partnership.',
  src('https://www.mofa.go.jp/region/europe/azerbaijan/joint0906.html'),
);

export const KOR_1992_03_23: DatedFact = fact(
  '1992-03-23',
  'South Korea and Azerbaijan establish diplomatic relations; embassies open in Baku in 2006 and in Seoul in 2007.',
  src('https://seoul.mfa.gov.az/en/content/35/political-cooperation'),
);

export const KOR_2006_05: DatedFact = fact(
  '2006-05',
  'President Roh Moo-hyun visits Baku in May 2006 and Aliyev returns the visit to Seoul in April 2007, opening a period of fast-growing trade.',
  src('https://en.apa.az/foreign-policy/-165543'),
);

export const EGY_1992_03_27: DatedFact = fact(
  '1992-03-27',
  'Egypt and Azerbaijan establish diplomatic relations; Egypt’s embassy in Baku opens in 1993 and Azerbaijan’s in Cairo in 1994.',
  src('https://en.trend.az/azerbaijan/politics/3700378.html'),
);

export const ARM_2023_10_26: DatedFact = fact(
  '2023-10-26',
  'Armenia and Azerbaijan have no diplomatic relations; Pashinyan says he hopes to sign a peace and relations agreement.',
  src('https://english.alarabiya.net/News/world/2023/10/26/Armenian-PM-says-country-hopes-for-peace-with-Azerbaijan-soon'),
);

export const TKM_2008_01_23: DatedFact = fact(
  '2008-01-23',
  'Analysts describe ties as tense for most of the post-Soviet period, with the Kyapaz/Serdar field dispute freezing exploration and the Turkmen embassy closed.',
  src('https://cacianalyst.org./publications/field-reports/item/11557-field-reports-caci-analyst-2008-1-23-art-11557.html'),
);

export const TKM_2008: DatedFact = fact(
  '2008',
  'Turkmenistan names an ambassador to Azerbaijan, seven years after closing its embassy, as ties thaw under Berdimuhamedov.',
  src('https://energia.gr/article/129743/turkmenistan-appoints-envoy-to-azerbaijan-in-boost-to-ties'),
  { confidence: 'single-source', note: 'One source; the year is inferred from “seven years” after the 2001 recall.' },
);

/** Every fact above, by key. */
export const EVIDENCE = {
  // Milestones of the shared routes that are also milestones of a partnership.
  BTC_IGA_1999_11_18,
  TANAP_IGA_2012_06_26,
  BTK_OPENED_2017_10_30,
  RUS_1992_04_04,
  RUS_1997_07_03,
  RUS_2008_07_03,
  RUS_2010_09_03,
  RUS_2022_02_22,
  RUS_2024_12_25,
  RUS_2025_06_27,
  RUS_2025_06_30,
  RUS_2025_10_09,
  TUR_1992_01_14,
  TUR_1991_11_09,
  TUR_2010_08_16,
  TUR_2021_06_15,
  IRN_1992_03_12,
  IRN_1991_12_25,
  IRN_2024_05,
  IRN_2021_10_01,
  IRN_2022_10,
  IRN_2023_01_27,
  IRN_2023_04_06,
  IRN_2024_07_15,
  USA_1992_02_19,
  USA_1991_12_25,
  USA_2025_08_08,
  USA_2026_02_10,
  USA_1992_10_24,
  USA_2001_10_24,
  USA_2018,
  USA_2023_08,
  USA_2024_06_28,
  USA_2025_08_08_2,
  EU_1996_04_22,
  EU_2009_05_07,
  EU_2022_07_18,
  EU_2023_02_20,
  EU_2023_10_05,
  EU_2023_12_26,
  EU_2024_05_16,
  EU_2024_10_24,
  GEO_1992_11_18,
  GEO_1996_03_08,
  GEO_2015_11_05,
  GEO_2019_05,
  GEO_2019_09_04,
  ARM_1991,
  ARM_2020_09_27,
  ARM_2023_09_19,
  ARM_2025_08_08,
  ARM_2025_08_11,
  KAZ_1992_08,
  KAZ_2004_03,
  KAZ_2005_05_24,
  KAZ_2006_06_23,
  KAZ_2022_08_24,
  KAZ_2024_03_11,
  KAZ_2025_10_21,
  TKM_1992_06_09,
  TKM_2017_08_08,
  TKM_2021_01_21,
  TKM_2001_06,
  UZB_1995_10_02,
  UZB_2022_06_21,
  UZB_2024_08_23,
  UZB_2025_02_25,
  UZB_2025_04_30,
  UZB_2025_07_02,
  KGZ_1993_01_19,
  KGZ_2022_04_20,
  KGZ_2022_10_11,
  KGZ_2024_04_24,
  TJK_1992_05_29,
  TJK_2024_05_23,
  UKR_1992_02_06,
  UKR_1997_10_10,
  UKR_2022_01_14,
  ISR_1992_04_07,
  ISR_1991_12_25,
  ISR_1993,
  ISR_2023_03_29,
  CHN_1992_04_02,
  CHN_2024_07_03,
  CHN_2025_04_23,
  PAK_1992_06_09,
  PAK_1991_12_12,
  PAK_1993_03_12,
  ITA_1992_05_08,
  ITA_2014_07,
  ITA_2020_02_20,
  GRC_1992_04,
  BGR_1992_06,
  BGR_2015_03_04,
  BGR_2024_05_08,
  ROU_1992_06_19,
  ROU_2009_09_28,
  ROU_2011_04_18,
  HUN_1992_04_27,
  HUN_2014_11_11,
  HUN_2023_01_30,
  FRA_1992_02_21,
  FRA_1993_12_20,
  FRA_2014_05_12,
  FRA_2020_11_25,
  FRA_2023_12_26,
  FRA_2024_04_16,
  FRA_2024_05_16,
  FRA_2025_10_16,
  DEU_1992_02_20,
  DEU_2023_03_14,
  GBR_1992_03_11,
  GBR_1994_09,
  GBR_2023_11_07,
  GBR_2025_08_25,
  IND_1992_02_28,
  IND_2024,
  IND_2023_01,
  IND_2023_07_26,
  IND_2025_05_07,
  IND_2025_09_01,
  ARE_1992_09_01,
  ARE_2024_01_09,
  ARE_2025_09_16,
  SAU_1992_02_24,
  SAU_1994,
  JPN_1992_09_07,
  JPN_1998_02_26,
  JPN_2006_03_10,
  KOR_1992_03_23,
  KOR_2006_05,
  EGY_1992_03_27,
  ARM_2023_10_26,
  TKM_2008_01_23,
  TKM_2008,
} satisfies Record<string, DatedFact>;

export type EvidenceKey = keyof typeof EVIDENCE;
