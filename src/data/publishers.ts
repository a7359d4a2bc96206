/**
 * The registry of publishers the dataset cites, keyed by host (without a leading `www.`). A
 * source is only a URL; its publisher's name and type come from here, so that every publisher is
 * a deliberate, reviewed choice. Never add a propaganda outlet, a wiki copy, a content farm or a
 * listing page (BRIEF.md; tests/unit/data/sources.test.ts enforces it). No zod: panels import it.
 */

export type PublisherType = 'official' | 'intergovernmental' | 'operator' | 'news agency' | 'newspaper' | 'research' | 'reference';

export interface Publisher {
  name: string;
  type: PublisherType;
}

export const PUBLISHERS: Readonly<Record<string, Publisher>> = {
  // Governments, ministries, embassies and state institutions.
  'aayda.gov.az': { name: 'Azerbaijan Maritime Agency', type: 'official' },
  'ambbaku.esteri.it': { name: 'Embassy of Italy in Baku', type: 'official' },
  'archive3.parliament.iq': { name: 'Council of Representatives of Iraq', type: 'official' },
  'azconsulateistanbul.org.tr': { name: 'Consulate General of Azerbaijan in Istanbul', type: 'official' },
  'azerbaijan.az': { name: 'Azerbaijan.az (state portal)', type: 'official' },
  'berlin.mfa.gov.az': { name: 'Embassy of Azerbaijan in Germany', type: 'official' },
  'bishkek.mfa.gov.az': { name: 'Embassy of Azerbaijan in Kyrgyzstan', type: 'official' },
  'clintonwhitehouse4.archives.gov': { name: 'The White House (archive)', type: 'official' },
  'diplomatie.gouv.fr': { name: 'French Foreign Ministry', type: 'official' },
  'economy.gov.az': { name: 'Azerbaijan Ministry of Economy', type: 'official' },
  'elysee.fr': { name: 'Élysée (French presidency)', type: 'official' },
  'garabagh.net': { name: 'Garabagh.net (state information portal)', type: 'official' },
  'geneva.mfa.gov.az': { name: 'Azerbaijan’s Mission in Geneva', type: 'official' },
  'gomap.az': { name: 'GoMap.az (state mapping portal)', type: 'official' },
  'history.state.gov': { name: 'US Office of the Historian', type: 'official' },
  'indianembassybaku.gov.in': { name: 'Embassy of India in Baku', type: 'official' },
  'invest.gov.tm': { name: 'Invest.gov.tm (Turkmenistan government)', type: 'official' },
  'lib.aliyev-heritage.org': { name: 'Heydar Aliyev Heritage Library', type: 'official' },
  'lib.aliyevheritage.org': { name: 'Heydar Aliyev Heritage Library', type: 'official' },
  'london.mfa.gov.az': { name: 'Embassy of Azerbaijan in the UK', type: 'official' },
  'mfa.gov.az': { name: 'Azerbaijan MFA', type: 'official' },
  'mfa.gov.md': { name: 'Moldova MFA', type: 'official' },
  'mfa.gov.tr': { name: 'Türkiye MFA', type: 'official' },
  'mfa.gr': { name: 'Greek MFA', type: 'official' },
  'mfa.tj': { name: 'Tajikistan MFA', type: 'official' },
  'mi.government.bg': { name: 'Bulgarian Ministry of Energy', type: 'official' },
  'mid.ru': { name: 'Russian MFA', type: 'official' },
  'minenergy.gov.az': { name: 'Azerbaijan Ministry of Energy', type: 'official' },
  'mofa.go.jp': { name: 'Japan MFA', type: 'official' },
  'nato-pfp.mfa.gov.az': { name: 'Azerbaijan’s Mission to NATO', type: 'official' },
  'paris.mfa.gov.az': { name: 'Embassy of Azerbaijan in France', type: 'official' },
  'president.az': { name: 'President of Azerbaijan', type: 'official' },
  'republic.preslib.az': { name: 'Presidential Library of Azerbaijan', type: 'official' },
  'riyadh.mfa.gov.az': { name: 'Embassy of Azerbaijan in Saudi Arabia', type: 'official' },
  'rome.mfa.gov.az': { name: 'Embassy of Azerbaijan in Italy', type: 'official' },
  'seoul.mfa.gov.az': { name: 'Embassy of Azerbaijan in Korea', type: 'official' },
  'un.mfa.gov.az': { name: 'Azerbaijan’s Mission to the UN', type: 'official' },
  // Intergovernmental organisations.
  'coe.int': { name: 'Council of Europe', type: 'intergovernmental' },
  'eco.int': { name: 'Economic Cooperation Organization', type: 'intergovernmental' },
  'guam-organization.org': { name: 'GUAM', type: 'intergovernmental' },
  'osce.org': { name: 'OSCE', type: 'intergovernmental' },
  'pace.coe.int': { name: 'Parliamentary Assembly of the Council of Europe', type: 'intergovernmental' },
  'un.org': { name: 'United Nations', type: 'intergovernmental' },
  // Operators of the routes and energy companies.
  'ady.az': { name: 'Azerbaijan Railways', type: 'operator' },
  'bgenh.com': { name: 'Bulgarian Energy Holding', type: 'operator' },
  'bp.com': { name: 'bp', type: 'operator' },
  'sgc.az': { name: 'Southern Gas Corridor CJSC', type: 'operator' },
  'socar.az': { name: 'SOCAR', type: 'operator' },
  'socar.de': { name: 'SOCAR Deutschland', type: 'operator' },
  'tanap.com': { name: 'TANAP', type: 'operator' },
  'tap-ag.com': { name: 'TAP AG', type: 'operator' },
  // News agencies.
  'azertag.az': { name: 'AZERTAC', type: 'news agency' },
  'borsaitaliana.it': { name: 'Teleborsa (Borsa Italiana)', type: 'news agency' },
  'en.apa.az': { name: 'APA', type: 'news agency' },
  'en.inform.kz': { name: 'Kazinform', type: 'news agency' },
  'en.irna.ir': { name: 'IRNA', type: 'news agency' },
  'en.trend.az': { name: 'Trend', type: 'news agency' },
  'english.news.cn': { name: 'Xinhua', type: 'news agency' },
  'gna.org.gh': { name: 'Ghana News Agency', type: 'news agency' },
  'in.reuters.com': { name: 'Reuters', type: 'news agency' },
  'interfax.com': { name: 'Interfax', type: 'news agency' },
  'report.az': { name: 'Report.az', type: 'news agency' },
  'trend.az': { name: 'Trend', type: 'news agency' },
  'turan.az': { name: 'Turan', type: 'news agency' },
  'xebersaati.com': { name: 'Xeber Saati (Trend)', type: 'news agency' },
  // Newspapers, broadcasters and news sites.
  '1lurer.am': { name: 'Armenian Public Television', type: 'newspaper' },
  '1news.az': { name: '1news.az', type: 'newspaper' },
  '1tv.ge': { name: '1TV (Georgian Public Broadcaster)', type: 'newspaper' },
  'abc.az': { name: 'ABC.az', type: 'newspaper' },
  'agenda.ge': { name: 'Agenda.ge', type: 'newspaper' },
  'ajc.com': { name: 'The Atlanta Journal-Constitution', type: 'newspaper' },
  'al-monitor.com': { name: 'Al-Monitor', type: 'newspaper' },
  'aljazeera.com': { name: 'Al Jazeera', type: 'newspaper' },
  'anews.com.tr': { name: 'A News', type: 'newspaper' },
  'arabianbusiness.com': { name: 'Arabian Business', type: 'newspaper' },
  'asbarez.com': { name: 'Asbarez', type: 'newspaper' },
  'astanatimes.com': { name: 'The Astana Times', type: 'newspaper' },
  'azatutyun.am': { name: 'RFE/RL Armenian Service (Azatutyun)', type: 'newspaper' },
  'azernews.az': { name: 'AzerNews', type: 'newspaper' },
  'balkans.aljazeera.net': { name: 'Al Jazeera Balkans', type: 'newspaper' },
  'boursier.com': { name: 'Boursier.com', type: 'newspaper' },
  'budapestbeacon.com': { name: 'Budapest Beacon', type: 'newspaper' },
  'businesstime.ge': { name: 'BusinessTime.ge', type: 'newspaper' },
  'caliber.az': { name: 'Caliber.az', type: 'newspaper' },
  'caucasuswatch.de': { name: 'Caucasus Watch', type: 'newspaper' },
  'civil.ge': { name: 'Civil.ge', type: 'newspaper' },
  'compressortech2.com': { name: 'CompressorTech2', type: 'newspaper' },
  'cumhuriyyet.net': { name: 'Yeni Cumhuriyyət', type: 'newspaper' },
  'dailynewsegypt.com': { name: 'Daily News Egypt', type: 'newspaper' },
  'daryo.uz': { name: 'Daryo', type: 'newspaper' },
  'dawn.com': { name: 'Dawn', type: 'newspaper' },
  'ekathimerini.com': { name: 'Kathimerini', type: 'newspaper' },
  'emaratalyoum.com': { name: 'Emarat Al Youm', type: 'newspaper' },
  'en.armradio.am': { name: 'Public Radio of Armenia', type: 'newspaper' },
  'en.globes.co.il': { name: 'Globes', type: 'newspaper' },
  'en.orda.kz': { name: 'Orda.kz', type: 'newspaper' },
  'energia.gr': { name: 'Energia.gr', type: 'newspaper' },
  'english.alarabiya.net': { name: 'Al Arabiya', type: 'newspaper' },
  'euractiv.com': { name: 'Euractiv', type: 'newspaper' },
  'gcaptain.com': { name: 'gCaptain', type: 'newspaper' },
  'georgiatoday.ge': { name: 'Georgia Today', type: 'newspaper' },
  'haqqin.az': { name: 'Haqqin.az', type: 'newspaper' },
  'hindustantimes.com': { name: 'Hindustan Times', type: 'newspaper' },
  'hurriyet.com.tr': { name: 'Hürriyet', type: 'newspaper' },
  'hurriyetdailynews.com': { name: 'Hürriyet Daily News', type: 'newspaper' },
  'independent.co.uk': { name: 'The Independent', type: 'newspaper' },
  'interactive.guim.co.uk': { name: 'The Guardian', type: 'newspaper' },
  'iranintl.com': { name: 'Iran International', type: 'newspaper' },
  'jam-news.net': { name: 'JAMnews', type: 'newspaper' },
  'jpost.com': { name: 'The Jerusalem Post', type: 'newspaper' },
  'kant.kg': { name: 'Kant.kg', type: 'newspaper' },
  'kyivindependent.com': { name: 'Kyiv Independent', type: 'newspaper' },
  'kyivpost.com': { name: 'Kyiv Post', type: 'newspaper' },
  'livemint.com': { name: 'Mint', type: 'newspaper' },
  'localnews8.com': { name: 'Local News 8', type: 'newspaper' },
  'mediamax.am': { name: 'Mediamax', type: 'newspaper' },
  'messenger.com.ge': { name: 'The Messenger (Georgia)', type: 'newspaper' },
  'meydan.tv': { name: 'Meydan TV', type: 'newspaper' },
  'mirrorspectator.com': { name: 'Armenian Mirror-Spectator', type: 'newspaper' },
  'news.az': { name: 'News.az', type: 'newspaper' },
  'newsgeorgia.ge': { name: 'NewsGeorgia', type: 'newspaper' },
  'newtimes.az': { name: 'New Times (Baku)', type: 'newspaper' },
  'nineoclock.ro': { name: 'Nine O’Clock', type: 'newspaper' },
  'oc-media.org': { name: 'OC Media', type: 'newspaper' },
  'old.civil.ge': { name: 'Civil.ge', type: 'newspaper' },
  'pakistantoday.com.pk': { name: 'Pakistan Today', type: 'newspaper' },
  'panarmenian.net': { name: 'PanARMENIAN', type: 'newspaper' },
  'politico.eu': { name: 'Politico Europe', type: 'newspaper' },
  'raillynews.com': { name: 'RaillyNews', type: 'newspaper' },
  'railwaygazette.com': { name: 'Railway Gazette', type: 'newspaper' },
  'rferl.org': { name: 'RFE/RL', type: 'newspaper' },
  'sea-news.az': { name: 'Sea-News.az', type: 'newspaper' },
  'sia.az': { name: 'SIA', type: 'newspaper' },
  'spokesman.com': { name: 'The Spokesman-Review', type: 'newspaper' },
  'straitstimes.com': { name: 'The Straits Times', type: 'newspaper' },
  'tabula.ge': { name: 'Tabula', type: 'newspaper' },
  'tbsnews.net': { name: 'The Business Standard', type: 'newspaper' },
  'themoscowtimes.com': { name: 'The Moscow Times', type: 'newspaper' },
  'thestar.com': { name: 'Toronto Star', type: 'newspaper' },
  'today.az': { name: 'Today.az', type: 'newspaper' },
  'tribuneindia.com': { name: 'The Tribune (India)', type: 'newspaper' },
  'trtworld.com': { name: 'TRT World', type: 'newspaper' },
  'turanews.kz': { name: 'Turanews.kz', type: 'newspaper' },
  'vecher.kz': { name: 'Vecher.kz', type: 'newspaper' },
  // Research institutes and think tanks.
  'aircenter.az': { name: 'AIR Center', type: 'research' },
  'atlanticcouncil.org': { name: 'Atlantic Council', type: 'research' },
  'cacianalyst.org': { name: 'CACI Analyst', type: 'research' },
  'commonspace.eu': { name: 'LINKS Europe (commonspace.eu)', type: 'research' },
  'epc.eu': { name: 'European Policy Centre', type: 'research' },
  'europeangashub.com': { name: 'European Gas Hub', type: 'research' },
  'jamestown.org': { name: 'Jamestown Foundation', type: 'research' },
  'pax.peaceagreements.org': { name: 'PA-X Peace Agreements Database (University of Edinburgh)', type: 'research' },
  'ponarseurasia.org': { name: 'PONARS Eurasia', type: 'research' },
  'sipri.org': { name: 'SIPRI', type: 'research' },
  // Reference works and datasets; Wikipedia only for uncontested background (BRIEF.md).
  'allinnet.info': { name: 'Allinnet (resolution text)', type: 'reference' },
  'baltic-blacksea.com': { name: 'Baltic–Black Sea Forum', type: 'reference' },
  'egtre.info': { name: 'EGTRE', type: 'reference' },
  'en.wikipedia.org': { name: 'Wikipedia', type: 'reference' },
  'georgianencyclopedia.ge': { name: 'Georgian Encyclopedia', type: 'reference' },
  'github.com': { name: 'GitHub', type: 'reference' },
  'lawglobalhub.com': { name: 'LawGlobalHub (resolution text)', type: 'reference' },
  'ports.marinelink.com': { name: 'MarineLink ports directory', type: 'reference' },
  'relief.unboundmedicine.com': { name: 'CIA World Factbook (Unbound Medicine edition)', type: 'reference' },
  'xocali.net': { name: 'Xocali.net (resolution texts)', type: 'reference' },
};

/** The lower-case host name of a URL, without a leading `www.` (and any trailing dot); '' if it is not a URL. */
export function hostOf(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
  return host.replace(/\.$/, '').replace(/^www\./, '');
}

/** Who published the page at `url`, from the registry; undefined for an unregistered host. */
export function publisherOf(url: string): Publisher | undefined {
  const host = hostOf(url);
  return Object.hasOwn(PUBLISHERS, host) ? PUBLISHERS[host] : undefined;
}
