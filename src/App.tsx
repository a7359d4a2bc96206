import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import { COUNTRY_NAMES } from './data/country-names';
import type { RouteCore, SmallPlace } from './data/schema';
import { useViewModel } from './state/use-view-model';
import { catalog, countryName, dataset, index, knownCountry } from './state/focus';
import { buildSearchIndex } from './state/search-index';
import { stageNote } from './state/timeline';
import { useGeometry } from './state/use-geometry';
import { useAfterFirstPaint } from './state/use-after-first-paint';
import { useEngaged } from './state/use-engaged';
import { useLazyModule } from './state/use-lazy-module';
import { useHashState } from './state/use-hash-state';
import { useViewActions } from './state/use-view-actions';
import { shareLink } from './state/share-link';
import { layerSwitchState, type MapView, type ViewState } from './state/view-state';
import { CameraSync } from './map/CameraSync';
import { CountriesLayer } from './map/CountriesLayer';
import { LinksLayer } from './map/LinksLayer';
import { RoutesLayer } from './map/RoutesLayer';
import { SmallPlacesLayer } from './map/SmallPlacesLayer';
import { countryStyle } from './map/styles';
import { WorldMap } from './map/WorldMap';
import { CONTROLS_WIDTH_PX, controlsOpenAtStart } from './map/base-map';
import { AppHeader } from './panels/AppHeader';
import { ErrorBoundary } from './panels/ErrorBoundary';
import { LayerError } from './panels/LayerError';
import { DetailsAside } from './panels/DetailsAside';
import { MapControls } from './panels/MapControls';
import { Timeline } from './panels/Timeline';
import { useSelectionPanel } from './panels/use-selection-panel';
import { useReturnFocus } from './panels/use-return-focus';
import { GeometryAlert } from './panels/GeometryAlert';
import { mapSummary, selectionAnnouncement } from './panels/announcements';

const routeById = new Map<string, RouteCore>(dataset.routes.map((r) => [r.id, r]));
// Below this width the layers box folds when a panel opens, so that the panel and the box do
// not leave the map a sliver.
const ROOM_FOR_PANEL_AND_CONTROLS = 1400;
const searchEntries = buildSearchIndex(dataset, COUNTRY_NAMES);
const ShareDialog = lazy(() => import('./panels/ShareDialog').then((m) => ({ default: m.ShareDialog })));
const ListView = lazy(() => import('./panels/ListView'));
const loadEvents = () => import('./data/azerbaijan/events');

const layerError = (message: string, retry: () => void) => <LayerError message={message} onRetry={retry} />;

const viewLink = (state: ViewState, embed: boolean) => shareLink(state, embed, catalog, window.location);

export function App({ map }: { map: LeafletMap }) {
  const { state, source, navigate } = useHashState(catalog);
  const geometry = useGeometry();
  const [sharing, setSharing] = useState(false);
  const [listOpen, setListOpen] = useState(false);
  const [sheetExpanded, setSheetExpanded] = useState(false);
  // An embedded map is small: its layers box starts folded too.
  const [controlsOpen, setControlsOpen] = useState(() => controlsOpenAtStart && !state.embed);

  const { resolved, roles, shown, stageOf, segments, describeCountry } = useViewModel({
    state,
    dataset,
    index,
    catalog,
    routeById,
    routeLines: geometry.status === 'ready' ? geometry.geometry.routes.features : null,
    countryName,
    knownCountry,
  });
  // Not on every map move: only when the year or the overlays change.
  const summary = useMemo(
    () =>
      mapSummary(
        dataset,
        state.year,
        shown.map((id) => routeById.get(id)?.name ?? id),
      ),
    [state.year, shown],
  );
  const styleFor = useCallback((id: string) => countryStyle(roles(id)), [roles]);
  const engaged = useEngaged();
  const { SelectionPanel, retryLoad } = useSelectionPanel(engaged);
  // The first render is the header and the map; overlays and floating controls follow.
  const afterFirstPaint = useAfterFirstPaint();
  const events = useLazyModule(loadEvents, engaged || state.year !== null)?.events ?? null;

  const actions = useViewActions({
    navigate,
    geometry: geometry.status === 'ready' ? geometry.geometry : null,
    dataset,
    index,
    catalog,
  });
  const { close, selectCountry, selectRoute, selectFromUi } = actions;
  const layerState = useCallback((id: string) => layerSwitchState(id, shown, catalog), [shown]);
  const layerNote = useCallback((id: string) => stageNote(stageOf(id), state.year), [stageOf, state.year]);
  const toggleList = useCallback(() => setListOpen((open) => !open), []);
  const share = useCallback(() => setSharing(true), []);
  const labelSmallPlace = useCallback((p: SmallPlace) => `${describeCountry(p.countryId)} · ${p.place.name}`, [describeCountry]);
  const onMove = useCallback((view: MapView) => navigate((s) => ({ ...s, map: view }), 'replace'), [navigate]);

  const selectedPartnerId = resolved?.type === 'partner' ? resolved.partner.id : null;
  const selectedRouteId = resolved?.type === 'route' ? resolved.route.id : null;
  const panelOpen = resolved !== null;
  const selectionKey = state.sel ? `${state.sel.kind}:${state.sel.id}` : '';
  useReturnFocus(panelOpen);
  useEffect(() => {
    if (panelOpen && window.innerWidth < ROOM_FOR_PANEL_AND_CONTROLS) setControlsOpen(false);
  }, [panelOpen]);
  // The header's height (app.css) follows embed mode, which a link opened later can change.
  useEffect(() => {
    document.documentElement.classList.toggle('embed', state.embed);
  }, [state.embed]);

  return (
    <div className={`app${state.embed ? ' embed' : ''}${panelOpen ? ' has-panel' : ''}`}>
      {sharing && (
        <Suspense fallback={null}>
          <ShareDialog link={viewLink(state, false)} embedLink={viewLink(state, true)} onClose={() => setSharing(false)} />
        </Suspense>
      )}
      <main className="app-main">
        <section className="map-area" aria-label="Map">
          <p className="sr-only" id="map-summary">
            {summary}
          </p>
          {geometry.status === 'error' && <GeometryAlert message={geometry.message} onRetry={geometry.retry} />}
          {geometry.status === 'loading' && (
            <p className="map-loading" role="status">
              Loading the map…
            </p>
          )}
          <WorldMap
            map={map}
            label="Map of Azerbaijan’s partners and routes. Arrow keys pan, plus and minus zoom; the List button offers every item as a table."
            describedBy="map-summary"
          >
            <CameraSync
              view={state.map}
              fromUrl={source === 'url'}
              fit={actions.fit}
              insetRight={controlsOpen ? CONTROLS_WIDTH_PX : 0}
              onMove={onMove}
            />
            <ErrorBoundary what="the map layers" resetKey={selectionKey} fallback={layerError}>
              {geometry.status === 'ready' && (
                <CountriesLayer
                  countries={geometry.geometry.countries}
                  styleFor={styleFor}
                  tooltipFor={describeCountry}
                  onSelect={selectCountry}
                />
              )}
              {afterFirstPaint && <LinksLayer dataset={dataset} year={state.year} selectedId={selectedPartnerId} />}
              {afterFirstPaint && <SmallPlacesLayer places={dataset.smallPlaces} labelFor={labelSmallPlace} onSelect={selectCountry} />}
            </ErrorBoundary>
            <ErrorBoundary what="the route overlays" resetKey={selectionKey} fallback={layerError}>
              {afterFirstPaint && (
                <RoutesLayer segments={segments} routes={routeById} selectedId={selectedRouteId} onSelect={selectRoute} />
              )}
            </ErrorBoundary>
          </WorldMap>
          {state.embed && (
            <a className="open-full" href={viewLink(state, false)} target="_blank" rel="noopener">
              Open the full map
            </a>
          )}
          {afterFirstPaint && !listOpen && (
            <Timeline
              year={state.year}
              firstYear={catalog.minYear}
              lastYear={catalog.maxYear}
              events={events}
              onYear={actions.setYear}
              onSelect={selectFromUi}
            />
          )}
          {listOpen && (
            <Suspense fallback={<p className="list-view">Loading the list…</p>}>
              <ListView dataset={dataset} year={state.year} selected={state.sel} onSelect={selectFromUi} />
            </Suspense>
          )}
          {afterFirstPaint && (
            <MapControls
              open={controlsOpen}
              onOpenChange={setControlsOpen}
              organisations={dataset.organisations}
              selectedOrganisation={resolved?.type === 'org' ? resolved.org.id : null}
              onChooseOrganisation={actions.chooseOrganisation}
              routes={dataset.routes}
              groups={dataset.routeGroups}
              layerState={layerState}
              layerNote={layerNote}
              onToggleLayer={actions.toggleLayer}
              kinds={dataset.kinds}
              compact={state.embed}
            />
          )}
        </section>
        {resolved && (
          <DetailsAside
            selectionKey={selectionKey}
            expanded={sheetExpanded}
            onExpandedChange={setSheetExpanded}
            onClose={close}
            onRetryLoad={retryLoad}
          >
            <SelectionPanel
              resolved={resolved}
              dataset={dataset}
              year={state.year}
              geometry={geometry.status === 'ready' ? geometry.geometry : null}
              countryName={countryName}
              onSelect={selectFromUi}
              onClose={close}
            />
          </DetailsAside>
        )}
      </main>
      {/* After the map in the DOM, so that one Tab from the page start reaches the map; CSS puts it on top. */}
      {!state.embed && (
        <AppHeader searchEntries={searchEntries} listOpen={listOpen} onSelect={selectFromUi} onToggleList={toggleList} onShare={share} />
      )}
      <div className="sr-only" aria-live="polite">
        {selectionAnnouncement(resolved, countryName)}
      </div>
    </div>
  );
}
