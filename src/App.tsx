import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { Boot } from './boot/boot';
import { COUNTRY_NAMES } from './data/country-names';
import type { RouteCore, SmallPlace } from './data/schema';
import { useDocumentState } from './lib/use-document-state';
import { useEscapeKey } from './lib/use-escape-key';
import { useLazyModule } from './lib/use-lazy-module';
import { BlocOutlineLayer } from './map/BlocOutlineLayer';
import { CameraSync } from './map/CameraSync';
import { CountriesLayer } from './map/CountriesLayer';
import { countryStyle } from './map/country-style';
import { controlsOpenAtStart } from './map/framing';
import { LabelsLayer } from './map/LabelsLayer';
import { LinksLayer } from './map/LinksLayer';
import { RoutesLayer } from './map/RoutesLayer';
import { SmallPlacesLayer } from './map/SmallPlacesLayer';
import { useFraming } from './map/use-framing';
import { WorldMap } from './map/WorldMap';
import { ViewOutputs } from './ViewOutputs';
import { mapSummary, selectionAnnouncement } from './panels/announcements';
import { AppHeader } from './panels/AppHeader';
import { DetailsAside } from './panels/DetailsAside';
import { ErrorBoundary } from './panels/ErrorBoundary';
import { GeometryAlert } from './panels/GeometryAlert';
import { LayerError } from './panels/LayerError';
import { MapControls } from './panels/MapControls';
import { PanelWarmup } from './panels/PanelWarmup';
import { Timeline } from './panels/Timeline';
import { useReturnFocus } from './panels/use-return-focus';
import { useSelectionPanel } from './panels/use-selection-panel';
import { useAfterFirstPaint } from './state/hooks/use-after-first-paint';
import { useEngaged } from './state/hooks/use-engaged';
import { useGeometry } from './state/hooks/use-geometry';
import { useHashState } from './state/hooks/use-hash-state';
import { useMapLabels } from './state/hooks/use-map-labels';
import { useViewActions } from './state/hooks/use-view-actions';
import { useViewModel } from './state/hooks/use-view-model';
import { buildSearchIndex } from './state/search-index';
import { selectionRef } from './state/selection';
import { shareLink } from './state/share-link';
import { stageNote } from './state/timeline';
import { layerSwitchState, type MapView, type ViewState } from './state/view-state';

const ListView = lazy(() => import('./panels/ListView'));

const layerError = (message: string, retry: () => void) => <LayerError message={message} onRetry={retry} />;

interface AppProps {
  boot: Boot;
  /** Called after the app has moved the address bar to another focus country (FocusRoot loads it). */
  onFocusChosen: () => void;
}

/** The app: everything start-up knew (the map, the focus country, the link, the geometry) comes in `boot`. */
export function App({ boot, onFocusChosen }: AppProps) {
  const { map, focus } = boot;
  const { dataset, index, catalog, countryName, knownCountry } = focus;
  const { title } = dataset;
  const routeById = useMemo(() => new Map<string, RouteCore>(dataset.routes.map((r) => [r.id, r])), [dataset]);
  const searchEntries = useMemo(() => buildSearchIndex(dataset, COUNTRY_NAMES), [dataset]);
  const { state, source, navigate } = useHashState(catalog, boot.initialHash);
  const geometry = useGeometry(boot.geometry);
  const [sharing, setSharing] = useState(false);
  const [listOpen, setListOpen] = useState(false);
  // An embedded map is small: its layers box starts folded too.
  const [controlsOpen, setControlsOpen] = useState(() => controlsOpenAtStart() && !state.embed);

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
  const summary = useMemo(() => mapSummary(dataset, state.year, shown, routeById), [dataset, routeById, state.year, shown]);
  const styleFor = useCallback((id: string) => countryStyle(roles(id)), [roles]);
  const engaged = useEngaged();
  // The first render is the header and the map; overlays and floating controls follow.
  const afterFirstPaint = useAfterFirstPaint();
  // The panels' code loads (and is warmed) on idle once the reader shows a sign of use, so that
  // it competes with neither the first view nor a reader who only looks.
  const { SelectionPanel, ready: panelReady, retryLoad } = useSelectionPanel(focus.loadDetails, engaged);
  // The timeline's events load with the reader's first sign of use (it says meanwhile that they are loading).
  const events = useLazyModule(focus.loadEvents, engaged || state.year !== null);

  const ready = geometry.status === 'ready' ? geometry.geometry : null;
  const panelOpen = resolved !== null;
  const framing = useFraming({ state, source, dataset, geometry: ready, panelOpen, controlsOpen });
  const { frameMapClicks } = framing;
  const actions = useViewActions({ navigate, geometry: ready, dataset, index, catalog, frameMapClicks, onFocusChosen });
  const { close, selectCountry, selectRoute, selectFromUi, chooseFocus } = actions;
  const { packs } = boot;
  const focusChoice = useMemo(() => ({ id: dataset.focus.id, packs, onChoose: chooseFocus }), [dataset, packs, chooseFocus]);
  const layerState = useCallback((id: string) => layerSwitchState(id, shown, catalog), [shown, catalog]);
  const layerNote = useCallback((id: string) => stageNote(stageOf(id), state.year), [stageOf, state.year]);
  const toggleList = useCallback(() => setListOpen((open) => !open), []);
  const share = useCallback(() => setSharing(true), []);
  const labelSmallPlace = useCallback((p: SmallPlace) => `${describeCountry(p.countryId)} · ${p.place.name}`, [describeCountry]);
  const onMove = useCallback((view: MapView) => navigate((s) => ({ ...s, map: view }), 'replace'), [navigate]);
  const viewLink = (s: ViewState, embed: boolean) => shareLink(s, embed, catalog, window.location);

  const selectedPartnerId = resolved?.type === 'partner' ? resolved.partner.id : null;
  const selectedRouteId = resolved?.type === 'route' ? resolved.route.id : null;
  const labels = useMapLabels(focus, state.year, roles, ready?.routes.features ?? null, selectedRouteId);
  const selectionKey = state.sel ? selectionRef(state.sel) : '';
  // One app-level Escape: it closes the selection even while the panel's code is still loading.
  useEscapeKey(() => {
    if (state.sel) close();
  });
  useReturnFocus(panelOpen);
  useDocumentState(`${title} — interactive map of partners, pipelines and railways`, state.embed);
  // The layers box folds to its button when a panel opens, so that the two leave the map room.
  useEffect(() => {
    if (panelOpen) setControlsOpen(false);
  }, [panelOpen]);

  const panelProps = { dataset, year: state.year, geometry: ready, countryName, onSelect: selectFromUi, onClose: close };
  const warmupPartner = dataset.partners[0];

  return (
    <div className={`app${state.embed ? ' embed' : ''}${panelOpen ? ' has-panel' : ''}`}>
      <ViewOutputs
        {...{ map, focus, state, resolved, shown, segments, routeById, engaged, sharing }}
        onCloseShare={() => setSharing(false)}
      />
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
            label={`Map of ${dataset.focus.name}’s partners and routes. Arrow keys pan, plus and minus zoom; the List button offers every item as a table.`}
            describedBy="map-summary"
          >
            <CameraSync
              view={state.map}
              fromUrl={source === 'url'}
              defaultViews={dataset.views}
              linkedFrame={framing.linkedFrame}
              fit={actions.fit}
              insets={framing.insets}
              onMove={onMove}
            />
            <ErrorBoundary what="the map layers" resetKey={selectionKey} fallback={layerError}>
              {geometry.status === 'ready' && (
                <CountriesLayer
                  countries={geometry.geometry.countries}
                  drawn={boot.drawnCountries}
                  styleFor={styleFor}
                  tooltipFor={describeCountry}
                  onSelect={selectCountry}
                />
              )}
              {afterFirstPaint && ready && <BlocOutlineLayer dataset={dataset} year={state.year} topology={ready.countryTopology} />}
              {afterFirstPaint && <LinksLayer dataset={dataset} year={state.year} selectedId={selectedPartnerId} />}
              {afterFirstPaint && <SmallPlacesLayer places={dataset.smallPlaces} labelFor={labelSmallPlace} onSelect={selectCountry} />}
            </ErrorBoundary>
            <ErrorBoundary what="the map's names" resetKey={selectionKey} fallback={layerError}>
              {afterFirstPaint && <LabelsLayer specs={labels.specs} dots={labels.dots} />}
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
              focusName={dataset.focus.name}
              asOf={dataset.asOf}
              compact={state.embed}
            />
          )}
        </section>
        {resolved && (
          <DetailsAside selectionKey={selectionKey} onClose={close} onRetryLoad={retryLoad}>
            <SelectionPanel resolved={resolved} {...panelProps} />
          </DetailsAside>
        )}
        {panelReady && warmupPartner && (
          <PanelWarmup>
            <SelectionPanel resolved={{ type: 'partner', partner: warmupPartner }} {...panelProps} />
          </PanelWarmup>
        )}
      </main>
      {/* After the map in the DOM, so that one Tab from the page start reaches the map; CSS puts it on top. */}
      {!state.embed && (
        <AppHeader
          title={title}
          tagline={dataset.tagline}
          focus={focusChoice}
          searchEntries={searchEntries}
          listOpen={listOpen}
          onSelect={selectFromUi}
          onToggleList={toggleList}
          onShare={share}
        />
      )}
      <div className="sr-only" aria-live="polite">
        {selectionAnnouncement(resolved, countryName)}
      </div>
    </div>
  );
}
