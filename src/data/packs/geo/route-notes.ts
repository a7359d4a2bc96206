import type { DatedFact, RouteId } from '../../schema';
import { fact, src } from '../../sourcing';

/**
 * What each route means to Georgia, shown in the route's panel under "For Georgia": its share
 * and its role (transit, terminal, customer). From the 2026 audit; loaded with the panels.
 */
export const routeNotes: Partial<Record<RouteId, DatedFact[]>> = {
  btc: [
    fact(
      '2005-10-12',
      'The Georgian section is opened at the first pumping station, in Gardabani, by the presidents of Georgia, Azerbaijan and Türkiye.',
      src('http://www.hurriyet.com.tr/sezer-attends-opening-of-baku-tblisi-ceyhan-pipeline-3375726'),
    ),
    fact(
      '2006',
      'Georgia is a transit country: 249 km of the line and two of its eight pump stations are on its territory.',
      src('https://bp.com/en_ge/georgia/home/who-we-are/btc.html'),
    ),
  ],
  scp: [
    fact(
      '2007-01-15',
      'The first Shah Deniz gas reaches Georgia through the pipeline.',
      src('https://jamestown.org/program/shah-deniz-gas-buttressing-georgia-azerbaijan-economically-and-politically/'),
    ),
    fact(
      '2016',
      'bp says the expansion of the line, part of a $2 billion project that is the largest foreign investment in Georgia, brings the country two new compressor stations.',
      src('https://www.agenda.ge/en/news/2016/1130'),
    ),
    fact(
      '2020-12-31',
      'With TAP in service, gas that crosses Georgia reaches Europe; Georgia itself is to take up to 500 million m³ a year at half the market price or less.',
      src('https://agenda.ge/en/news/2020/4080'),
    ),
  ],
  wrep: [
    fact(
      '1999-04-17',
      'The pipeline and its Black Sea terminal at Supsa go into operation; about 376 km of the line and three of its pump stations are in Georgia.',
      src('https://georgianencyclopedia.ge/en/form_eng/409'),
      {
        confidence: 'disputed',
        note: 'Figures differ by source: the Georgian Encyclopedia gives 376 km in Georgia and six pump stations in all, a bp brochure 377 km and five, and SOCAR 373.2 km; all put three pump stations in Georgia.',
      },
    ),
    fact(
      '2021-11-30',
      'The 1,000th tanker is loaded at Supsa, the terminal bp runs with the pipeline.',
      src(
        'https://www.bp.com/en_az/azerbaijan/home/news/press-releases/Baku-Supsa-loaded-1000-tanker-at-Supsa-terminal-on-the-Black-Sea.html',
      ),
    ),
  ],
  btk: [
    fact(
      '2015-01-28',
      'Georgia’s section of the line, financed with Azerbaijani loans worth $775 million, is presented at Kartsakhi on the Turkish border with a first test run.',
      src('https://messenger.com.ge/issues/3298_january_30_2015/3298_econ_two.html'),
    ),
  ],
  'middle-corridor': [
    fact(
      '2023-06-23',
      'Georgia’s prime minister says railway modernisation will soon double the network’s capacity and that building the Anaklia deep-sea port will start in the autumn, under a five-year roadmap for the corridor agreed with Kazakhstan and Azerbaijan.',
      src('https://agenda.ge/en/news/2023/2453'),
    ),
  ],
};
