// The dashboard shell: routing, the header, the facet panel and the active-filter bar.
import { api } from "./api";
import { h, replace } from "./dom";
import { errorBox, type Live } from "./ui";
import { renderFacets, renderActiveFilters } from "./facets";
import { filters, href, parse, withParams, go, type Route, type View } from "./route";
import { renderSearch } from "./views/search";
import { renderMap } from "./views/map";
import { renderTimeline } from "./views/timeline";
import { renderNetwork } from "./views/network";
import { renderIncidents } from "./views/incidents";
import { renderDocument } from "./views/document";

type Renderer = (el: HTMLElement, route: Route, live: Live) => Promise<void>;

const RENDERERS: Record<View, Renderer> = {
  search: renderSearch,
  map: renderMap,
  timeline: renderTimeline,
  network: renderNetwork,
  incidents: renderIncidents,
  doc: renderDocument,
};

const TITLES: Record<View, string> = {
  search: "Search",
  map: "Map",
  timeline: "Timeline",
  network: "Network",
  incidents: "Incidents",
  doc: "Document",
};

/** Views whose content the common filters narrow (they get the facet panel). */
const FILTERED: View[] = ["search", "map", "timeline", "network", "incidents"];

let generation = 0;
let lastView: View | null = null;

async function render(): Promise<void> {
  const route = parse();
  const gen = ++generation;
  const live: Live = () => gen === generation;
  const main = document.getElementById("main") as HTMLElement;
  const facets = document.getElementById("facets") as HTMLElement;
  const body = document.body;

  body.dataset.view = route.view;
  body.classList.remove("sheet-open");
  document.title = `${TITLES[route.view]}${route.arg ? " · " + route.arg : ""} · Kordon`;
  const common = filters(route.params);
  for (const a of document.querySelectorAll<HTMLAnchorElement>("nav.views a[data-view]")) {
    const v = a.dataset.view as View;
    a.href = href(v, common);
    if (v === route.view) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  const q = document.getElementById("q") as HTMLInputElement;
  if (document.activeElement !== q || lastView !== route.view) q.value = route.params.get("q") ?? "";

  const filtered = FILTERED.includes(route.view);
  body.classList.toggle("no-facets", !filtered);
  const content = h("div", { class: `view view-${route.view}` });
  if (filtered) {
    replace(main, renderActiveFilters(route), content);
    void renderFacets(facets, route, live);
  } else {
    replace(main, content);
    replace(facets);
  }
  if (lastView !== null && lastView !== route.view) main.focus({ preventScroll: true });
  if (lastView !== route.view) window.scrollTo(0, 0);
  lastView = route.view;
  try {
    await RENDERERS[route.view](content, route, live);
  } catch (err) {
    if (live()) replace(content, errorBox(err));
    console.error(err);
  }
}

async function health(): Promise<void> {
  const status = document.getElementById("status") as HTMLElement;
  try {
    const hl = await api<{ status: string; documents: number }>("health");
    status.textContent = `${hl.documents} documents`;
    status.classList.remove("down");
  } catch (err) {
    status.textContent = "server unreachable";
    status.classList.add("down");
    console.error(err);
  }
}

function init(): void {
  const form = document.getElementById("search-form") as HTMLFormElement;
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const route = parse();
    const q = (document.getElementById("q") as HTMLInputElement).value.trim();
    const view: View = FILTERED.includes(route.view) ? route.view : "search";
    const base = view === route.view ? route.params : filters(route.params);
    go(href(view, withParams(base, { q: q || null })));
  });
  const toggle = document.getElementById("facet-toggle") as HTMLButtonElement;
  toggle.addEventListener("click", () => {
    const open = document.body.classList.toggle("facets-open");
    toggle.setAttribute("aria-expanded", String(open));
    if (open) document.getElementById("facets")?.focus();
  });
  const skip = document.getElementById("skip") as HTMLButtonElement;
  skip.addEventListener("click", () => (document.getElementById("main") as HTMLElement).focus());
  document.getElementById("facets")?.setAttribute("tabindex", "-1");
  window.addEventListener("hashchange", () => void render());
  void health();
  void render();
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
else init();
