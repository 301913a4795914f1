// Hash routing: `#/<view>[/<arg>]?<params>`. Every filter lives in the URL, so any view can be
// shared, bookmarked and reloaded.

export const FILTERS = [
  "q",
  "lang",
  "country",
  "organization",
  "person",
  "entity",
  "threat",
  "type",
  "substance",
  "since",
  "until",
] as const;
export type Filter = (typeof FILTERS)[number];

export const VIEWS = ["search", "map", "timeline", "network", "incidents", "doc"] as const;
export type View = (typeof VIEWS)[number];

export interface Route {
  view: View;
  arg: string | null;
  params: URLSearchParams;
}

export function parse(hash: string = location.hash): Route {
  const raw = hash.replace(/^#\/?/, "");
  const qi = raw.indexOf("?");
  const path = qi >= 0 ? raw.slice(0, qi) : raw;
  const params = new URLSearchParams(qi >= 0 ? raw.slice(qi + 1) : "");
  const [first, ...rest] = path.split("/");
  const view = (VIEWS as readonly string[]).includes(first) ? (first as View) : "search";
  let arg: string | null = null;
  if (rest.length) {
    try {
      arg = decodeURIComponent(rest.join("/"));
    } catch {
      arg = rest.join("/");
    }
  }
  return { view, arg, params };
}

export function href(view: View, params?: URLSearchParams | Record<string, string>, arg?: string): string {
  const p = params instanceof URLSearchParams ? params : new URLSearchParams(params ?? {});
  // Drop empty values so URLs stay short.
  for (const [k, v] of [...p.entries()]) if (v === "") p.delete(k);
  const qs = p.toString();
  return `#/${view}${arg !== undefined ? "/" + encodeURIComponent(arg) : ""}${qs ? "?" + qs : ""}`;
}

/** The common filters of a route (no paging or view options). */
export function filters(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const k of FILTERS) {
    const v = params.get(k);
    if (v) out.set(k, v);
  }
  return out;
}

/** `params` with some keys set (or removed when the value is null/""); resets the page. */
export function withParams(params: URLSearchParams, changes: Record<string, string | null>): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === "") out.delete(k);
    else out.set(k, v);
  }
  if (!("page" in changes)) out.delete("page");
  return out;
}

export function go(url: string): void {
  if (location.hash === url) window.dispatchEvent(new HashChangeEvent("hashchange"));
  else location.hash = url;
}
