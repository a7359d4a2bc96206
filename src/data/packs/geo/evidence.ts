import type { DatedFact } from '../../schema';
import { fact, src } from '../../sourcing';

/**
 * The evidence behind Georgia's partners: every dated fact that establishes a kind, supports a
 * period or shows a strain, keyed by partner and date. The partners (./partners-a.ts,
 * ./partners-b.ts) name them by key, so these texts load with the panels, not with the first
 * view. The panels' other facts (./partner-details.ts) reuse them.
 */

// Azerbaijan. The first five facts and their sources are those of the Azerbaijan pack's GEO entry.
export const AZE_1992_11_18: DatedFact = fact(
  '1992-11-18',
  'Georgia and Azerbaijan establish diplomatic relations.',
  src(
    'https://www.cumhuriyyet.net/siyas%c9%99t/157401-az%c9%99rbaycan-il%c9%99-gurcustan-arasinda-diplomatik-%c9%99laq%c9%99l%c9%99rin-qurulmasindan-28-il-otur.html',
  ),
  {
    confidence: 'single-source',
    note: 'The day comes only from Azerbaijani media (this newspaper citing Report; Azernews and Oval.az give the same day); no ministry page stating it was found.',
  },
);

export const AZE_1996_03_08: DatedFact = fact(
  '1996-03-08',
  'The two states sign a treaty on strengthening friendship, cooperation and mutual security.',
  src('https://old.civil.ge/eng/_print.php?id=28747'),
);

export const AZE_2015_11_05: DatedFact = fact(
  '2015-11-05',
  'Presidents Margvelashvili and Aliyev sign a joint declaration in Tbilisi in which the two states proclaim that they will keep strengthening their strategic partnership, and list its fields: politics, economy and trade, defence and security, and science, education and culture.',
  src('https://old.civil.ge/eng/_print.php?id=28747'),
);

export const AZE_2019_05: DatedFact = fact(
  '2019-05',
  'Azerbaijani border guards restrict access to parts of the David Gareja monastery complex on the undelimited border; the border commissions resume talks.',
  src('http://georgiatoday.ge/news/15778/Georgia%2C-Azerbaijan-Continue-Talks-on-Border-Delimitation'),
);

export const AZE_2019_09_04: DatedFact = fact(
  '2019-09-04',
  'Access to the David Gareja caves is still restricted, and about 30% of the common border remains undemarcated.',
  src('http://www.ponarseurasia.org/ru/node/10387'),
);

export const AZE_1999_04: DatedFact = fact(
  '1999-04',
  'The Baku–Supsa oil pipeline to Georgia’s Black Sea coast is inaugurated.',
  src('https://www.rferl.org/a/1091101.html'),
);

export const AZE_1999_11_18: DatedFact = fact(
  '1999-11-18',
  'Georgia, Azerbaijan and Türkiye sign the Baku–Tbilisi–Ceyhan pipeline agreements in Istanbul, with President Clinton present.',
  src('https://clintonwhitehouse4.archives.gov/textonly/WH/New/Europe-9911/briefings/1999-11-18a.html'),
);

export const AZE_2006_06: DatedFact = fact(
  '2006-06',
  'The Baku–Tbilisi–Ceyhan oil pipeline, 249 km of it in Georgia, becomes operational; bp runs the Azerbaijani and Georgian sections.',
  src('https://www.bp.com/en_az/azerbaijan/home/who-we-are/operationsprojects/pipelines/btc.html'),
);

export const AZE_2007: DatedFact = fact(
  '2007',
  'First deliveries of Shah Deniz gas reach Georgia through the South Caucasus Pipeline, completed in 2006; Georgia is both a transit country and a buyer.',
  src('https://www.gogc.ge/en/project/samxret-kavkasiuri-gazsadeni/27'),
);

export const AZE_2017_10_30: DatedFact = fact(
  '2017-10-30',
  'The Baku–Tbilisi–Kars railway is officially opened at a ceremony in Baku.',
  src('http://www.tabula.ge/ge/node/125979'),
);

export const AZE_2025_04_15: DatedFact = fact(
  '2025-04-15',
  'Mikheil Kavelashvili, elected president by the Georgian Dream parliament and not recognised by several Western governments, makes Azerbaijan his first official visit abroad and calls it a strategic partner.',
  src('https://civil.ge/archives/676181'),
);

// Türkiye.
export const TUR_1991_12_16: DatedFact = fact(
  '1991-12-16',
  'Türkiye recognises Georgia’s independence, one of the first states to do so.',
  src('https://www.mfa.gov.tr/relations-between-turkey-and-georgia.en.mfa'),
);

export const TUR_1992_05_21: DatedFact = fact(
  '1992-05-21',
  'A protocol establishing diplomatic relations is signed; both states later open embassies in each other’s capitals.',
  src('https://www.mfa.gov.tr/relations-between-turkey-and-georgia.en.mfa'),
);

export const TUR_1992_07_30: DatedFact = fact(
  '1992-07-30',
  'An agreement on friendship, cooperation and good-neighbourly relations is signed.',
  src('https://www.mfa.gov.tr/turkiye-gurcistan-siyasi-iliskileri.tr.mfa'),
);

export const TUR_2007_11_21: DatedFact = fact(
  '2007-11-21',
  'A Türkiye–Georgia free-trade agreement is signed in Tbilisi; it enters into force on 1 November 2008.',
  src('https://www.trade.gov.tr/free-trade-agreements/georgia'),
);

export const TUR_2011_05_31: DatedFact = fact(
  '2011-05-31',
  'A protocol lets citizens of both countries travel to the other with identity cards alone; it takes effect in December 2011.',
  src('https://www.mfa.gov.tr/relations-between-turkey-and-georgia.en.mfa'),
);

export const TUR_2014_05_06: DatedFact = fact(
  '2014-05-06',
  'The first trilateral summit of the presidents of Türkiye, Georgia and Azerbaijan is held in Tbilisi.',
  src('https://www.mfa.gov.tr/relations-between-turkey-and-georgia.en.mfa'),
);

export const TUR_2016_07_19: DatedFact = fact(
  '2016-07-19',
  'The High Level Strategic Cooperation Council, chaired by the prime ministers, holds its first meeting in Ankara.',
  src('https://www.mfa.gov.tr/relations-between-turkey-and-georgia.en.mfa'),
);

export const TUR_2024_05_16: DatedFact = fact(
  '2024-05-16',
  'Receiving Prime Minister Kobakhidze in Ankara, President Erdoğan reaffirms support for Georgia’s territorial integrity; they set a goal of raising trade from about $3 billion to $5 billion.',
  src('http://gov.ge/index.php?info_id=88494&lang_id=ENG&sec_id=603'),
);

// Armenia.
export const ARM_1992_07_17: DatedFact = fact(
  '1992-07-17',
  'Armenia and Georgia establish diplomatic relations.',
  src('https://www.mfa.am/en/bilateral-relations/ge'),
);

export const ARM_2001_10: DatedFact = fact(
  '2001-10',
  'A treaty on friendship, cooperation and mutual security is signed; Armenia’s foreign ministry calls it the legal basis of relations.',
  src('https://www.mfa.am/en/bilateral-relations/ge'),
);

export const ARM_2024_01_26: DatedFact = fact(
  '2024-01-26',
  'Prime Ministers Pashinyan and Garibashvili sign a joint declaration in Tbilisi establishing a strategic partnership between Armenia and Georgia.',
  src('https://mediamax.am/en/news/foreignpolicy/53744/'),
);

export const ARM_2024_01_26_SCOPE: DatedFact = fact(
  '2024-01-26',
  'Pashinyan lists more than a dozen fields of closer cooperation under the declaration; defence and security are not among them.',
  src('https://azatutyun.am/a/32793470.html'),
);

export const ARM_2024_03_25: DatedFact = fact(
  '2024-03-25',
  'On his first official visit to Armenia as prime minister, Kobakhidze meets Pashinyan and President Khachaturyan and opens Georgia’s new embassy building in Yerevan.',
  src('https://civil.ge/archives/588805'),
);

export const ARM_2025_10_21: DatedFact = fact(
  '2025-10-21',
  'Meeting before the Silk Road Forum in Tbilisi, Pashinyan and Kobakhidze review the strategic-partnership agenda, and Kobakhidze welcomes the establishment of peace between Armenia and Azerbaijan.',
  src('https://mediamax.am/en/news/region/59116/'),
);

// Russia. Abkhazia and South Ossetia are Georgian territory occupied by Russia in Georgia's, the EU's,
// the US's and most UN members' view; Russia recognised them as states on 26 August 2008.
export const RUS_1992_07_01: DatedFact = fact(
  '1992-07-01',
  'Georgia and the Russian Federation establish diplomatic relations.',
  src('https://mfa.gov.ge/en/bilateral-relations/ru'),
);

export const RUS_2008_08_07: DatedFact = fact(
  '2008-08-07',
  'In the night of 7 to 8 August Georgian forces shell Tskhinvali, which Georgia says was a defence against a Russian incursion already under way, and Russian troops move into South Ossetia and beyond; the EU-funded fact-finding mission dates the large-scale war to that night, finds the claim of an earlier large-scale incursion not substantiated, and judges unjustified both Georgia’s use of force and Russia’s beyond South Ossetia.',
  src('http://old.civil.ge/eng/_print.php?id=21520'),
);

export const RUS_2008_08_26: DatedFact = fact(
  '2008-08-26',
  'President Medvedev signs decrees recognising Abkhazia and South Ossetia as independent states; Georgia calls it annexation and the US calls it regrettable.',
  src('http://www.abc.net.au/news/2008-08-26/russia-recognises-rebel-regions-in-new-challenge/489764'),
);

export const RUS_2008_08_29: DatedFact = fact(
  '2008-08-29',
  'Georgia decides to cut diplomatic relations with Russia and withdraw its diplomats from Moscow, days after the recognition.',
  src('http://news.bbc.co.uk/2/hi/europe/7588428.stm'),
);

export const RUS_2008_09_02: DatedFact = fact(
  '2008-09-02',
  'Georgia’s foreign ministry dates the formal break of diplomatic relations to this day, citing Russia’s military aggression, occupation and recognition of the two regions.',
  src('https://mfa.gov.ge/en/bilateral-relations/ru'),
);

export const RUS_2009_08_18: DatedFact = fact(
  '2009-08-18',
  'Georgia’s withdrawal from the Commonwealth of Independent States, decided after the war, takes legal effect.',
  src('http://www.chinadaily.com.cn/world/2009-08/19/content_8585263.htm'),
);

export const RUS_2011_11_09: DatedFact = fact(
  '2011-11-09',
  'In Geneva the two governments sign a Swiss-mediated deal on neutral monitoring of the trade between them, removing Georgia’s block on Russia joining the WTO.',
  src('https://www.swissinfo.ch/eng/russia-and-georgia-sign-historic-deal/31531022'),
);

export const RUS_2012_12: DatedFact = fact(
  '2012-12',
  'A direct channel opens between the Georgian prime minister’s envoy, Zurab Abashidze, and Russia’s deputy foreign minister, Grigory Karasin, which leaves political questions to the Geneva talks; after the first meeting Russia reopens its market to Georgian wine and mineral water.',
  src('http://gtarchive.georgiatoday.ge/news/613/Abashidze-Karasin-Talks-to-be-Held-in-Prague-Next-Week'),
);

export const RUS_2013_11_29: DatedFact = fact(
  '2013-11-29',
  'The EU Monitoring Mission reports that Russian border guards have resumed putting up fences and warning signs along the administrative boundary line with South Ossetia.',
  src('http://www.azernews.az/region/62128.html'),
);

export const RUS_2019_06_21: DatedFact = fact(
  '2019-06-21',
  'After protests in Tbilisi against a Russian Duma member taking the speaker’s chair in Georgia’s parliament, Putin bars Russian airlines from flying passengers to Georgia from 8 July.',
  src('https://eng.kavkaz-uzel.eu/articles/47575/'),
);

export const RUS_2022_09_30: DatedFact = fact(
  '2022-09-30',
  'Georgia’s State Security Service reports that Russian forces have installed metal poles and barbed wire near Knolevi, along the line with South Ossetia, which Georgia regards as occupied.',
  src('https://civil.ge/archives/510072'),
);

export const RUS_2023_05_10: DatedFact = fact(
  '2023-05-10',
  'Putin lifts the 2019 ban on flights to Georgia and waives visas for Georgian citizens from 15 May.',
  src('https://aa.com.tr/en/asia-pacific/russia-restores-visa-free-regime-with-georgia-from-may-15/2893889'),
);

export const RUS_2023_06_14: DatedFact = fact(
  '2023-06-14',
  'The State Security Service reports renewed fencing by Russian forces near Khurvaleti and alerts the EU Monitoring Mission.',
  src('https://agenda.ge/en/news/2023/2330'),
);

// Ukraine.
export const UKR_1992_07_22: DatedFact = fact(
  '1992-07-22',
  'Ukraine and Georgia establish diplomatic relations.',
  src('https://uamission.com/?p=3349'),
  {
    confidence: 'single-source',
    note: 'Only one page found (an English text of Ukraine’s official summary of the relationship); Georgia’s foreign ministry page was not found.',
  },
);

export const UKR_2017_07_18: DatedFact = fact(
  '2017-07-18',
  'During President Poroshenko’s state visit to Tbilisi, he and President Margvelashvili sign a declaration establishing a strategic partnership, aimed at ending the occupation of both countries’ territories and at EU and NATO integration.',
  src('https://uamission.com/?p=3349'),
  {
    confidence: 'single-source',
    note: 'The day is from one page; Messenger (Georgia) and The Financial confirm that the two presidents signed the declaration during the July 2017 visit.',
  },
);

export const UKR_2018_01: DatedFact = fact(
  '2018-01',
  'Meeting Georgia’s parliament speaker in Kyiv, Poroshenko invites Georgia to join Ukraine’s sanctions against Russia; both sides stress the 2017 strategic-partnership declaration.',
  src('https://messenger.com.ge/issues/4062_january_23_2018/4062_tea.html'),
);

export const UKR_2022_02_27: DatedFact = fact(
  '2022-02-27',
  'Days into Russia’s full-scale invasion, Georgia sends 80 tonnes of government-bought humanitarian aid to Ukraine, even as its prime minister rules out joining sanctions on Russia.',
  src('https://civil.ge/archives/475744'),
);

export const UKR_2022_05: DatedFact = fact(
  '2022-05',
  'Prime Minister Garibashvili tells a donors’ conference that Georgia has sent more than 5,000 tonnes of aid and $7 million to Ukraine and is supporting over 28,000 Ukrainians on its territory.',
  src('https://www.azernews.az/region/193422.html'),
);

export const UKR_2022_03_01: DatedFact = fact(
  '2022-03-01',
  'President Zelenskyy recalls Ukraine’s ambassador from Georgia for consultations, citing obstacles put in the way of Georgian volunteers and Tbilisi’s refusal to join sanctions on Russia.',
  src('https://rferl.org/amp/ukraine-kyrgyzstan-georgia-ambassadors/31730359.html'),
);

export const UKR_2024_09_08: DatedFact = fact(
  '2024-09-08',
  'Ukraine’s new foreign minister, Andrii Sybiha, recalls the chargé d’affaires in Tbilisi amid worsening ties with the Georgian Dream government.',
  src('https://kyivindependent.com/ukraines-foreign-minister-recalls-diplomatic-representative-from-georgia/'),
);

export const UKR_2024_12_05: DatedFact = fact(
  '2024-12-05',
  'As police break up pro-EU protests, Ukraine sanctions Bidzina Ivanishvili and 18 other Georgian officials and allies, saying they are handing Georgia over to Putin.',
  src('https://civil.ge/archives/641724'),
);

// United States.
export const USA_1992_03_24: DatedFact = fact(
  '1992-03-24',
  'The United States, which recognised Georgia on 25 December 1991, establishes diplomatic relations; its embassy in Tbilisi opens on 23 April 1992.',
  src('https://history.state.gov/countries/georgia'),
);

export const USA_2009_01_09: DatedFact = fact(
  '2009-01-09',
  'Secretary of State Rice and Foreign Minister Vashadze sign the United States–Georgia Charter on Strategic Partnership in Washington.',
  src('https://2009-2017.state.gov/r/pa/prs/ps/2010/10/149084.htm'),
);

export const USA_2009_06_22: DatedFact = fact(
  '2009-06-22',
  'The Strategic Partnership Commission meets for the first time and sets up working groups on democracy, defence and security, the economy, trade and energy, and people-to-people exchanges.',
  src('https://www.state.gov/u-s-georgia-strategic-partnership-commission/'),
);

export const USA_2024_05_23: DatedFact = fact(
  '2024-05-23',
  'After Georgia’s parliament passes the “foreign influence” law, Secretary of State Blinken announces visa restrictions on those the US holds responsible for undermining Georgian democracy, and a comprehensive review of bilateral cooperation.',
  src('https://civil.ge/archives/609123'),
);

export const USA_2024_11_30: DatedFact = fact(
  '2024-11-30',
  'The State Department suspends its strategic partnership with Georgia; its spokesperson ties the step to Georgian Dream’s suspension of EU accession and condemns what he calls excessive force against protesters.',
  src('https://en.trend.az/world/us/3977144.html'),
);

export const USA_2024_12_27: DatedFact = fact(
  '2024-12-27',
  'The US Treasury sanctions Bidzina Ivanishvili, founder of Georgian Dream, for undermining Georgia’s democratic and European future for Russia’s benefit.',
  src('https://civil.ge/archives/648597'),
);

export const USA_2025_05_05: DatedFact = fact(
  '2025-05-05',
  'The House of Representatives passes the MEGOBARI Act, 349 to 42, mandating sanctions on Georgian officials who undermine the country’s democracy or Euro-Atlantic course.',
  src('https://1tv.ge/lang/en/news/u-s-house-of-representatives-endorses-megobari-act/'),
);

export const USA_2025_12_23: DatedFact = fact(
  '2025-12-23',
  'Kobakhidze says Georgia is ready to resume the suspended strategic partnership at any time, with a clean slate and a concrete roadmap.',
  src('https://news.az/news/georgia-ready-to-resume-strategic-partnership-with-us-prime-minister'),
);

// European Union.
export const EU_1996: DatedFact = fact(
  '1996',
  'Georgia and the EU sign a Partnership and Cooperation Agreement, the framework of relations until the Association Agreement.',
  src('http://www.civilnet.am/news/2014/06/27/georgia-signs-eu-association-agreement-in-brussels/233593'),
);

export const EU_2014_06_27: DatedFact = fact(
  '2014-06-27',
  'Prime Minister Garibashvili signs the Association Agreement, including a deep and comprehensive free-trade area, with the EU in Brussels.',
  src('http://agenda.ge/en/news/2014/1551'),
);

export const EU_2017_03_28: DatedFact = fact(
  '2017-03-28',
  'Visa-free travel to the Schengen area for Georgians with biometric passports comes into effect.',
  src('https://eeas.europa.eu/node/23697_en'),
);

export const EU_2022_03_03: DatedFact = fact(
  '2022-03-03',
  'Prime Minister Garibashvili signs Georgia’s application for EU membership, days after Ukraine’s.',
  src('https://www.anews.com.tr/world/2022/03/03/georgias-prime-minister-signs-application-to-join-eu'),
);

export const EU_2023_12_14: DatedFact = fact(
  '2023-12-14',
  'The European Council grants Georgia the status of a candidate for membership.',
  src('https://civil.ge/archives/574502'),
);

export const EU_2024_05_14: DatedFact = fact(
  '2024-05-14',
  'Georgia’s parliament passes in its final reading the law on “transparency of foreign influence”, which opponents call a “foreign agents” law, as crowds protest outside and the opposition and Western capitals censure it.',
  src('https://jam-news.net/georgian-foreign-agents-bill-approved'),
);

export const EU_2024_06_27: DatedFact = fact(
  '2024-06-27',
  'The European Council says the course of the Georgian authorities, including the foreign-influence law, jeopardises Georgia’s EU path and de facto halts the accession process.',
  src('https://civil.ge/archives/614394'),
);

export const EU_2024_11_28: DatedFact = fact(
  '2024-11-28',
  'Prime Minister Kobakhidze announces that opening EU accession talks will not be on the agenda until the end of 2028 and that Georgia will refuse EU budget grants.',
  src('https://en.trend.az/scaucasus/georgia/3976459.html'),
);

export const EU_2025_01_27: DatedFact = fact(
  '2025-01-27',
  'EU ministers suspend visa-free travel for holders of Georgian diplomatic passports and for officials; Georgians with ordinary passports keep it.',
  src('https://jam-news.net/eu-suspends-visa-free-travel-for-georgian-diplomatic-passport-holders/'),
);

export const EU_2025_12_19: DatedFact = fact(
  '2025-12-19',
  'The Commission’s visa-suspension report finds systemic backsliding and warns that visa-free travel could be suspended first for official passports and then for all Georgians.',
  src('https://oc-media.org/eu-says-georgias-entire-population-at-risk-of-losing-visa-free-travel'),
);

export const EU_2026_03_06: DatedFact = fact(
  '2026-03-06',
  'In the first use of its strengthened suspension mechanism, the Commission suspends visa-free travel for holders of Georgian diplomatic, service and official passports for one year.',
  src('https://jam-news.net/visa-free-travel-to-eu-for-holders-of-georgian-diplomatic-passports-officially-revoked/'),
);

// China.
export const CHN_1992_06_09: DatedFact = fact(
  '1992-06-09',
  'China and Georgia establish diplomatic relations.',
  src('http://obor.nea.gov.cn/detail/19527.html'),
);

export const CHN_2017_05: DatedFact = fact(
  '2017-05',
  'China and Georgia sign a free-trade agreement, China’s first with a country in the region; it enters into force on 1 January 2018.',
  src('http://fta.mofcom.gov.cn/enarticle/chinageorgiaen/chinageorgiaennews/201712/36346_1.html'),
);

export const CHN_2023_07_31: DatedFact = fact(
  '2023-07-31',
  'During Prime Minister Garibashvili’s visit, the two governments issue a joint statement raising relations to a strategic partnership and pledging closer political, economic and cultural cooperation and coordination in international affairs.',
  src('http://obor.nea.gov.cn/detail/19527.html'),
);

export const CHN_2024_05_30: DatedFact = fact(
  '2024-05-30',
  'Georgia awards a 49% stake in the planned Anaklia deep-sea port on the Black Sea to a consortium led by state-owned China Communications Construction Company.',
  src('https://www.maritime-executive.com/article/china-wins-bid-to-build-georgia-s-controversial-black-sea-port'),
);

export const IRN_1992_05_15: DatedFact = fact(
  '1992-05-15',
  'Georgia and Iran establish diplomatic relations.',
  src('https://en.wikipedia.org/wiki/Georgia%E2%80%93Iran_relations'),
  { confidence: 'single-source', note: 'Date from English Wikipedia (uncontested background); no ministry page stating it was found.' },
);

export const IRN_2010_11: DatedFact = fact(
  '2010-11',
  'During a visit by Iranian Foreign Minister Manouchehr Mottaki the two sign a reciprocal visa-free travel agreement for stays of up to 45 days, which takes effect in January 2011.',
  src('http://gtarchive.georgiatoday.ge/news/2969/Georgia-Officially-Restores-Visa--Free-Regime-for-Iran'),
);

export const IRN_2013_07: DatedFact = fact(
  '2013-07',
  'Georgia unilaterally suspends visa-free travel for Iranians and direct Tbilisi–Tehran flights, in steps tied to the international sanctions on Iran.',
  src('http://gtarchive.georgiatoday.ge/news/2969/Georgia-Officially-Restores-Visa--Free-Regime-for-Iran'),
);

export const IRN_2016_02_15: DatedFact = fact(
  '2016-02-15',
  'Visa-free entry to Georgia for Iranian citizens, for stays of up to 45 days, resumes.',
  src('http://www.messenger.com.ge/issues/3565_february_16_2016/3565_tatia.html'),
);

export const IRN_2018_12_25: DatedFact = fact(
  '2018-12-25',
  'After Georgia turns back dozens of Iranian travellers and an Iranian MP threatens to revisit the visa deal, the two foreign ministries agree to refine it against misuse.',
  src('http://messenger.com.ge/issues/4302_december_27_2018/4302_gvanca1.html'),
);

export const IRN_2024_07: DatedFact = fact(
  '2024-07',
  'Prime Minister Irakli Kobakhidze attends the inauguration of President Masoud Pezeshkian in Tehran and meets him there.',
  src('https://civil.ge/ru?p=618303'),
);

export const IRN_2025_06_30: DatedFact = fact(
  '2025-06-30',
  'Deputy Foreign Minister Aleksandre Khvtisiashvili attends an Iranian embassy memorial in Tbilisi for those killed in Israel’s strikes on Iran, which Israel’s embassy says deeply disappoints it.',
  src('https://jam-news.net/georgian-dreams-foreign-ministry-expressed-solidarity-with-iran-over-israeli-regime-attack-victims'),
  {
    confidence: 'single-source',
    note: 'The Iranian embassy statement quoted on the page dates the event 30 June–1 July “2024”, but the strikes it commemorates were in June 2025.',
  },
);

export const IRN_2026: DatedFact = fact(
  '2026',
  'After US and Israeli strikes on Iran kill its Supreme Leader among many others, the Georgian government sends condolences to Iran and to Israel and urges a return to diplomacy.',
  src('https://news.az/news/georgia-concerned-over-mideast-conflict-condoles-with-iran-and-israel'),
  {
    confidence: 'single-source',
    note: 'The page gives no date; the strikes began on 28 February 2026, so the statement is from about then.',
  },
);

export const KAZ_1992_07_23: DatedFact = fact(
  '1992-07-23',
  'Georgia and Kazakhstan establish diplomatic relations.',
  src('https://cabar.asia/en/cooperation-between-georgia-and-kazakhstan-lesson-learning-for-being-bilateral'),
  { confidence: 'single-source', note: 'The exact day is from one CABAR.asia analysis; other reports give only July 1992.' },
);

export const KAZ_2008_02_05: DatedFact = fact(
  '2008-02-05',
  'Kazakhstan’s state oil and gas company KazMunayGas buys the Batumi oil terminal outright, gaining a Black Sea outlet for Kazakh oil.',
  src('https://jamestown.org/program/oil-handling-capacities-growing-and-available-on-georgias-black-sea-coast/'),
);

export const KAZ_2014_11_12: DatedFact = fact(
  '2014-11-12',
  'During Prime Minister Irakli Garibashvili’s visit to Astana, Kazakh Prime Minister Karim Massimov voices hope of raising ties towards alliance and strategic partnership and urges completion of the Baku–Tbilisi–Kars railway.',
  src('https://civil.ge/archives/124145'),
);

export const KAZ_2022_07_27: DatedFact = fact(
  '2022-07-27',
  'President Tokayev receives Prime Minister Garibashvili, and the two discuss the Trans-Caspian International Transport Route as bilateral trade surges.',
  src('https://www.inform.kz/en/kazakh-president-georgian-pm-meet-in-nur-sultan_a3959721'),
);

export const KAZ_2023_06_23: DatedFact = fact(
  '2023-06-23',
  'On an official visit to Tbilisi, Kazakh Prime Minister Alikhan Smailov and Garibashvili discuss the Middle Corridor with Azerbaijan, and an energy memorandum is signed.',
  src('https://civil.ge/archives/549472'),
);

export const KAZ_2024_04_12: DatedFact = fact(
  '2024-04-12',
  'Shalva Papuashvili makes the first official visit by a Georgian parliament speaker to Kazakhstan and backs Tokayev’s call to develop the Trans-Caspian route jointly.',
  src('https://astanatimes.com/2024/04/kazakhstan-georgia-to-enhance-cooperation-in-trans-caspian-international-transport-route/'),
);

export const KAZ_2025_02_06: DatedFact = fact(
  '2025-02-06',
  'On an official visit to Astana, Prime Minister Kobakhidze and President Tokayev agree to deepen political cooperation and stress joint work on the Middle Corridor.',
  src('https://www.aa.com.tr/en/asia-pacific/georgia-kazakhstan-agree-to-deepen-political-cooperation/3474163'),
);

export const GBR_1992_04_27: DatedFact = fact(
  '1992-04-27',
  'Georgia and the United Kingdom restore diplomatic relations.',
  src('https://diplomatmagazine.com/small-country-in-a-big-pond-copy/'),
);

export const GBR_2014: DatedFact = fact(
  '2014',
  'The two countries set up the annual ministerial Wardrop Dialogue, named after the early British envoy Sir Oliver Wardrop and covering foreign policy, defence, security and trade.',
  src('https://agenda.ge/en/news/2024/41074'),
);

export const GBR_2019_10_21: DatedFact = fact(
  '2019-10-21',
  'Foreign ministers Davit Zalkaliani and Dominic Raab sign in London the Strategic Partnership and Cooperation Agreement, meant to replace the EU Association Agreement in UK–Georgia relations after Brexit and keep free trade.',
  src('https://oldwp.civil.ge/archives/323743'),
);

export const GBR_2021_01_01: DatedFact = fact(
  '2021-01-01',
  'The Strategic Partnership and Cooperation Agreement enters into force.',
  src('https://web1.rustavi2.ge/en/news/243087'),
);

export const GBR_2024_10_15: DatedFact = fact(
  '2024-10-15',
  'Ambassador Gareth Ward says Britain has frozen the Wardrop Dialogue for the first time, called off defence staff talks and paused a new cyber-security programme, citing what he calls “democratic backsliding and anti-Western rhetoric” and the passing of the foreign-agents law.',
  src('https://messenger.com.ge/issues/5758_october_16_2024/5758_liza.html'),
);

export const GBR_2024_12_09: DatedFact = fact(
  '2024-12-09',
  'Foreign Secretary David Lammy suspends all programme support to the Georgian government, restricts defence cooperation and limits contact with Georgian Dream officials after violence against protesters.',
  src('https://civil.ge/archives/643099'),
);

export const GBR_2024_12_19: DatedFact = fact(
  '2024-12-19',
  'Acting with the United States, Britain imposes travel bans and asset freezes on five senior Interior Ministry officials, including Minister Vakhtang Gomelauri, over attacks on protesters and journalists.',
  src('https://oc-media.org/uk-sanctions-high-ranking-interior-ministry-officials/'),
);

export const GBR_2025_04_10: DatedFact = fact(
  '2025-04-10',
  'Britain sanctions four more officials, among them the prosecutor general and a deputy interior minister, for failing to hold those behind the protest violence to account.',
  src('https://jam-news.net/uk-imposes-sanctions-on-four-more-senior-georgian-officials/'),
);

export const ROU_1992_06: DatedFact = fact(
  '1992-06',
  'Romania and Georgia establish diplomatic relations.',
  src('http://www.nineoclock.ro/formin-melescanu-georgian-deputy-formin-david-dondua-emphasised-good-level-of-bilateral-relations/'),
  {
    confidence: 'single-source',
    note: 'Month inferred from the 25th anniversary that Romania’s foreign ministry planned to mark in June 2017; no page giving the day was found.',
  },
);

export const ROU_1996_03_26: DatedFact = fact(
  '1996-03-26',
  'The two countries sign a Treaty on Friendship and Cooperation.',
  src('https://civil.ge/archives/511418'),
);

export const ROU_2017_04_26: DatedFact = fact(
  '2017-04-26',
  'In a joint declaration for 25 years of relations, Prime Ministers Giorgi Kvirikashvili and Sorin Grindeanu say they want to raise ties to a strategic level and expand Black Sea–Caspian transport and energy routes.',
  src('https://oldwp.civil.ge/archives/126358'),
);

export const ROU_2022_10_11: DatedFact = fact(
  '2022-10-11',
  'Presidents Salome Zurabishvili and Klaus Iohannis sign in Bucharest a Joint Declaration on the Establishment of a Strategic Partnership, centred on transport, energy and people-to-people links.',
  src('https://civil.ge/archives/511418'),
);

export const ROU_2022_12_17: DatedFact = fact(
  '2022-12-17',
  'The leaders of Azerbaijan, Georgia, Romania and Hungary sign in Bucharest an agreement on a nearly 1,200 km electricity cable under the Black Sea to carry power from the Caspian region to Europe.',
  src('https://rferl.org/amp/romania-hungary-azerbaijan-georgia-electric-cable-black-sea/32180990.html'),
);

export const ROU_2026_02_04: DatedFact = fact(
  '2026-02-04',
  'The grid operators Transelectrica and Georgian State Electrosystem sign in Bucharest a memorandum to advance the Georgia–Romania Black Sea HVDC cable, which the EU listed as a Project of Mutual Interest in December 2025.',
  src('https://www.romania-insider.com/transelectrica-georgia-black-sea-submarine-cable-feb-2026'),
);

export const POL_1992_04_28: DatedFact = fact(
  '1992-04-28',
  'Poland and Georgia re-establish diplomatic relations during a visit to Poland by Georgian Deputy Foreign Minister Mikheil Ukleba.',
  src('https://gov.pl/web/georgia/bilateral-relations-'),
);

export const POL_1993_04: DatedFact = fact(
  '1993-04',
  'The two countries sign a treaty of friendship and cooperation.',
  src('https://gov.pl/web/georgia/bilateral-relations-'),
);

export const POL_2017_05_30: DatedFact = fact(
  '2017-05-30',
  'Presidents Andrzej Duda and Giorgi Margvelashvili adopt in Tbilisi a joint declaration on the 25th anniversary of restored relations, backing Georgia’s EU and NATO path.',
  src('https://agenda.ge/en/news/2017/1068'),
);

export const POL_2017_12_18: DatedFact = fact(
  '2017-12-18',
  'Georgia’s parliament speaker and the speakers of Poland’s Sejm and Senate sign an inter-parliamentary agreement on strategic partnership in Warsaw.',
  src('https://civil.ge/archives/218925'),
);

export const POL_2024_12_31: DatedFact = fact(
  '2024-12-31',
  'The foreign ministers of Poland, Germany and France say they will apply the EU move to end visa-free entry for holders of Georgian diplomatic and service passports, blaming Georgian Dream’s repression and retreat from the European path.',
  src('https://newsukraine.rbc.ua/news/germany-france-and-poland-revoke-visa-free-1735704252.html'),
);

export const POL_2025_04_17: DatedFact = fact(
  '2025-04-17',
  'Poland bars from its territory eight Georgian law-enforcement officials it holds responsible for violence against protesters.',
  src('https://oc-media.org/poland-issues-travel-bans-against-georgian-law-enforcement-representatives'),
);

export const DEU_1992_04_13: DatedFact = fact(
  '1992-04-13',
  'Diplomatic relations are established during a visit to Tbilisi by Foreign Minister Hans-Dietrich Genscher, Germany being the first state to do so after the Soviet collapse.',
  src('https://tiflis.diplo.de/ge-de/aktuelles/-/2522456'),
);

export const DEU_2018_08_23: DatedFact = fact(
  '2018-08-23',
  'Chancellor Angela Merkel visits Tbilisi, and development deals worth over €193 million are signed, including water, sewage and gas-storage projects.',
  src('https://www.commonspace.eu/news/merkel-has-reaffirmed-her-support-georgias-sovereignty-and-territorial-integrity-during'),
);

export const DEU_2024_12: DatedFact = fact(
  '2024-12',
  'Development Minister Svenja Schulze says Germany will approve no new development projects and sign no loan agreements with Georgia after its government halted EU accession talks.',
  src('https://1lurer.am/en/2024/12/04/Germany-suspends-development-cooperation-with-Georgia/1231317'),
);

export const DEU_2024_12_2: DatedFact = fact(
  '2024-12',
  'Ambassador Peter Fischer says Germany has halted projects worth €237 million, including green hydrogen, the power grid and Batumi’s water system, while keeping support for civil society and the rule of law.',
  src('https://www.trtworld.com:443/article/18246764'),
);

export const DEU_2025_09_24: DatedFact = fact(
  '2025-09-24',
  'Ambassador Fischer is summoned to the Georgian Foreign Ministry after ruling-party leaders accuse him of interfering in domestic affairs.',
  src('https://jam-news.net/germany-recalls-ambassador-from-tbilisi-because-of-hate-campaign-by-georgian-authorities'),
);

export const DEU_2025_10_19: DatedFact = fact(
  '2025-10-19',
  'Germany recalls Ambassador Fischer for consultations, citing months of agitation by Georgia’s leadership against the EU, Germany and him personally.',
  src('https://georgiatoday.ge/germany-pulls-ambassador-from-georgia-amid-tensions'),
);

export const DEU_2025_11_06: DatedFact = fact(
  '2025-11-06',
  'Fischer returns to Tbilisi, and Berlin calls the recall a clear signal and says it will judge the Georgian government by its actions.',
  src('https://georgiatoday.ge/german-foreign-ministry-ambassadors-recall-was-a-clear-diplomatic-signal-to-the-georgian-govt'),
);

export const UZB_1994_08_19: DatedFact = fact(
  '1994-08-19',
  'Uzbekistan and Georgia establish diplomatic relations by signing a protocol in Moscow.',
  src('https://kun.uz/en/news/2020/05/26/mirziyoyev-congratulates-president-of-georgia-on-independence-day'),
);

export const UZB_1997_08: DatedFact = fact(
  '1997-08',
  'Georgia opens an embassy in Tashkent.',
  src('https://daryo.uz/en/2024/01/11/mfa-hosts-productive-meeting-with-charge-daffaires-of-georgia-in-uzbekistan'),
);

export const UZB_2022_07_19: DatedFact = fact(
  '2022-07-19',
  'Prime Minister Garibashvili meets President Shavkat Mirziyoyev in Uzbekistan, with transport, logistics and trade at the centre of the talks.',
  src('https://agenda.ge/en/news/2022/2754'),
);

export const UZB_2023_07_17: DatedFact = fact(
  '2023-07-17',
  'Uzbek Prime Minister Abdulla Aripov pays his first official visit to Tbilisi, where the two governments sign an action plan and discuss the Middle Corridor.',
  src('https://agenda.ge/en/news/2023/2783'),
);

export const UZB_2025_03_05: DatedFact = fact(
  '2025-03-05',
  'Mirziyoyev receives Prime Minister Kobakhidze on an official visit, with bilateral trade reported up 50% in 2024 and direct flights linking the capitals.',
  src('https://president.uz/en/lists/view/7926'),
);

export const GRC_1992: DatedFact = fact(
  '1992',
  'Greece and Georgia establish diplomatic relations; Greece opens an embassy in Tbilisi in 1995.',
  src('https://mfa.gr/missionsabroad/en/georgia-en/bilateral-relations/political-relations.html'),
);

export const GRC_2018_02_08: DatedFact = fact(
  '2018-02-08',
  'President Margvelashvili begins a state visit to Athens, where Greek leaders reaffirm support for Georgia’s territorial integrity and its EU and NATO path.',
  src(
    'https://mfa.gr/missionsabroad/en/georgia-en/news/state-visit-of-the-president-of-georgia-mr-giorgi-margvelashvili-to-greece-athens-08-09022018.html',
  ),
);

export const GRC_2023_02_15: DatedFact = fact(
  '2023-02-15',
  'Foreign ministers Nikos Dendias and Ilia Darchiashvili meet in Athens and sign a memorandum on cooperation in diplomatic training.',
  src(
    'https://mfa.gr/en/minister-of-foreign-affairs-nikos-dendias-statements-following-his-meeting-with-minister-of-foreign-affairs-of-georgia-ilia-darchiashvili-athens-15022023',
  ),
);

export const GRC_2023_12: DatedFact = fact(
  '2023-12',
  'Greece supports the EU decision to grant Georgia candidate status.',
  src('https://mfa.gr/missionsabroad/en/georgia-en/bilateral-relations/political-relations.html'),
);

export const FRA_1992_08_21: DatedFact = fact(
  '1992-08-21',
  'Georgia and France re-establish diplomatic relations, first set up in 1921; both open embassies in 1993.',
  src('https://mfa.gov.ge/en/bilateral-relations/fr'),
);

export const FRA_2014_05_13: DatedFact = fact(
  '2014-05-13',
  'President François Hollande makes an official visit to Tbilisi.',
  src('https://www.diplomatie.gouv.fr/en/country-files/georgia/france-and-georgia/'),
);

export const FRA_2019_02_19: DatedFact = fact(
  '2019-02-19',
  'Presidents Emmanuel Macron and Salome Zurabishvili sign in Paris a declaration creating the Dimitri Amilakhvari high-level dialogue on politics, defence, trade, education and culture.',
  src('https://france.mfa.gov.ge/fr/french-rrpublic'),
);

export const FRA_2019_12_02: DatedFact = fact(
  '2019-12-02',
  'The foreign ministers hold the first meeting of the Dimitri Amilakhvari dialogue.',
  src('https://france.mfa.gov.ge/fr/french-rrpublic'),
);

export const FRA_2024_12_11: DatedFact = fact(
  '2024-12-11',
  'Macron phones Georgian Dream founder Bidzina Ivanishvili, condemns police violence against peaceful protesters and journalists and demands the release of those arbitrarily detained.',
  src('https://civil.ge/archives/643649'),
);

export const EST_1992_06_17: DatedFact = fact(
  '1992-06-17',
  'Estonia and Georgia establish diplomatic relations, Georgia having recognised restored Estonia on 27 August 1991.',
  src('http://vm.ee/en/countries/georgia?display=relations'),
);

export const EST_2006_12: DatedFact = fact(
  '2006-12',
  'Estonia opens an embassy in Tbilisi; Georgia opens one in Tallinn in April 2007.',
  src('http://vm.ee/en/countries/georgia?display=relations'),
);

export const EST_2017_11: DatedFact = fact(
  '2017-11',
  'President Kersti Kaljulaid visits Georgia, including the boundary line of South Ossetia, which both governments regard as Russian-occupied, and signs a joint declaration backing Georgia’s EU and NATO integration.',
  src('https://messenger.com.ge/issues/4008_november_3_2017/4008_estonia.html'),
);

export const EST_2024_12_02: DatedFact = fact(
  '2024-12-02',
  'Estonia, with Latvia and Lithuania, bans Georgian Dream founder Bidzina Ivanishvili, the interior minister and nine other senior interior ministry officials from entry over what the three call the violent suppression of protesters.',
  src('https://oc-media.org/baltic-states-impose-travel-restrictions-on-ivanishvili-and-other-georgian-officials'),
);

export const EST_2025_03_03: DatedFact = fact(
  '2025-03-03',
  'Estonia adds entry bans on 55 more Georgian prosecutors, judges, police officers, MPs and others.',
  src('https://jam-news.net/baltic-states-impose-sanctions-on-georgian-dream-members-who-is-on-list/'),
);

export const EST_2025_07_18: DatedFact = fact(
  '2025-07-18',
  'Estonia bars 19 more officials, among them the justice minister, the prosecutor general, MPs and judges, bringing to 102 the Georgian officials under its entry ban.',
  src('https://www.globalsecurity.org/military/library/news/2025/07/mil-250718-estonia-mfa01.htm'),
);

/** Every fact above, by key. */
export const EVIDENCE = {
  AZE_1992_11_18,
  AZE_1996_03_08,
  AZE_2015_11_05,
  AZE_2019_05,
  AZE_2019_09_04,
  AZE_1999_04,
  AZE_1999_11_18,
  AZE_2006_06,
  AZE_2007,
  AZE_2017_10_30,
  AZE_2025_04_15,
  TUR_1991_12_16,
  TUR_1992_05_21,
  TUR_1992_07_30,
  TUR_2007_11_21,
  TUR_2011_05_31,
  TUR_2014_05_06,
  TUR_2016_07_19,
  TUR_2024_05_16,
  ARM_1992_07_17,
  ARM_2001_10,
  ARM_2024_01_26,
  ARM_2024_01_26_SCOPE,
  ARM_2024_03_25,
  ARM_2025_10_21,
  RUS_1992_07_01,
  RUS_2008_08_07,
  RUS_2008_08_26,
  RUS_2008_08_29,
  RUS_2008_09_02,
  RUS_2009_08_18,
  RUS_2011_11_09,
  RUS_2012_12,
  RUS_2013_11_29,
  RUS_2019_06_21,
  RUS_2022_09_30,
  RUS_2023_05_10,
  RUS_2023_06_14,
  UKR_1992_07_22,
  UKR_2017_07_18,
  UKR_2018_01,
  UKR_2022_02_27,
  UKR_2022_05,
  UKR_2022_03_01,
  UKR_2024_09_08,
  UKR_2024_12_05,
  USA_1992_03_24,
  USA_2009_01_09,
  USA_2009_06_22,
  USA_2024_05_23,
  USA_2024_11_30,
  USA_2024_12_27,
  USA_2025_05_05,
  USA_2025_12_23,
  EU_1996,
  EU_2014_06_27,
  EU_2017_03_28,
  EU_2022_03_03,
  EU_2023_12_14,
  EU_2024_05_14,
  EU_2024_06_27,
  EU_2024_11_28,
  EU_2025_01_27,
  EU_2025_12_19,
  EU_2026_03_06,
  CHN_1992_06_09,
  CHN_2017_05,
  CHN_2023_07_31,
  CHN_2024_05_30,
  IRN_1992_05_15,
  IRN_2010_11,
  IRN_2013_07,
  IRN_2016_02_15,
  IRN_2018_12_25,
  IRN_2024_07,
  IRN_2025_06_30,
  IRN_2026,
  KAZ_1992_07_23,
  KAZ_2008_02_05,
  KAZ_2014_11_12,
  KAZ_2022_07_27,
  KAZ_2023_06_23,
  KAZ_2024_04_12,
  KAZ_2025_02_06,
  GBR_1992_04_27,
  GBR_2014,
  GBR_2019_10_21,
  GBR_2021_01_01,
  GBR_2024_10_15,
  GBR_2024_12_09,
  GBR_2024_12_19,
  GBR_2025_04_10,
  ROU_1992_06,
  ROU_1996_03_26,
  ROU_2017_04_26,
  ROU_2022_10_11,
  ROU_2022_12_17,
  ROU_2026_02_04,
  POL_1992_04_28,
  POL_1993_04,
  POL_2017_05_30,
  POL_2017_12_18,
  POL_2024_12_31,
  POL_2025_04_17,
  DEU_1992_04_13,
  DEU_2018_08_23,
  DEU_2024_12,
  DEU_2024_12_2,
  DEU_2025_09_24,
  DEU_2025_10_19,
  DEU_2025_11_06,
  UZB_1994_08_19,
  UZB_1997_08,
  UZB_2022_07_19,
  UZB_2023_07_17,
  UZB_2025_03_05,
  GRC_1992,
  GRC_2018_02_08,
  GRC_2023_02_15,
  GRC_2023_12,
  FRA_1992_08_21,
  FRA_2014_05_13,
  FRA_2019_02_19,
  FRA_2019_12_02,
  FRA_2024_12_11,
  EST_1992_06_17,
  EST_2006_12,
  EST_2017_11,
  EST_2024_12_02,
  EST_2025_03_03,
  EST_2025_07_18,
} satisfies Record<string, DatedFact>;

export type EvidenceKey = keyof typeof EVIDENCE;
