// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { PartnerPanel } from '../../../src/panels/PartnerPanel';
import { loadedPack } from '../data/packs';

const { dataset: azerbaijan, partners } = loadedPack('AZE');

afterEach(cleanup);

const turkiye = partners.find((p) => p.id === 'TUR')!;
const armenia = partners.find((p) => p.id === 'ARM')!;

function mountPanel(partner = turkiye, year: number | null = null) {
  const onSelect = vi.fn();
  const onClose = vi.fn();
  render(
    <PartnerPanel
      partner={partner}
      kinds={azerbaijan.kinds}
      focusName={azerbaijan.focus.name}
      year={year}
      organisations={azerbaijan.organisations.filter((o) => o.members.includes(partner.id))}
      routes={azerbaijan.routes.filter((r) => r.countries.includes(partner.id))}
      bloc={null}
      countryName={(id) => id}
      onSelect={onSelect}
      onClose={onClose}
    />,
  );
  return { onSelect, onClose };
}

/** Renders the panel, and waits for the part under its first screen, which follows a paint later. */
async function renderPanel(partner = turkiye, year: number | null = null) {
  const handlers = mountPanel(partner, year);
  await screen.findByRole('heading', { level: 3, name: 'How the relationship has been classed' });
  return handlers;
}

describe('PartnerPanel', () => {
  it('paints its top (kind, summary) at once and the lists under it after that paint', async () => {
    mountPanel();
    expect(screen.getByRole('region', { name: 'Kind of relationship' })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 3, name: 'How the relationship has been classed' })).toBeNull();
    expect(await screen.findByRole('heading', { level: 3, name: 'How the relationship has been classed' })).toBeTruthy();
  });

  it('shows the name as the heading, the kind with its definition, and the dimensions', async () => {
    await renderPanel();
    expect(screen.getByRole('heading', { level: 2, name: 'Türkiye' })).toBeTruthy();
    const kind = screen.getByRole('region', { name: 'Kind of relationship' });
    expect(kind.textContent).toContain('Alliance');
    expect(kind.textContent).toContain(azerbaijan.kinds.find((k) => k.id === 'alliance')!.definition);
    expect(within(screen.getByRole('list', { name: 'Dimensions' })).getAllByRole('listitem').length).toBe(turkiye.dimensions.length);
  });

  it('dates its facts and links every one to its source', async () => {
    await renderPanel();
    expect(document.querySelector('time[datetime="2021-06-15"]')).not.toBeNull();
    expect(screen.getAllByText(/Shusha Declaration/).length).toBeGreaterThan(0);
    const links = screen.getAllByRole('link');
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(link.getAttribute('rel')).toContain('noopener');
    }
    expect(screen.getByText(/Facts as of/).textContent).toMatch(/\d{4}/);
  });

  it('lists the routes through the country, each selectable', async () => {
    const { onSelect } = await renderPanel();
    fireEvent.click(screen.getByRole('button', { name: /Baku–Tbilisi–Ceyhan/ }));
    expect(onSelect).toHaveBeenCalledWith({ kind: 'route', id: 'btc' });
  });

  it('says when there are no diplomatic relations, and shows only the periods up to the chosen year', async () => {
    await renderPanel(armenia, 2021);
    expect(screen.getByText(/No diplomatic relations have been established yet/)).toBeTruthy();
    expect(screen.queryByText(/2023 – now/)).toBeNull();
    cleanup();
    await renderPanel(armenia, null);
    expect(screen.getByText(/2023 – now/)).toBeTruthy();
  });

  it('closes from its close button', async () => {
    const { onClose } = await renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Close Türkiye' }));
    expect(onClose).toHaveBeenCalled();
  });
});
