/*
 * <kerjasama-map>: the partners on a map, drawn offline as one SVG. The countries come from world-atlas (Natural Earth,
 * public domain, as TopoJSON; ISC), imported through the bundler so that they are served from the app's own origin,
 * and are projected with d3-geo (ISC): Natural Earth for the world, Mercator fitted to Indonesia's extent for the
 * Indonesia view (the 1:50m countries, so that the islands keep their shape). No tile server, no outside request.
 *
 * The Flow component PartnerMap gives the texts as the `texts` property and the markers as an address to fetch them
 * from, the `src` attribute (a compact array per marker: id, name, latitude, longitude, kind index). Not sending the
 * markers through Flow's messages keeps them out of what the server holds for each open screen (its last response
 * and last push message). Attributes:
 *   src                          where the markers are (a new address whenever they change); fetched at once, a
 *                                newer address winning over an older one still loading
 *   view="world" | "indonesia"   which map
 *   inset                        the world with Indonesia in a box over the South Pacific (the presentation)
 *   labels                       the names of sister cities and technical partners always shown, placed clear of
 *                                each other, with a leader line where they had to move away from their dot
 *   large                        the presentation's sizes: 28 px text and larger markers
 *   fill                         take the element's height (otherwise the map's own proportions decide it)
 * Every marker with an id is a link: click, or Enter on a focused marker, dispatches `map-open` with the id. The
 * markers are one tab stop; the arrow keys move between them (thousands of tab stops would trap a keyboard user).
 * Names are stored text: they go into the page only as attribute values and text nodes, never as markup.
 *
 * Drawing is one pass: a circle per marker, no per-marker layout work (only the few labelled names are measured), so
 * that ten thousand partners draw in a frame or two. `data-drawn-ms` records performance.now() when the first
 * drawing with markers has been painted, `data-render-ms` how long the last drawing took before the browser painted
 * it, and `data-view-drawn` which view was last drawn with the markers (the benchmark and the browser tests read them).
 */
import { geoBounds, geoMercator, geoNaturalEarth1, geoPath } from 'd3-geo';
import type { GeoJsonObject, GeoProjection, Point } from 'd3-geo';
import { feature } from 'topojson-client';

type Kind = 'SISTER_CITY' | 'INSTITUTION' | 'ADOPTING_REGION' | 'REGIONAL' | 'OTHER';

/** id (null on a public screen), name (null where it may not be shown), latitude, longitude, index into kinds. */
type Marker = [number | null, string | null, number, number, number];

interface MarkerData {
  kinds: Kind[];
  markers: Marker[];
}

interface Texts {
  locale: string;
  label: string;
  hint: string;
  caption: string;
  home: string;
  inset: string;
  kinds: Record<Kind, string>;
}

/** A name to place beside its dot. */
interface Label {
  name: string;
  x: number;
  y: number;
  r: number;
  home?: boolean;
}

interface Placement {
  box: Box;
  ay: number;
  leader: [Point, Point] | null;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Drawing order: the many regional dots first, the few foreign partners on top. */
const BOTTOM_UP: Kind[] = ['OTHER', 'REGIONAL', 'ADOPTING_REGION', 'INSTITUTION', 'SISTER_CITY'];
const LEGEND_ORDER: Kind[] = ['SISTER_CITY', 'INSTITUTION', 'REGIONAL', 'ADOPTING_REGION', 'OTHER'];
const LABELLED = new Set<Kind>(['SISTER_CITY', 'INSTITUTION']);
const RADIUS: Record<Kind, number> = { SISTER_CITY: 6, INSTITUTION: 6, ADOPTING_REGION: 4.5, REGIONAL: 4.5, OTHER: 3.5 };
/** Bandung city hall, longitude first as d3 expects. */
const BANDUNG: Point = [107.6098, -6.9111];
/** Indonesia from Sabang to Merauke and from Miangas to Rote, with a little sea around. */
const INDONESIA: GeoJsonObject = { type: 'MultiPoint', coordinates: [[94.6, 6.6], [141.4, -11.4]] };
const INDONESIA_ID = '360';
const ANTARCTICA_ID = '010';
const SVG = 'http://www.w3.org/2000/svg';

type Feature = GeoJsonObject & { id?: string };

let coarse: Promise<Feature[]> | undefined;
let detailed: Promise<Feature[]> | undefined;

/** The world's countries at 1:110m, without Antarctica (no partner there, and it would take a fifth of the height). */
function worldCountries(): Promise<Feature[]> {
  coarse ??= import('world-atlas/countries-110m.json').then((module) =>
    (feature(module.default, module.default.objects.countries).features as Feature[]).filter((one) => one.id !== ANTARCTICA_ID));
  return coarse;
}

/** The countries at 1:50m whose bounds reach into Indonesia's extent: Indonesia and its neighbours. */
function indonesiaCountries(): Promise<Feature[]> {
  detailed ??= import('world-atlas/countries-50m.json').then((module) =>
    (feature(module.default, module.default.objects.countries).features as Feature[]).filter((one) => {
      const [[west, south], [east, north]] = geoBounds(one);
      const crossesAntimeridian = west > east;
      return north >= -11.4 && south <= 6.6 && (crossesAntimeridian || (east >= 94.6 && west <= 141.4));
    }));
  return detailed;
}

const STYLE = `
  :host {
    display: block;
    position: relative;
    --map-sea: #eef4fa;
    --map-land: #dbe3ec;
    --map-home-land: #c9d6e4;
    --map-border: #ffffff;
    --map-frame: #94a3b8;
    --map-text: #1e293b;
    --map-muted: #475569;
    --map-halo: rgba(255, 255, 255, 0.9);
    --map-home: #0f172a;
    --map-home-ring: #f4a72c;
    --map-marker-stroke: #ffffff;
    --map-focus: #0b57d0;
    --map-sister-city: #c2410c;
    --map-institution: #7c3aed;
    --map-regional: #1565a3;
    --map-adopting-region: #15803d;
    --map-other: #64748b;
    --map-font-size: 12px;
    font-size: var(--map-font-size);
    color: var(--map-text);
  }
  :host([fill]) figure { height: 100%; }
  figure { margin: 0; display: flex; flex-direction: column; gap: 0.4em; }
  .stage { position: relative; min-height: 0; }
  :host([fill]) .stage { flex: 1 1 0; }
  svg { display: block; width: 100%; overflow: hidden; }
  :host([fill]) svg { height: 100%; }
  .sea { fill: var(--map-sea); }
  .land path { fill: var(--map-land); stroke: var(--map-border); stroke-width: 0.5; }
  .land path.home { fill: var(--map-home-land); }
  .inset-frame { fill: var(--map-sea); stroke: var(--map-frame); stroke-width: 1.5; }
  .inset-title { fill: var(--map-muted); font-weight: 600; }
  .markers circle { stroke: var(--map-marker-stroke); stroke-width: 0.75; cursor: pointer; }
  .markers circle:not([role]) { cursor: default; }
  .markers circle:hover, .markers circle:focus { stroke: var(--map-text); stroke-width: 2; outline: none; }
  .markers circle:focus-visible { stroke: var(--map-focus); stroke-width: 3; }
  .k-SISTER_CITY { fill: var(--map-sister-city); }
  .k-INSTITUTION { fill: var(--map-institution); }
  .k-ADOPTING_REGION { fill: var(--map-adopting-region); }
  .k-REGIONAL { fill: var(--map-regional); }
  .k-OTHER { fill: var(--map-other); }
  .home circle.ring { fill: none; stroke: var(--map-home-ring); stroke-width: 2.5; }
  .home circle.dot { fill: var(--map-home); }
  .labels text, .home text { fill: var(--map-text); font-weight: 600; paint-order: stroke; stroke: var(--map-halo);
    stroke-width: 0.3em; stroke-linejoin: round; pointer-events: none; }
  .labels line { stroke: var(--map-muted); stroke-width: 1; }
  :host([large]) .labels line { stroke-width: 2; }
  figcaption { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 0.3em 1em; }
  ul { display: flex; flex-wrap: wrap; gap: 0.2em 1.2em; margin: 0; padding: 0; list-style: none; }
  li { display: inline-flex; align-items: center; gap: 0.4em; white-space: nowrap; }
  .swatch { width: 0.8em; height: 0.8em; border-radius: 50%; border: 1px solid var(--map-marker-stroke); }
  .swatch.home { box-sizing: border-box; background: var(--map-home); border: 0.2em solid var(--map-home-ring); }
  .count { font-weight: 700; font-variant-numeric: tabular-nums; }
  .source { color: var(--map-muted); font-size: 0.85em; }
  .tooltip { position: absolute; z-index: 1; pointer-events: none; padding: 0.25em 0.6em; border-radius: 4px;
    background: var(--map-text); color: var(--map-sea); font-weight: 600; white-space: nowrap;
    transform: translate(-50%, calc(-100% - 10px)); }
  .tooltip[hidden] { display: none; }
`;

class KerjasamaMap extends HTMLElement {
  static get observedAttributes() {
    return ['view', 'inset', 'labels', 'large', 'src'];
  }

  private readonly root: ShadowRoot;
  private readonly svg: SVGSVGElement;
  private readonly legend: HTMLUListElement;
  private readonly source: HTMLSpanElement;
  private readonly tooltip: HTMLDivElement;
  private data: MarkerData = { kinds: [], markers: [] };
  /** Whether markers have arrived: until then the countries are drawn alone and the map does not report drawn. */
  private received = false;
  private textValues?: Texts;
  private drawn = false;
  private drawing = 0;
  private loading = 0;
  private sizeObserver?: ResizeObserver;
  private lastSize = '';
  /** The markers drawn, in drawing order, with the index of the marker each circle stands for. */
  private circles: SVGCircleElement[] = [];
  private focusIndex = -1;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    const figure = document.createElement('figure');
    const stage = document.createElement('div');
    stage.className = 'stage';
    this.svg = document.createElementNS(SVG, 'svg');
    this.tooltip = document.createElement('div');
    this.tooltip.className = 'tooltip';
    this.tooltip.hidden = true;
    this.tooltip.setAttribute('aria-hidden', 'true');
    stage.append(this.svg, this.tooltip);
    const caption = document.createElement('figcaption');
    this.legend = document.createElement('ul');
    this.source = document.createElement('span');
    this.source.className = 'source';
    caption.append(this.legend, this.source);
    figure.append(stage, caption);
    this.root.append(style, figure);

    this.svg.addEventListener('click', (event) => this.open(this.circleOf(event.target)));
    this.svg.addEventListener('keydown', (event) => this.key(event));
    this.svg.addEventListener('pointerover', (event) => this.showTooltip(this.circleOf(event.target)));
    this.svg.addEventListener('pointerout', () => this.hideTooltip());
    this.svg.addEventListener('focusin', (event) => this.showTooltip(this.circleOf(event.target)));
    this.svg.addEventListener('focusout', () => this.hideTooltip());
  }

  /**
   * Fetches the markers ({@link MarkerData}) from `src` and draws them; a newer address wins over an older one still
   * loading. A failed fetch is tried twice more, a second and then two seconds later.
   */
  private load() {
    const ticket = ++this.loading;
    const src = this.getAttribute('src');
    if (!src) {
      return;
    }
    const attempt = (tries: number) => {
      fetch(src, { credentials: 'same-origin', cache: 'no-store' })
        .then((response) => {
          if (!response.ok) {
            throw new Error(`HTTP ${response.status}`);
          }
          return response.json() as Promise<MarkerData>;
        })
        .then((data) => {
          if (ticket === this.loading) {
            this.data = data;
            this.received = true;
            this.draw();
          }
        })
        .catch((error) => {
          if (ticket !== this.loading) {
            return;
          }
          if (tries < 2) {
            setTimeout(() => attempt(tries + 1), 1000 * (tries + 1));
          } else {
            console.warn('kerjasama-map: the markers could not be loaded', error);
          }
        });
    };
    attempt(0);
  }

  set texts(value: string) {
    this.textValues = JSON.parse(value) as Texts;
    this.draw();
  }

  get texts(): string {
    return JSON.stringify(this.textValues ?? null);
  }

  connectedCallback() {
    // A value set before this element was defined sits on the instance; move it through the setter.
    if (Object.prototype.hasOwnProperty.call(this, 'texts')) {
      const value = (this as any).texts;
      delete (this as any).texts;
      this.texts = value;
    }
    this.sizeObserver = new ResizeObserver(() => {
      const size = `${this.stage().clientWidth}x${this.hasAttribute('fill') ? this.stage().clientHeight : 0}`;
      if (size !== this.lastSize) {
        this.draw();
      }
    });
    this.sizeObserver.observe(this);
    this.draw();
  }

  disconnectedCallback() {
    this.sizeObserver?.disconnect();
  }

  attributeChangedCallback(name: string) {
    if (name === 'src') {
      this.load();
    } else {
      this.draw();
    }
  }

  private stage(): HTMLElement {
    return this.svg.parentElement as HTMLElement;
  }

  /** Draws once the countries have loaded; a newer call wins over an older one still waiting for them. */
  private draw() {
    if (!this.isConnected || !this.textValues) {
      return;
    }
    const ticket = ++this.drawing;
    const view = this.getAttribute('view') === 'indonesia' ? 'indonesia' : 'world';
    const inset = view === 'world' && this.hasAttribute('inset');
    Promise.all([
      view === 'world' ? worldCountries() : indonesiaCountries(),
      inset ? indonesiaCountries() : Promise.resolve([]),
    ]).then(([countries, insetCountries]) => {
      if (ticket === this.drawing && this.isConnected) {
        this.render(view, countries, inset ? insetCountries : null);
      }
    });
  }

  private render(view: 'world' | 'indonesia', countries: Feature[], insetCountries: Feature[] | null) {
    const started = performance.now();
    const texts = this.textValues as Texts;
    const large = this.hasAttribute('large');
    const fontSize = parseFloat(getComputedStyle(this).fontSize) || 12;
    const width = Math.max(240, this.stage().clientWidth);
    const all: GeoJsonObject = { type: 'FeatureCollection', features: countries };
    const projection: GeoProjection = view === 'world' ? geoNaturalEarth1() : geoMercator();
    const frame: GeoJsonObject = view === 'world' ? all : INDONESIA;
    const aspect = KerjasamaMap.aspect(projection, frame);
    const pad = Math.round(fontSize * 0.5);
    let height = Math.round((width - 2 * pad) * aspect + 2 * pad);
    if (this.hasAttribute('fill')) {
      height = Math.max(160, this.stage().clientHeight);
    }
    this.lastSize = `${this.stage().clientWidth}x${this.hasAttribute('fill') ? this.stage().clientHeight : 0}`;
    projection.fitExtent([[pad, pad], [width - pad, height - pad]], frame);
    const bounds: Box = view === 'world' ? KerjasamaMap.box(geoPath(projection).bounds(all)) : { x0: 0, y0: 0, x1: width, y1: height };
    if (view === 'indonesia') {
      projection.clipExtent([[0, 0], [width, height]]);
    }

    const svg = this.svg;
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.setAttribute('height', String(height));
    svg.setAttribute('role', 'group');
    svg.setAttribute('aria-label', texts.label);
    svg.setAttribute('aria-description', texts.hint);
    svg.replaceChildren();

    const seaAndLand = this.land(projection, countries, view === 'world' ? null : { x0: 0, y0: 0, x1: width, y1: height });
    svg.append(seaAndLand);

    // The inset: Indonesia over the South Pacific, at the world map's lower left.
    let insetProjection: GeoProjection | null = null;
    let insetBox: Box | null = null;
    if (insetCountries) {
      const insetWidth = (bounds.x1 - bounds.x0) * 0.3;
      const insetHeight = insetWidth * KerjasamaMap.aspect(geoMercator(), INDONESIA) + fontSize * 1.6;
      insetBox = { x0: bounds.x0, y0: bounds.y1 - insetHeight, x1: bounds.x0 + insetWidth, y1: bounds.y1 };
      insetProjection = geoMercator()
        .fitExtent([[insetBox.x0 + 4, insetBox.y0 + fontSize * 1.6], [insetBox.x1 - 4, insetBox.y1 - 4]], INDONESIA)
        .clipExtent([[insetBox.x0, insetBox.y0], [insetBox.x1, insetBox.y1]]);
      const frameRect = this.element('rect', { class: 'inset-frame', x: insetBox.x0, y: insetBox.y0,
        width: insetBox.x1 - insetBox.x0, height: insetBox.y1 - insetBox.y0, rx: 6 });
      const title = this.element('text', { class: 'inset-title', x: insetBox.x0 + fontSize * 0.5, y: insetBox.y0 + fontSize * 1.2 });
      title.textContent = texts.inset;
      svg.append(frameRect, this.land(insetProjection, insetCountries, null), title);
    }

    // Markers: one pass, bucketed by kind so that the few foreign partners lie on top of the many regional dots.
    const many = this.data.markers.length > 2000;
    const scale = (large ? 1.5 : 1) * (many ? 0.6 : 1);
    const buckets: number[][] = this.data.kinds.map(() => []);
    this.data.markers.forEach((marker, index) => buckets[marker[4]]?.push(index));
    const order: number[] = [];
    BOTTOM_UP.forEach((kind) => {
      const at = this.data.kinds.indexOf(kind);
      if (at >= 0) {
        order.push(...buckets[at]);
      }
    });
    const group = this.element('g', { class: 'markers' });
    const fragment = document.createDocumentFragment();
    const circles: SVGCircleElement[] = [];
    const labelled: Label[] = [];
    const limit: Box = { x0: 0, y0: 0, x1: width, y1: height };
    const place = (index: number, target: GeoProjection, area: Box, skipInside: Box | null) => {
      const [id, name, lat, lon, kindIndex] = this.data.markers[index];
      const point = target([lon, lat]);
      if (!point || point[0] < area.x0 || point[0] > area.x1 || point[1] < area.y0 || point[1] > area.y1) {
        return;
      }
      if (skipInside && point[0] >= skipInside.x0 && point[0] <= skipInside.x1 && point[1] >= skipInside.y0 && point[1] <= skipInside.y1) {
        return; // under the inset, which shows it larger
      }
      const kind = this.data.kinds[kindIndex];
      const r = RADIUS[kind] * scale;
      const circle = document.createElementNS(SVG, 'circle');
      circle.setAttribute('cx', point[0].toFixed(1));
      circle.setAttribute('cy', point[1].toFixed(1));
      circle.setAttribute('r', r.toFixed(1));
      circle.setAttribute('class', 'k-' + kind);
      circle.dataset.i = String(index);
      if (id !== null) {
        circle.setAttribute('role', 'link');
        circle.setAttribute('tabindex', '-1');
        circle.setAttribute('aria-label', name ?? '');
      } else {
        circle.setAttribute('aria-hidden', 'true');
      }
      fragment.append(circle);
      circles.push(circle);
      if (name && LABELLED.has(kind) && target === projection) {
        labelled.push({ name, x: point[0], y: point[1], r });
      }
    };
    order.forEach((index) => place(index, projection, limit, insetBox));
    if (insetProjection && insetBox) {
      order.forEach((index) => {
        if (this.data.kinds[this.data.markers[index][4]] !== 'SISTER_CITY' && this.data.kinds[this.data.markers[index][4]] !== 'INSTITUTION') {
          place(index, insetProjection as GeoProjection, insetBox as Box, null);
        }
      });
    }
    group.append(fragment);
    // Bandung below the markers, so that the regions around it stay visible and clickable.
    const home = this.home(projection, scale);
    const insetHome = insetProjection ? this.home(insetProjection, scale) : null;
    [home, insetHome].forEach((one) => one && svg.append(one.group));
    svg.append(group);

    const whole: Box = { x0: 0, y0: 0, x1: width, y1: height };
    const worldLabels: Label[] = this.hasAttribute('labels') ? labelled : [];
    if (home && (view === 'indonesia' || this.hasAttribute('labels'))) {
      worldLabels.unshift({ ...home.label, name: texts.home, home: true });
    }
    // Names keep clear of the other dots too, where they are few enough to check (a name over a dense cloud of
    // thousands of regional dots has nowhere better to go).
    const dotBoxes = circles.length <= 2000 && worldLabels.length > 0
      ? circles.map((circle) => {
        const [x, y, r] = ['cx', 'cy', 'r'].map((name) => Number(circle.getAttribute(name)));
        return { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
      }).filter((box) => box.x0 >= whole.x0 && box.x1 <= whole.x1)
      : [];
    svg.append(this.labels(worldLabels, fontSize, whole, insetBox ? [insetBox, ...dotBoxes] : dotBoxes));
    if (insetHome && insetBox) {
      const title: Box = { x0: insetBox.x0, y0: insetBox.y0, x1: insetBox.x0 + this.measure(texts.inset, fontSize) + fontSize,
        y1: insetBox.y0 + fontSize * 1.6 };
      svg.append(this.labels([{ ...insetHome.label, name: texts.home, home: true }], fontSize, insetBox, [title]));
    }

    // One tab stop for all markers; keep the marker that had the focus when the data changed.
    const focusedIndex = this.focusIndex >= 0 && this.circles[this.focusIndex] === this.root.activeElement
      ? Number(this.circles[this.focusIndex].dataset.i) : -1;
    this.circles = circles.slice().reverse().filter((circle) => circle.hasAttribute('role'));
    this.focusIndex = this.circles.length > 0 ? 0 : -1;
    if (focusedIndex >= 0) {
      const again = this.circles.findIndex((circle) => Number(circle.dataset.i) === focusedIndex);
      this.focusIndex = Math.max(0, again);
    }
    if (this.focusIndex >= 0) {
      this.circles[this.focusIndex].setAttribute('tabindex', '0');
      if (focusedIndex >= 0) {
        this.circles[this.focusIndex].focus();
      }
    }

    this.showLegend(texts);
    this.dataset.view = view;
    this.dataset.markers = String(circles.length);
    this.dataset.renderMs = String(Math.round(performance.now() - started));
    if (!this.received) {
      return;
    }
    const first = !this.drawn && this.data.markers.length > 0;
    this.drawn ||= first;
    // After the next frame has painted: the time a person sees the markers.
    requestAnimationFrame(() => setTimeout(() => {
      if (first) {
        this.dataset.drawnMs = String(Math.round(performance.now()));
      }
      this.dataset.viewDrawn = view;
      this.dispatchEvent(new CustomEvent('map-drawn'));
    }));
  }

  /** The sea (for a regional map; the world's land lies on the card) and the countries, Indonesia a shade darker. */
  private land(projection: GeoProjection, countries: Feature[], sea: Box | null): SVGGElement {
    const group = this.element('g', { class: 'land' });
    if (sea) {
      group.append(this.element('rect', { class: 'sea', x: sea.x0, y: sea.y0, width: sea.x1 - sea.x0, height: sea.y1 - sea.y0 }));
    }
    const path = geoPath(projection);
    countries.forEach((country) => {
      const d = path(country);
      if (d) {
        group.append(this.element('path', { d, class: country.id === INDONESIA_ID ? 'home' : '' }));
      }
    });
    return group;
  }

  /** Bandung itself: a ring around a dot; its name is placed with the other labels. */
  private home(projection: GeoProjection, scale: number): { group: SVGGElement; label: { x: number; y: number; r: number } } | null {
    const point = projection(BANDUNG);
    if (!point) {
      return null;
    }
    const r = 5 * scale;
    const group = this.element('g', { class: 'home', 'aria-hidden': 'true' });
    group.append(
      this.element('circle', { class: 'ring', cx: point[0], cy: point[1], r: r + 3 }),
      this.element('circle', { class: 'dot', cx: point[0], cy: point[1], r: r * 0.6 }));
    return { group, label: { x: point[0], y: point[1], r: r + 3 } };
  }

  /**
   * The names of the labelled markers, each placed greedily at the first of a few positions around its dot (nearer
   * first) where it stays in the frame and overlaps no name, leader line or labelled dot placed before, and where its
   * own leader line (drawn when it had to move away from its dot) crosses no name and no other leader; if every
   * position crosses something, the first that overlaps nothing. The most crowded dots choose first. Only these few
   * names are measured.
   */
  private labels(points: Label[], fontSize: number, frame: Box, obstacles: Box[]): SVGGElement {
    const group = this.element('g', { class: 'labels', 'aria-hidden': 'true' });
    const taken: Box[] = [];
    const lines: [Point, Point][] = [];
    const dots = points.map((p) => ({ x0: p.x - p.r, y0: p.y - p.r, x1: p.x + p.r, y1: p.y + p.r }));
    const crowd = (p: Label) => points.filter((q) => Math.hypot(q.x - p.x, q.y - p.y) < fontSize * 6).length;
    const sorted = points.map((p) => ({ ...p, crowd: p.home ? 1000 : crowd(p) })).sort((a, b) => b.crowd - a.crowd || a.x - b.x);
    const lineHeight = fontSize * 1.15;
    const angles = [0, 180, -35, 35, 145, -145, -90, 90, -60, 60, -120, 120];
    for (const point of sorted) {
      const width = this.measure(point.name, fontSize);
      let chosen: Placement | null = null;
      let fallback: Placement | null = null;
      for (const distance of [point.r + 4, fontSize * 1.6, fontSize * 3, fontSize * 4.5, fontSize * 6.5, fontSize * 9]) {
        for (const angle of angles) {
          const radians = (angle * Math.PI) / 180;
          const ax = point.x + distance * Math.cos(radians);
          const ay = point.y + distance * Math.sin(radians);
          const cos = Math.cos(radians);
          const x0 = Math.abs(cos) < 0.2 ? ax - width / 2 : cos > 0 ? ax : ax - width;
          const box = { x0: x0 - 2, y0: ay - lineHeight / 2, x1: x0 + width + 2, y1: ay + lineHeight / 2 };
          const inside = box.x0 >= frame.x0 && box.x1 <= frame.x1 && box.y0 >= frame.y0 && box.y1 <= frame.y1;
          if (!inside || taken.some((other) => KerjasamaMap.overlap(box, other))
              || obstacles.some((other) => KerjasamaMap.overlap(box, other))
              || dots.some((dot) => KerjasamaMap.overlap(box, dot))
              || lines.some(([a, b]) => KerjasamaMap.crosses(a, b, box))) {
            continue;
          }
          const leader = distance > point.r + 4 ? KerjasamaMap.leader(point, box) : null;
          const placement = { box, ay, leader };
          if (!leader || (!taken.some((other) => KerjasamaMap.crosses(leader[0], leader[1], other))
              && !lines.some(([a, b]) => KerjasamaMap.intersect(a, b, leader[0], leader[1])))) {
            chosen = placement;
            break;
          }
          fallback ??= placement;
        }
        if (chosen) {
          break;
        }
      }
      chosen ??= fallback;
      if (!chosen) {
        continue; // no room anywhere near: the dot keeps its accessible name and tooltip
      }
      taken.push(chosen.box);
      if (chosen.leader) {
        lines.push(chosen.leader);
        const [[x1, y1], [x2, y2]] = chosen.leader;
        group.append(this.element('line', { x1, y1, x2, y2 }));
      }
      const text = this.element('text', { x: chosen.box.x0 + 2, y: chosen.ay + fontSize * 0.35 });
      text.textContent = point.name;
      if (point.home) {
        text.setAttribute('class', 'home-label');
      }
      group.append(text);
    }
    return group;
  }

  /** From the dot's edge to the nearest point of its name's box. */
  private static leader(point: Label, box: Box): [Point, Point] {
    const tx = Math.max(box.x0, Math.min(point.x, box.x1));
    const ty = Math.max(box.y0, Math.min(point.y, box.y1));
    const length = Math.hypot(tx - point.x, ty - point.y) || 1;
    return [[point.x + ((tx - point.x) * point.r) / length, point.y + ((ty - point.y) * point.r) / length], [tx, ty]];
  }

  /** Whether the segments a–b and c–d cross (sharing no end). */
  private static intersect(a: Point, b: Point, c: Point, d: Point): boolean {
    const side = (p: Point, q: Point, r: Point) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
    return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
  }

  /** Whether the segment a–b passes through the box (clipped against it, Liang–Barsky). */
  private static crosses(a: Point, b: Point, box: Box): boolean {
    let t0 = 0;
    let t1 = 1;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const edges: [number, number][] = [[-dx, a[0] - box.x0], [dx, box.x1 - a[0]], [-dy, a[1] - box.y0], [dy, box.y1 - a[1]]];
    for (const [p, q] of edges) {
      if (p === 0) {
        if (q < 0) {
          return false;
        }
      } else {
        const t = q / p;
        if (p < 0) {
          t0 = Math.max(t0, t);
        } else {
          t1 = Math.min(t1, t);
        }
        if (t0 > t1) {
          return false;
        }
      }
    }
    // Touching the box's edge where the line ends (its own name) is not crossing it.
    return t1 - t0 > 1e-6 && !(t0 > 0.999);
  }

  private showLegend(texts: Texts) {
    const counts = new Map<Kind, number>();
    this.data.markers.forEach((marker) => {
      const kind = this.data.kinds[marker[4]];
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    });
    const numbers = new Intl.NumberFormat(texts.locale);
    const items = LEGEND_ORDER.filter((kind) => kind !== 'OTHER' || counts.has(kind)).map((kind) => {
      const item = document.createElement('li');
      item.className = 'legend-' + kind;
      const swatch = document.createElement('span');
      swatch.className = 'swatch k-' + kind;
      swatch.style.background = `var(--map-${kind.toLowerCase().replace('_', '-')})`;
      const label = document.createElement('span');
      label.textContent = texts.kinds[kind];
      const count = document.createElement('span');
      count.className = 'count';
      count.textContent = numbers.format(counts.get(kind) ?? 0);
      item.append(swatch, label, count);
      return item;
    });
    const home = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'swatch home';
    const label = document.createElement('span');
    label.textContent = texts.home;
    home.append(swatch, label);
    this.legend.replaceChildren(...items, home);
    this.source.textContent = texts.caption;
  }

  private circleOf(target: EventTarget | null): SVGCircleElement | null {
    return target instanceof SVGCircleElement && target.closest('.markers') ? target : null;
  }

  private open(circle: SVGCircleElement | null) {
    const id = circle ? this.data.markers[Number(circle.dataset.i)]?.[0] : null;
    if (id !== null && id !== undefined) {
      this.dispatchEvent(new CustomEvent('map-open', { detail: { id } }));
    }
  }

  private key(event: KeyboardEvent) {
    const circle = this.circleOf(event.target);
    if (!circle || this.circles.length === 0) {
      return;
    }
    let next = this.focusIndex;
    switch (event.key) {
      case 'Enter':
        event.preventDefault();
        this.open(circle);
        return;
      case 'ArrowRight':
      case 'ArrowDown':
        next = (this.focusIndex + 1) % this.circles.length;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = (this.focusIndex - 1 + this.circles.length) % this.circles.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = this.circles.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.circles[this.focusIndex]?.setAttribute('tabindex', '-1');
    this.focusIndex = next;
    this.circles[next].setAttribute('tabindex', '0');
    this.circles[next].focus();
  }

  private showTooltip(circle: SVGCircleElement | null) {
    const marker = circle ? this.data.markers[Number(circle.dataset.i)] : null;
    if (!circle || !marker || !marker[1] || !this.textValues) {
      this.hideTooltip();
      return;
    }
    const index = this.circles.indexOf(circle);
    if (index >= 0 && index !== this.focusIndex) {
      // Where a pointer went, the keyboard goes on from.
      this.circles[this.focusIndex]?.setAttribute('tabindex', '-1');
      this.focusIndex = index;
      circle.setAttribute('tabindex', '0');
    }
    const scale = this.svg.clientWidth / (this.svg.viewBox.baseVal.width || 1);
    this.tooltip.textContent = `${marker[1]} · ${this.textValues.kinds[this.data.kinds[marker[4]]]}`;
    this.tooltip.style.left = `${Number(circle.getAttribute('cx')) * scale}px`;
    this.tooltip.style.top = `${Number(circle.getAttribute('cy')) * scale}px`;
    this.tooltip.hidden = false;
  }

  private hideTooltip() {
    this.tooltip.hidden = true;
  }

  private measure(text: string, fontSize: number): number {
    KerjasamaMap.canvas ??= document.createElement('canvas').getContext('2d');
    const context = KerjasamaMap.canvas;
    if (!context) {
      return text.length * fontSize * 0.6;
    }
    context.font = `600 ${fontSize}px ${getComputedStyle(this).fontFamily}`;
    return context.measureText(text).width;
  }

  private static canvas: CanvasRenderingContext2D | null | undefined;

  private element<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
    const element = document.createElementNS(SVG, tag);
    Object.entries(attributes).forEach(([name, value]) => {
      if (value !== '') {
        element.setAttribute(name, typeof value === 'number' ? value.toFixed(1) : value);
      }
    });
    return element;
  }

  /** Height over width of {@code object} in {@code projection}. */
  private static aspect(projection: GeoProjection, object: GeoJsonObject): number {
    const [[x0, y0], [x1, y1]] = geoPath(projection.fitWidth(1000, object)).bounds(object);
    return (y1 - y0) / (x1 - x0);
  }

  private static box([[x0, y0], [x1, y1]]: [Point, Point]): Box {
    return { x0, y0, x1, y1 };
  }

  private static overlap(a: Box, b: Box): boolean {
    return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  }
}

customElements.define('kerjasama-map', KerjasamaMap);
