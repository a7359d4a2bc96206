import { describe, expect, it } from 'vitest';
import { mapSummary, selectionAnnouncement } from '../../../src/panels/announcements';
import { tinyDataset } from '../fixtures/tiny-dataset';

describe('what the screen reader hears', () => {
  it('the map summary counts partners by kind for the year, and names the routes shown', () => {
    expect(mapSummary(tinyDataset, null, ['btc'], new Map(tinyDataset.routes.map((r) => [r.id, r])))).toBe(
      'The map shows Alpha and its partners today: 1 strategic partnership, 1 cooperative. Routes shown: Alpha–Beta pipeline.',
    );
    expect(mapSummary(tinyDataset, 2000, [], new Map())).toBe(
      'The map shows Alpha and its partners in 2000: 2 cooperative. No routes shown.',
    );
  });

  it('a selection is announced by what it is', () => {
    const [beta] = tinyDataset.partners;
    const org = tinyDataset.organisations[0];
    const route = tinyDataset.routes[0];
    if (!beta || !org || !route) throw new Error('fixture incomplete');
    const name = (id: string) => `name of ${id}`;
    expect(selectionAnnouncement(null, name)).toBe('');
    expect(selectionAnnouncement({ type: 'partner', partner: beta }, name)).toBe('Selected Beta. Details panel opened.');
    expect(selectionAnnouncement({ type: 'country', id: 'EEE' }, name)).toBe('Selected name of EEE. Details panel opened.');
    expect(selectionAnnouncement({ type: 'route', route }, name)).toBe('Selected the Alpha–Beta pipeline. Details panel opened.');
    expect(selectionAnnouncement({ type: 'org', org }, name)).toBe(
      'Selected United Nations; its members are highlighted. Details panel opened.',
    );
  });
});
