// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startBoot } from '../../src/boot/boot';
import type { PackEntry } from '../../src/data/packs/registry';
import { mountApp } from '../../src/mount-app';
import { tinyDataset } from './fixtures/tiny-dataset';

/**
 * A third focus country that exists only here: the tiny fixture pack (a focus country, two
 * partners, an organisation) goes through the real start-up and app, with no code of its own.
 */
const details = (summary: string) => ({ summary, summarySources: [], treaties: [], tensions: [], asOf: '2026-01-01' });
const tinyDetails = { partners: { BBB: details('Beta matters to Alpha.'), EU: details('The bloc next door.') }, routes: {}, evidence: {} };
const tinyPack: PackEntry = {
  id: 'AAA',
  name: 'Alpha',
  load: async () => ({ dataset: tinyDataset, loadDetails: async () => tinyDetails, loadEvents: async () => [] }),
};
const otherPack: PackEntry = { ...tinyPack, id: 'BBB', name: 'Beta' };

beforeEach(() => {
  // jsdom has no layout, media queries or network: what the app asks of them answers plainly.
  window.matchMedia = ((query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} })) as never;
  window.ResizeObserver = class {
    observe() {}
    disconnect() {}
  } as never;
  vi.stubGlobal('fetch', () => Promise.reject(new Error('offline in the test')));
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
/** What a test mounted, to be taken down before jsdom is: React's scheduler outlives the test otherwise. */
const mounted: { unmount: () => void }[] = [];

afterEach(async () => {
  await act(async () => {
    for (const m of mounted.splice(0)) m.unmount();
  });
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

async function mountTinyPack(hash = '') {
  window.location.hash = hash;
  const root = document.createElement('div');
  document.body.append(root);
  const boot = await startBoot(0, [tinyPack, otherPack]);
  const app = await act(async () => mountApp(root, boot));
  mounted.push({ unmount: () => app.unmount() }, { unmount: () => boot.map.remove() });
  return root;
}

describe('a pack with no code of its own', () => {
  it('renders its title, its switcher, its legend and its partners', async () => {
    await mountTinyPack();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Alpha’s foreign relations');
    expect(document.title).toContain('Alpha’s foreign relations');
    const switcher = screen.getByRole('combobox', { name: /^Foreign relations of/ }) as HTMLSelectElement;
    expect(switcher.value).toBe('AAA');
    expect(
      within(switcher)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Alpha', 'Beta']);
    expect(await screen.findByText('Relationship with Alpha')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'List' }));
    const list = await screen.findByRole('table', { name: /partners/i });
    expect(within(list).getByText('Beta')).toBeTruthy();
    expect(within(list).getByText('European Union')).toBeTruthy();
  });

  // The fixture's countries are made up, so the drawn countries (the real ones) don't include
  // them; its bloc is the pack's own.
  it('opens a partner from a link to it', async () => {
    await mountTinyPack('#sel=bloc:EU');
    expect(await screen.findByText('The bloc next door.', {}, { timeout: 3000 })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'European Union' })).toBeTruthy();
  });
});
