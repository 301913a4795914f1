// Events by type over time: stacked bars per month (or year/day), from /api/events, with the
// documents per month (/api/stats) underneath. Undated events are counted, not placed.
import { api, itemsOf, type EventRecord, type Page, type Stats } from "../api";
import { h, replace, s } from "../dom";
import { eventColour, label } from "../format";
import { filters, go, href, withParams, type Route } from "../route";
import { empty, loading, type Live } from "../ui";

const PAGE = 200;
const MAX_PAGES = 10;
type Unit = "year" | "month" | "day";

async function allEvents(common: URLSearchParams, live: Live): Promise<{ items: EventRecord[]; total: number }> {
  const items: EventRecord[] = [];
  let total = 0;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const p = new URLSearchParams(common);
    p.set("page", String(page));
    p.set("size", String(PAGE));
    const body = itemsOf(await api<Page<EventRecord>>("events", p));
    if (!live()) break;
    items.push(...body.items);
    total = body.total;
    if (body.items.length < PAGE || items.length >= total) break;
  }
  return { items, total };
}

function bucket(date: string, unit: Unit): string | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  if (unit === "year") return m[1];
  if (unit === "month") return m[2] ? `${m[1]}-${m[2]}` : null;
  return m[2] && m[3] ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** Every bucket between the first and the last, so gaps show as gaps. */
function span(keys: string[], unit: Unit): string[] {
  if (!keys.length) return [];
  const sorted = [...keys].sort();
  const out: string[] = [];
  if (unit === "year") {
    for (let y = Number(sorted[0]); y <= Number(sorted[sorted.length - 1]); y++) out.push(String(y));
    return out;
  }
  if (unit === "month") {
    let [y, m] = sorted[0].split("-").map(Number);
    const [ly, lm] = sorted[sorted.length - 1].split("-").map(Number);
    while (y < ly || (y === ly && m <= lm)) {
      out.push(`${y}-${String(m).padStart(2, "0")}`);
      if (++m > 12) [y, m] = [y + 1, 1];
      if (out.length > 600) break;
    }
    return out;
  }
  const d = new Date(sorted[0] + "T00:00:00Z");
  const last = new Date(sorted[sorted.length - 1] + "T00:00:00Z");
  while (d <= last && out.length < 800) {
    out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

/** A round step (1, 2, 5 × 10^k, at least 1) giving at most five ticks up to `n`. */
function niceStep(n: number): number {
  const raw = Math.max(1, n / 5);
  const base = 10 ** Math.floor(Math.log10(raw));
  for (const f of [1, 2, 5, 10]) if (f * base >= raw) return f * base;
  return raw;
}

interface Bars {
  keys: string[];
  types: string[];
  counts: Map<string, Map<string, number>>;
}

function barChart(data: Bars, unit: Unit, route: Route, title: string, height = 300): SVGElement {
  const W = 960;
  const margin = { top: 12, right: 12, bottom: 46, left: 40 };
  const iw = W - margin.left - margin.right;
  const ih = height - margin.top - margin.bottom;
  const totals = data.keys.map((k) => [...(data.counts.get(k)?.values() ?? [])].reduce((a, b) => a + b, 0));
  const step = niceStep(Math.max(1, ...totals));
  const ymax = Math.ceil(Math.max(1, ...totals) / step) * step;
  const bw = iw / Math.max(1, data.keys.length);
  const y = (v: number): number => ih - (v / ymax) * ih;
  const svg = s("svg", { class: "chart", viewBox: `0 0 ${W} ${height}`, role: "img", "aria-label": title });
  const g = s("g", { transform: `translate(${margin.left},${margin.top})` });
  svg.appendChild(g);
  for (let v = 0; v <= ymax; v += step) {
    g.appendChild(s("line", { class: "gridline", x1: 0, x2: iw, y1: y(v), y2: y(v) }));
    g.appendChild(s("text", { class: "tick", x: -6, y: y(v), dy: "0.32em", "text-anchor": "end" }, String(v)));
  }
  const every = Math.max(1, Math.ceil(data.keys.length / 16));
  data.keys.forEach((k, i) => {
    const x = i * bw;
    let acc = 0;
    for (const t of data.types) {
      const n = data.counts.get(k)?.get(t) ?? 0;
      if (!n) continue;
      const rect = s(
        "rect",
        {
          class: "bar",
          x: (x + Math.min(2, bw * 0.1)).toFixed(1),
          width: Math.max(1, bw - Math.min(4, bw * 0.2)).toFixed(1),
          y: y(acc + n).toFixed(1),
          height: (y(acc) - y(acc + n)).toFixed(1),
          fill: eventColour(t),
          "data-type": t,
          "data-bucket": k,
          tabindex: 0,
          role: "link",
          "aria-label": `${k}: ${n} ${label(t)}`,
        },
        s("title", null, `${k} · ${label(t)}: ${n}`),
      );
      const open = (): void => {
        go(href("search", withParams(filters(route.params), { type: t === "documents" ? null : t, since: k, until: k })));
      };
      rect.addEventListener("click", open);
      rect.addEventListener("keydown", (ev) => {
        if ((ev as KeyboardEvent).key === "Enter") open();
      });
      g.appendChild(rect);
      acc += n;
    }
    if (i % every === 0) {
      const text = unit === "day" ? k.slice(5) : k;
      g.appendChild(
        s(
          "text",
          { class: "tick", x: x + bw / 2, y: ih + 14, "text-anchor": "end", transform: `rotate(-40 ${x + bw / 2} ${ih + 14})` },
          text,
        ),
      );
    }
  });
  g.appendChild(s("line", { class: "axis", x1: 0, x2: iw, y1: ih, y2: ih }));
  return svg;
}

export async function renderTimeline(el: HTMLElement, route: Route, live: Live): Promise<void> {
  replace(el, loading("Loading events…"));
  const common = filters(route.params);
  const unitParam = route.params.get("by");
  const unit: Unit = unitParam === "year" || unitParam === "day" ? unitParam : "month";
  const [{ items, total }, stats] = await Promise.all([allEvents(common, live), api<Stats>("stats", common)]);
  if (!live()) return;

  const counts = new Map<string, Map<string, number>>();
  const types = new Map<string, number>();
  let undated = 0;
  let noYear = 0;
  let coarse = 0;
  for (const ev of items) {
    const d = ev.date_start;
    if (!d) {
      undated++;
      continue;
    }
    if (d.startsWith("X")) {
      noYear++;
      continue;
    }
    const k = bucket(d, unit);
    if (!k) {
      coarse++;
      continue;
    }
    const row = counts.get(k) ?? new Map<string, number>();
    row.set(ev.type, (row.get(ev.type) ?? 0) + 1);
    counts.set(k, row);
    types.set(ev.type, (types.get(ev.type) ?? 0) + 1);
  }
  const typeList = [...types.entries()].sort((a, b) => b[1] - a[1]).map(([t]) => t);
  const keys = span([...counts.keys()], unit);
  const placed = items.length - undated - noYear - coarse;

  const unitSelect = h(
    "select",
    { id: "tl-unit" },
    h("option", { value: "year" }, "Year"),
    h("option", { value: "month" }, "Month"),
    h("option", { value: "day" }, "Day"),
  );
  unitSelect.value = unit;
  unitSelect.addEventListener("change", () => go(href("timeline", withParams(route.params, { by: unitSelect.value === "month" ? null : unitSelect.value }))));

  const legend = h(
    "ul",
    { class: "plain type-legend" },
    typeList.map((t) =>
      h(
        "li",
        null,
        h("a", { href: href("timeline", withParams(route.params, { type: t })) }, h("span", { class: "swatch", "aria-hidden": "true", "data-colour": eventColour(t) }), `${label(t)} (${types.get(t)})`),
      ),
    ),
  );
  const notes: string[] = [];
  if (undated) notes.push(`${undated} without a date`);
  if (noYear) notes.push(`${noYear} without a year`);
  if (coarse) notes.push(`${coarse} dated only to the ${unit === "day" ? "month or year" : "year"}`);
  if (total > items.length) notes.push(`only the first ${items.length} of ${total} were read`);

  const docMonths = Object.keys(stats.by_month ?? {}).filter((k) => /^\d{4}-\d{2}$/.test(k));
  const docBars: Bars = {
    keys: span(docMonths, "month"),
    types: ["documents"],
    counts: new Map(docMonths.map((k) => [k, new Map([["documents", (stats.by_month ?? {})[k]]])])),
  };

  replace(
    el,
    h(
      "div",
      { class: "toolbar" },
      h("h1", null, `${placed} dated event${placed === 1 ? "" : "s"} of ${total}`),
      h("div", { class: "buttons" }, h("label", { for: "tl-unit" }, "Per "), unitSelect),
    ),
    placed
      ? h("figure", { class: "chart-figure", id: "timeline-events" }, barChart({ keys, types: typeList, counts }, unit, route, `Events per ${unit} by type`), h("figcaption", null, legend))
      : empty("No dated event matches these filters."),
    notes.length ? h("p", { class: "muted small" }, "Not shown: " + notes.join("; ") + ".") : null,
    docBars.keys.length
      ? h(
          "figure",
          { class: "chart-figure", id: "timeline-documents" },
          h("h2", null, "Documents per month of publication"),
          barChart(docBars, "month", route, "Documents per month", 180),
        )
      : null,
  );
  for (const sw of el.querySelectorAll<HTMLElement>("[data-colour]")) sw.style.backgroundColor = sw.dataset.colour ?? "";
}
