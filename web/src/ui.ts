// Small shared pieces of interface: errors, loading notes, pagination, chips.
import { ApiError } from "./api";
import { h, type Child } from "./dom";
import { href, withParams, type Route } from "./route";

export type Live = () => boolean;

export function errorBox(err: unknown): HTMLElement {
  const msg = err instanceof ApiError ? `${err.message} (${err.code})` : String(err);
  return h("div", { class: "error", role: "alert" }, h("strong", null, "Could not load: "), msg);
}

export function loading(what = "Loading…"): HTMLElement {
  return h("p", { class: "loading", role: "status" }, what);
}

export function empty(what: string): HTMLElement {
  return h("p", { class: "empty" }, what);
}

/** Previous / numbered / next page links for a list of `total` items. */
export function pager(route: Route, total: number, size: number): HTMLElement | null {
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(pages, Math.max(1, Number(route.params.get("page") ?? "1") || 1));
  if (pages <= 1) return null;
  const link = (p: number, text: string, rel?: string): HTMLElement =>
    h(
      "a",
      {
        href: href(route.view, withParams(route.params, { page: p === 1 ? null : String(p) }), route.arg ?? undefined),
        class: p === page ? "page current" : "page",
        "aria-current": p === page ? "page" : null,
        "aria-label": rel ? `${text} page` : `Page ${p}`,
        rel: rel ?? null,
      },
      text,
    );
  const items: HTMLElement[] = [];
  if (page > 1) items.push(link(page - 1, "‹ Previous", "prev"));
  const shown = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 1 && p <= pages));
  let prev = 0;
  for (const p of [...shown].sort((a, b) => a - b)) {
    if (p - prev > 1) items.push(h("span", { class: "gap", "aria-hidden": "true" }, "…"));
    items.push(link(p, String(p)));
    prev = p;
  }
  if (page < pages) items.push(link(page + 1, "Next ›", "next"));
  return h("nav", { class: "pager", "aria-label": "Pagination" }, items);
}

export function currentPage(route: Route): number {
  return Math.max(1, Number(route.params.get("page") ?? "1") || 1);
}

/** A small labelled value (`lang: de`). */
export function chip(text: string, cls = "", link?: string, title?: string): HTMLElement {
  if (link) return h("a", { class: `chip ${cls}`, href: link, title: title ?? null }, text);
  return h("span", { class: `chip ${cls}`, title: title ?? null }, text);
}

/** A definition list from label/value pairs, skipping empty values. */
export function facts(rows: [string, unknown][]): HTMLElement {
  const dl = h("dl", { class: "facts" });
  for (const [k, v] of rows) {
    if (v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) continue;
    dl.appendChild(h("dt", null, k));
    const value = v instanceof Node ? v : Array.isArray(v) ? (v as Child[]) : String(v);
    dl.appendChild(h("dd", null, value));
  }
  return dl;
}
