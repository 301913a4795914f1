// The facet panel (language, country, threat, event type, organisation, substance, dates) and
// the bar of active filters. Facet values are links, so every state is a URL.
import { api, itemsOf, type EntitySummary, type EventRecord, type Page, type Stats } from "./api";
import { h, replace } from "./dom";
import { countryName, label, languageName } from "./format";
import { FILTERS, filters, go, href, withParams, type Filter, type Route } from "./route";
import { errorBox, type Live } from "./ui";

const FILTER_LABELS: Record<Filter, string> = {
  q: "Text",
  lang: "Language",
  country: "Country",
  organization: "Organisation",
  person: "Person",
  entity: "Entity",
  threat: "Threat",
  type: "Event type",
  substance: "Substance",
  since: "From",
  until: "Until",
};

export function filterValueLabel(key: Filter, value: string): string {
  if (key === "country") return `${countryName(value)} (${value.toUpperCase()})`;
  if (key === "lang") return languageName(value);
  if (key === "threat" || key === "type" || key === "substance") return label(value);
  return value;
}

/** Removable chips for the filters in the URL. */
export function renderActiveFilters(route: Route): HTMLElement {
  const active = FILTERS.filter((k) => route.params.get(k));
  const bar = h("div", { class: "active-filters", "aria-label": "Active filters", role: "region" });
  if (!active.length) {
    bar.classList.add("none");
    bar.appendChild(h("span", { class: "muted" }, "No filters: showing everything."));
    return bar;
  }
  for (const key of active) {
    const value = route.params.get(key) ?? "";
    const text = h("span", { class: "v" }, filterValueLabel(key, value));
    if (key === "entity" || key === "person") void nameEntity(value, text);
    bar.appendChild(
      h(
        "a",
        {
          class: "filter-chip",
          href: href(route.view, withParams(route.params, { [key]: null }), route.arg ?? undefined),
          "aria-label": `Remove filter ${FILTER_LABELS[key]}: ${value}`,
          "data-filter": key,
        },
        h("span", { class: "k" }, FILTER_LABELS[key] + ": "),
        text,
        h("span", { class: "x", "aria-hidden": "true" }, " ×"),
      ),
    );
  }
  const cleared = new URLSearchParams(route.params);
  for (const k of FILTERS) cleared.delete(k);
  cleared.delete("page");
  bar.appendChild(h("a", { class: "clear-all", href: href(route.view, cleared, route.arg ?? undefined) }, "Clear all"));
  return bar;
}

const entityNames = new Map<string, string>();

/** Shows an entity filter by name once `/api/entities/{id}` has answered (the id stays as a tooltip). */
async function nameEntity(id: string, el: HTMLElement): Promise<void> {
  if (!/^[a-z]+:/.test(id)) return;
  try {
    let name = entityNames.get(id);
    if (!name) {
      name = (await api<EntitySummary>(`entities/${encodeURIComponent(id)}`)).name;
      if (name) entityNames.set(id, name);
    }
    if (name) {
      el.textContent = name;
      el.title = id;
    }
  } catch {
    /* the id stays */
  }
}

interface FacetValue {
  value: string;
  text: string;
  count?: number;
  title?: string;
}

function sorted(counts: Record<string, number> | undefined): [string, number][] {
  return Object.entries(counts ?? {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function facetGroup(route: Route, key: Filter, title: string, values: FacetValue[], top = 8): HTMLElement {
  const selected = route.params.get(key);
  const id = `facet-${key}`;
  const list = (vs: FacetValue[]): HTMLElement =>
    h(
      "ul",
      { class: "facet-values" },
      vs.map((v) => {
        const on = selected !== null && selected.toLowerCase() === v.value.toLowerCase();
        return h(
          "li",
          null,
          h(
            "a",
            {
              href: href(route.view, withParams(route.params, { [key]: on ? null : v.value })),
              class: on ? "facet-value on" : "facet-value",
              "aria-current": on ? "true" : null,
              title: v.title ?? (on ? "Remove this filter" : null),
              "data-facet": key,
              "data-value": v.value,
            },
            h("span", { class: "name" }, v.text),
            v.count !== undefined ? h("span", { class: "count" }, String(v.count)) : null,
          ),
        );
      }),
    );
  // The selected value always shows, even when it is not among the counts.
  if (selected && !values.some((v) => v.value.toLowerCase() === selected.toLowerCase())) {
    values = [{ value: selected, text: filterValueLabel(key, selected) }, ...values];
  }
  const head = values.slice(0, top);
  const rest = values.slice(top);
  return h(
    "section",
    { class: "facet", "aria-labelledby": id },
    h("h2", { id }, title),
    values.length ? list(head) : h("p", { class: "muted small" }, "none"),
    rest.length
      ? h("details", { class: "more" }, h("summary", null, `${rest.length} more`), list(rest))
      : null,
  );
}

function dateForm(route: Route): HTMLElement {
  const since = h("input", {
    id: "f-since",
    name: "since",
    type: "text",
    inputmode: "numeric",
    placeholder: "YYYY[-MM[-DD]]",
    pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?",
    value: route.params.get("since") ?? "",
    size: 10,
  });
  const until = h("input", {
    id: "f-until",
    name: "until",
    type: "text",
    inputmode: "numeric",
    placeholder: "YYYY[-MM[-DD]]",
    pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?",
    value: route.params.get("until") ?? "",
    size: 10,
  });
  const form = h(
    "form",
    { class: "date-range", "aria-labelledby": "facet-dates" },
    h("div", null, h("label", { for: "f-since" }, "From"), since),
    h("div", null, h("label", { for: "f-until" }, "Until"), until),
    h("button", { type: "submit" }, "Apply"),
  );
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    if (!form.reportValidity()) return;
    go(href(route.view, withParams(route.params, { since: since.value.trim() || null, until: until.value.trim() || null })));
  });
  return h(
    "section",
    { class: "facet" },
    h("h2", { id: "facet-dates" }, "Date range"),
    form,
    h("p", { class: "muted small" }, "Publication date for documents, event date for events."),
  );
}

/** Substances seized under the current filters: the API's `by_substance` when it has one,
 *  else counted from the matching events' goods. */
async function substances(route: Route, stats: Stats): Promise<Record<string, number>> {
  if (stats.by_substance) return stats.by_substance;
  const p = filters(route.params);
  p.set("size", "200");
  if (!p.get("type")) p.set("type", "seizure");
  const body = await api<Page<EventRecord>>("events", p);
  const counts: Record<string, number> = {};
  for (const ev of itemsOf(body).items) {
    for (const g of new Set((ev.goods ?? []).map((x) => x.substance).filter(Boolean) as string[])) {
      counts[g] = (counts[g] ?? 0) + 1;
    }
  }
  return counts;
}

async function organisations(stats: Stats): Promise<FacetValue[]> {
  if (stats.by_organization) {
    return sorted(stats.by_organization).map(([v, n]) => ({ value: v, text: v, count: n }));
  }
  const body = await api<Page<EntitySummary>>("entities", { type: "organization", size: "30" });
  return itemsOf(body).items.map((e) => {
    const short = e.aliases?.find((a) => /^[A-ZА-Я]{2,}$/.test(a)) ?? e.id.replace(/^org:/, "");
    return { value: short, text: short, count: e.documents, title: e.name };
  });
}

export async function renderFacets(panel: HTMLElement, route: Route, live: Live): Promise<void> {
  const common = filters(route.params);
  if (!panel.firstChild) replace(panel, h("p", { class: "loading" }, "Loading filters…"));
  try {
    const stats = await api<Stats>("stats", common);
    const [orgs, subs] = await Promise.all([
      organisations(stats).catch(() => [] as FacetValue[]),
      substances(route, stats).catch(() => ({}) as Record<string, number>),
    ]);
    if (!live()) return;
    const close = h("button", { type: "button", class: "facets-close" }, "Show results");
    close.addEventListener("click", () => {
      document.body.classList.remove("facets-open");
      document.getElementById("facet-toggle")?.setAttribute("aria-expanded", "false");
      document.getElementById("main")?.focus();
    });
    const groups: HTMLElement[] = [
      close,
      h("p", { class: "facet-total" }, h("strong", null, String(stats.documents)), " matching documents"),
      facetGroup(
        route,
        "lang",
        "Language",
        sorted(stats.by_lang).map(([v, n]) => ({ value: v, text: languageName(v), count: n })),
      ),
      facetGroup(
        route,
        "country",
        "Country",
        sorted(stats.by_country).map(([v, n]) => ({ value: v, text: countryName(v), count: n, title: v })),
      ),
      facetGroup(route, "threat", "Threat", sorted(stats.by_threat).map(([v, n]) => ({ value: v, text: label(v), count: n }))),
      facetGroup(route, "type", "Event type", sorted(stats.by_type).map(([v, n]) => ({ value: v, text: label(v), count: n }))),
      facetGroup(route, "organization", "Organisation", orgs),
      facetGroup(route, "substance", "Substance", sorted(subs).map(([v, n]) => ({ value: v, text: label(v), count: n }))),
      dateForm(route),
    ];
    if (route.view === "incidents") {
      // The incidents endpoint filters by event type and country only.
      const keep = groups.filter((g) => g === close || g.querySelector('[id="facet-type"], [id="facet-country"]'));
      keep.push(h("p", { class: "muted small" }, "Incidents can be filtered by event type and country."));
      replace(panel, keep);
      return;
    }
    replace(panel, groups);
  } catch (err) {
    if (live()) replace(panel, errorBox(err));
  }
}
