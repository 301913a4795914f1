// Events by place over country shapes (world-atlas, Natural Earth 1:110m), drawn with d3-geo
// as SVG. Markers are sized by the number of events at a place; selecting one lists them.
import { geoGraticule10, geoNaturalEarth1, geoPath } from "d3-geo";
import type { GeoPermissibleObjects } from "d3-geo";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { api, type MapFeature } from "../api";
import { loadAsset } from "../asset";
import { h, replace, s } from "../dom";
import { countryName, edtf, eventColour, label } from "../format";
import { filters, href, withParams, go, type Route } from "../route";
import { chip, empty, loading, type Live } from "../ui";

const WIDE: [number, number] = [960, 540];
const TALL: [number, number] = [600, 640];

interface Place {
  key: string;
  lon: number;
  lat: number;
  name: string;
  country: string | null;
  features: MapFeature[];
}

function groupByPlace(features: MapFeature[]): Place[] {
  const places = new Map<string, Place>();
  for (const f of features) {
    if (!f.geometry || f.geometry.type !== "Point") continue;
    const [lon, lat] = f.geometry.coordinates;
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    const key = `${lon.toFixed(2)},${lat.toFixed(2)}`;
    let p = places.get(key);
    if (!p) {
      p = { key, lon, lat, name: "", country: f.properties.country ?? null, features: [] };
      places.set(key, p);
    }
    if (!p.name && f.properties.place) p.name = f.properties.place;
    p.features.push(f);
  }
  for (const p of places.values()) if (!p.name) p.name = p.country ? countryName(p.country) : p.key;
  return [...places.values()].sort((a, b) => b.features.length - a.features.length);
}

function dominantType(p: Place): string {
  const counts = new Map<string, number>();
  for (const f of p.features) counts.set(f.properties.type ?? "", (counts.get(f.properties.type ?? "") ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
}

/** The region to show: the markers' bounding box with a margin, never narrower than ~25°. */
function focusArea(places: Place[]): GeoPermissibleObjects {
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  let [x0, x1, y0, y1] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const padX = Math.max(6, (x1 - x0) * 0.15);
  const padY = Math.max(4, (y1 - y0) * 0.15);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const halfW = Math.max(14, (x1 - x0) / 2 + padX);
  const halfH = Math.max(8, (y1 - y0) / 2 + padY);
  [x0, x1, y0, y1] = [cx - halfW, cx + halfW, Math.max(-85, cy - halfH), Math.min(85, cy + halfH)];
  return { type: "MultiPoint", coordinates: [[x0, y0], [x1, y1], [x0, y1], [x1, y0], [cx, cy]] };
}

export async function renderMap(el: HTMLElement, route: Route, live: Live): Promise<void> {
  replace(el, loading("Loading the map…"));
  const common = filters(route.params);
  const [world, fc] = await Promise.all([
    loadAsset<Topology>("countries-110m.json"),
    api<{ type: string; features: MapFeature[] }>("map", common),
  ]);
  if (!live()) return;
  const places = groupByPlace(fc.features ?? []);
  const total = places.reduce((n, p) => n + p.features.length, 0);
  const whole = route.params.get("extent") === "world" || !places.length;
  // A taller frame on narrow screens, so markers stay apart.
  const [W, H] = el.clientWidth && el.clientWidth < 640 ? TALL : WIDE;

  const projection = geoNaturalEarth1();
  if (whole) projection.fitExtent([[8, 8], [W - 8, H - 8]], { type: "Sphere" });
  else projection.fitExtent([[20, 20], [W - 20, H - 20]], focusArea(places));
  projection.clipExtent([[0, 0], [W, H]]);
  const path = geoPath(projection);

  const countries = world.objects.countries as GeometryCollection;
  const land = feature(world, countries);
  const borders = mesh(world, countries, (a, b) => a !== b);

  const svg = s(
    "svg",
    {
      class: "map",
      viewBox: `0 0 ${W} ${H}`,
      role: "group",
      "aria-label": `Map of ${total} events at ${places.length} places`,
      preserveAspectRatio: "xMidYMid meet",
    },
    s("rect", { class: "sea", x: 0, y: 0, width: W, height: H }),
  );
  const viewport = s(
    "g",
    { class: "viewport" },
    s("path", { class: "graticule", d: path(geoGraticule10()) ?? "" }),
    s(
      "g",
      { class: "countries" },
      land.features.map((f) =>
        s("path", { class: "land", d: path(f) ?? "" }, s("title", null, String((f.properties as { name?: string } | null)?.name ?? ""))),
      ),
    ),
    s("path", { class: "borders", d: path(borders) ?? "" }),
  );
  svg.appendChild(viewport);

  const max = Math.max(1, ...places.map((p) => p.features.length));
  const radius = (n: number): number => 4 + 14 * Math.sqrt(n / max);
  const markers = s("g", { class: "markers" });
  const detail = h("div", { class: "map-detail", id: "map-detail", "aria-live": "polite" });
  let selected: SVGElement | null = null;

  const show = (p: Place, g: SVGElement): void => {
    selected?.classList.remove("selected");
    selected = g;
    g.classList.add("selected");
    const list = h(
      "ul",
      { class: "plain map-events" },
      p.features.map((f) => {
        const pr = f.properties;
        const docParams = new URLSearchParams(common);
        if (typeof pr.event === "string") docParams.set("ev", pr.event);
        const docLink = pr.document ? h("a", { href: href("doc", docParams, String(pr.document)) }, String(pr.document)) : null;
        return h(
          "li",
          { class: "map-event", "data-event-type": pr.type ?? "" },
          chip(label(pr.type ?? "event"), `ev ev-${(pr.type ?? "").replace(/[^a-z_]/g, "")}`),
          " ",
          h("time", null, edtf(pr.date ?? null)),
          pr.incident ? [" · ", h("a", { href: href("incidents", { id: String(pr.incident) }) }, String(pr.incident))] : null,
          h("br"),
          docLink,
        );
      }),
    );
    replace(
      detail,
      h("h2", null, p.name, p.country ? h("span", { class: "muted" }, ` · ${countryName(p.country)}`) : null),
      h("p", { class: "muted small" }, `${p.features.length} event${p.features.length === 1 ? "" : "s"} · ${p.lat.toFixed(3)}, ${p.lon.toFixed(3)}`),
      list,
    );
    const params = new URLSearchParams(route.params);
    params.set("sel", p.key);
    history.replaceState(null, "", href("map", params));
  };

  // Biggest first, so small markers stay on top and clickable.
  const placed: { g: SVGElement; x: number; y: number }[] = [];
  for (const p of places) {
    const xy = projection([p.lon, p.lat]);
    if (!xy || xy[0] < 0 || xy[0] > W || xy[1] < 0 || xy[1] > H) continue;
    const n = p.features.length;
    const type = dominantType(p);
    const g = s(
      "g",
      {
        class: "marker",
        transform: `translate(${xy[0].toFixed(1)},${xy[1].toFixed(1)})`,
        tabindex: 0,
        role: "button",
        "aria-label": `${p.name}: ${n} event${n === 1 ? "" : "s"}`,
        "data-count": n,
        "data-place": p.name,
      },
      s("title", null, `${p.name}: ${n} event${n === 1 ? "" : "s"}`),
      s("circle", { r: radius(n).toFixed(1), fill: eventColour(type) }),
      n > 1 ? s("text", { class: "marker-count", dy: "0.35em" }, String(n)) : null,
    );
    g.addEventListener("click", () => show(p, g));
    g.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" || ev.key === " ") {
        ev.preventDefault();
        show(p, g);
      }
    });
    markers.appendChild(g);
    placed.push({ g, x: xy[0], y: xy[1] });
    if (route.params.get("sel") === p.key) queueMicrotask(() => show(p, g));
  }
  viewport.appendChild(markers);
  const zoom = zoomable(svg, viewport, W, H, (k) => {
    // Markers keep their size on screen while the map under them grows.
    for (const m of placed) m.g.setAttribute("transform", `translate(${m.x.toFixed(1)},${m.y.toFixed(1)}) scale(${(1 / k).toFixed(4)})`);
  });

  const types = [...new Set(places.flatMap((p) => p.features.map((f) => f.properties.type ?? "")))].filter(Boolean).sort();
  const toolbar = h(
    "div",
    { class: "toolbar" },
    h("h1", null, `${total} event${total === 1 ? "" : "s"} at ${places.length} place${places.length === 1 ? "" : "s"}`),
    h(
      "div",
      { class: "buttons" },
      h("button", {
        type: "button",
        "aria-pressed": String(!whole),
        onclick: () => go(href("map", withParams(route.params, { extent: null, sel: null }))),
      }, "Fit to events"),
      h("button", {
        type: "button",
        "aria-pressed": String(whole),
        onclick: () => go(href("map", withParams(route.params, { extent: "world", sel: null }))),
      }, "Whole world"),
      h("button", { type: "button", "aria-label": "Zoom in", title: "Zoom in (or scroll on the map)", onclick: () => zoom.by(1.6) }, "+"),
      h("button", { type: "button", "aria-label": "Zoom out", title: "Zoom out", onclick: () => zoom.by(1 / 1.6) }, "−"),
      h("button", { type: "button", title: "Reset zoom and position", onclick: () => zoom.reset() }, "Reset"),
    ),
  );
  const legend = h(
    "ul",
    { class: "plain type-legend", "aria-label": "Marker colour: most frequent event type at the place" },
    types.map((t) => h("li", null, h("span", { class: "swatch", "aria-hidden": "true", "data-colour": eventColour(t) }), label(t))),
  );
  replace(
    el,
    toolbar,
    places.length ? null : empty("No event with coordinates matches these filters."),
    h("div", { class: "map-layout" }, h("figure", { class: "map-figure" }, svg, legend), detail),
    h("p", { class: "muted small" }, "Coordinates come from the event's place, else the dateline place, else the country's centre. Country shapes: Natural Earth via world-atlas."),
  );
  for (const sw of el.querySelectorAll<HTMLElement>("[data-colour]")) sw.style.backgroundColor = sw.dataset.colour ?? "";
  if (!route.params.get("sel")) replace(detail, h("p", { class: "muted" }, "Select a marker to list its events."));
}

interface Zoom {
  by(factor: number): void;
  reset(): void;
}

/** Wheel and button zoom, drag to pan: a transform on `layer`, kept within the frame. */
function zoomable(svg: SVGElement, layer: SVGElement, W: number, H: number, onScale: (k: number) => void): Zoom {
  let k = 1;
  let tx = 0;
  let ty = 0;
  const apply = (): void => {
    k = Math.max(1, Math.min(24, k));
    tx = Math.min(0, Math.max(W - W * k, tx));
    ty = Math.min(0, Math.max(H - H * k, ty));
    layer.setAttribute("transform", `translate(${tx.toFixed(1)},${ty.toFixed(1)}) scale(${k.toFixed(4)})`);
    svg.classList.toggle("zoomed", k > 1);
    onScale(k);
  };
  const at = (factor: number, cx: number, cy: number): void => {
    const nk = Math.max(1, Math.min(24, k * factor));
    tx = cx - ((cx - tx) * nk) / k;
    ty = cy - ((cy - ty) * nk) / k;
    k = nk;
    apply();
  };
  const toSvg = (ev: MouseEvent): [number, number] => {
    const m = (svg as SVGGraphicsElement).getScreenCTM();
    if (!m) return [W / 2, H / 2];
    const pt = new DOMPoint(ev.clientX, ev.clientY).matrixTransform(m.inverse());
    return [pt.x, pt.y];
  };
  svg.addEventListener(
    "wheel",
    (ev) => {
      const e = ev as WheelEvent;
      if (!e.ctrlKey && !e.metaKey && k === 1 && e.deltaY > 0) return; // let the page scroll
      e.preventDefault();
      const [x, y] = toSvg(e);
      at(e.deltaY < 0 ? 1.25 : 0.8, x, y);
    },
    { passive: false },
  );
  let drag: { x: number; y: number; tx: number; ty: number; moved: boolean } | null = null;
  svg.addEventListener("pointerdown", (ev) => {
    const e = ev as PointerEvent;
    if (k === 1 || e.button !== 0) return;
    const [x, y] = toSvg(e);
    drag = { x, y, tx, ty, moved: false };
  });
  svg.addEventListener("pointermove", (ev) => {
    if (!drag) return;
    const [x, y] = toSvg(ev as PointerEvent);
    if (Math.abs(x - drag.x) + Math.abs(y - drag.y) > 3) drag.moved = true;
    tx = drag.tx + (x - drag.x);
    ty = drag.ty + (y - drag.y);
    apply();
  });
  const end = (): void => {
    drag = null;
  };
  svg.addEventListener("pointerup", end);
  svg.addEventListener("pointerleave", end);
  return {
    by: (factor) => at(factor, W / 2, H / 2),
    reset: () => {
      k = 1;
      tx = 0;
      ty = 0;
      apply();
    },
  };
}
