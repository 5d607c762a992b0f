/*
 * The few parts of d3-geo, topojson-client and world-atlas that kerjasama-map.ts uses, typed here rather than through
 * @types packages (one fewer set of npm packages to fetch and keep in step).
 */
declare module 'd3-geo' {
  export type Point = [number, number];

  export interface GeoProjection {
    (point: Point): Point | null;
    fitExtent(extent: [Point, Point], object: GeoJsonObject): this;
    fitWidth(width: number, object: GeoJsonObject): this;
    clipExtent(extent: [Point, Point] | null): this;
  }

  export interface GeoPath {
    (object: GeoJsonObject): string | null;
    bounds(object: GeoJsonObject): [Point, Point];
  }

  export interface GeoJsonObject {
    type: string;
    [key: string]: unknown;
  }

  export function geoNaturalEarth1(): GeoProjection;
  export function geoMercator(): GeoProjection;
  export function geoPath(projection?: GeoProjection | null): GeoPath;
  export function geoBounds(object: GeoJsonObject): [Point, Point];
}

declare module 'topojson-client' {
  export function feature(topology: unknown, object: unknown): { type: 'FeatureCollection'; features: any[] };
}

declare module 'world-atlas/countries-110m.json' {
  const topology: { objects: { countries: unknown } };
  export default topology;
}

declare module 'world-atlas/countries-50m.json' {
  const topology: { objects: { countries: unknown } };
  export default topology;
}
