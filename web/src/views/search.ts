// Search results: title, date, language, dateline, snippet with hits marked, chips, pagination.
import { api, type DocumentSummary, type Page } from "../api";
import { h, marked, replace } from "../dom";
import { countryName, edtf, label, languageName } from "../format";
import { filters, go, href, withParams, type Route } from "../route";
import { chip, currentPage, empty, loading, pager, type Live } from "../ui";

const SIZE = 20;

export async function renderSearch(el: HTMLElement, route: Route, live: Live): Promise<void> {
  replace(el, loading("Searching…"));
  const p = filters(route.params);
  const page = currentPage(route);
  const sort = route.params.get("sort") ?? (route.params.get("q") ? "relevance" : "published");
  p.set("page", String(page));
  p.set("size", String(SIZE));
  p.set("sort", sort === "relevance" && !route.params.get("q") ? "published" : sort);
  const body = await api<Page<DocumentSummary>>("documents", p);
  if (!live()) return;

  const sortSelect = h(
    "select",
    { id: "sort" },
    h("option", { value: "published" }, "Newest first"),
    h("option", { value: "-published" }, "Oldest first"),
    route.params.get("q") ? h("option", { value: "relevance" }, "Best match") : null,
  );
  sortSelect.value = p.get("sort") ?? "published";
  sortSelect.addEventListener("change", () => go(href("search", withParams(route.params, { sort: sortSelect.value }))));

  const first = (page - 1) * SIZE + 1;
  const last = Math.min(body.total, page * SIZE);
  const header = h(
    "div",
    { class: "list-head" },
    h(
      "h1",
      { class: "count", id: "results-title" },
      body.total === 0 ? "No documents" : `${body.total} document${body.total === 1 ? "" : "s"}`,
      body.total > SIZE ? h("span", { class: "muted" }, ` · ${first}–${last}`) : null,
    ),
    h("div", { class: "sort" }, h("label", { for: "sort" }, "Sort "), sortSelect),
  );

  if (!body.items.length) {
    replace(el, header, empty("Nothing matches these filters. Remove a filter or try fewer words."));
    return;
  }
  const common = filters(route.params);
  const list = h(
    "ol",
    { class: "results", "aria-labelledby": "results-title", start: first },
    body.items.map((d) => result(d, common, route)),
  );
  replace(el, header, list, pager(route, body.total, SIZE));
}

function result(d: DocumentSummary, common: URLSearchParams, route: Route): HTMLElement {
  const docHref = href("doc", common, d.name || d.id);
  const dl = d.dateline;
  const where = dl ? [dl.place, dl.agency].filter(Boolean).join(", ") : "";
  return h(
    "li",
    { class: "result", lang: d.lang ?? null },
    h("h2", { class: "title" }, h("a", { href: docHref }, d.title || d.name || d.id)),
    h(
      "p",
      { class: "meta" },
      h("time", { title: d.published ?? "" }, edtf(d.published)),
      " · ",
      h("span", { class: "lang", title: d.lang ?? "" }, languageName(d.lang)),
      where ? [" · ", h("span", { class: "dateline" }, where)] : null,
      " · ",
      h("span", { class: "name muted" }, d.name),
    ),
    d.snippet ? h("p", { class: "snippet" }, marked(d.snippet)) : null,
    h(
      "p",
      { class: "chips", lang: "en" },
      (d.event_types ?? []).map((t) =>
        chip(label(t), `ev ev-${t}`, href(route.view, withParams(route.params, { type: t })), `Filter: event type ${t}`),
      ),
      (d.threats ?? []).map((t) =>
        chip(label(t), "threat", href(route.view, withParams(route.params, { threat: t })), `Filter: threat ${t}`),
      ),
      (d.countries ?? []).map((c) =>
        chip(c, "country", href(route.view, withParams(route.params, { country: c })), `Filter: ${countryName(c)}`),
      ),
    ),
  );
}
