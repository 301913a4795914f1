// One document: its cleaned text with every extracted fact highlighted from its offsets, a
// legend that toggles each layer, and a side panel with what was extracted from a passage.
import { api, type DocEntity, type DocumentFull, type EventRecord, type Mention, type Offsets } from "../api";
import { externalLink, h, replace } from "../dom";
import { countryName, edtf, entityColour, eventColour, goods, label, languageName, quantity } from "../format";
import { filters, href, type Route } from "../route";
import { chip, facts, loading, type Live } from "../ui";

type Layer = "country" | "organization" | "agency" | "person" | "place" | "other" | "trigger" | "evidence" | "threat";

interface Fact {
  layer: Layer;
  start: number;
  end: number;
  entity?: DocEntity;
  mention?: Mention;
  event?: EventRecord;
  eventIndex?: number;
  threat?: string;
}

const LAYERS: { key: Layer; text: string }[] = [
  { key: "trigger", text: "Event trigger" },
  { key: "evidence", text: "Event evidence (figures, goods)" },
  { key: "threat", text: "Threat" },
  { key: "country", text: "Country" },
  { key: "organization", text: "Organisation" },
  { key: "agency", text: "Agency" },
  { key: "person", text: "Person" },
  { key: "place", text: "Place" },
  { key: "other", text: "Other entity" },
];
const ENTITY_LAYERS = new Set<Layer>(["country", "organization", "agency", "person", "place", "other"]);
/** Order in the side panel: what happened first, then who and where. */
const PANEL_ORDER: Layer[] = ["trigger", "evidence", "threat", "person", "organization", "agency", "place", "country", "other"];

function cssToken(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9_-]/g, "_");
}

function validSpan(o: Offsets | null | undefined, length: number): o is Offsets {
  return (
    !!o &&
    Number.isInteger(o.start) &&
    Number.isInteger(o.end) &&
    o.start >= 0 &&
    o.end <= length &&
    o.start < o.end
  );
}

/** Every highlightable fact of a document, with offsets checked against its text. */
export function collectFacts(doc: DocumentFull): Fact[] {
  const n = doc.text.length;
  const out: Fact[] = [];
  for (const e of doc.entities ?? []) {
    const layer: Layer = ENTITY_LAYERS.has(e.type as Layer) ? (e.type as Layer) : "other";
    for (const m of e.mentions ?? []) {
      if (validSpan(m, n)) out.push({ layer, start: m.start, end: m.end, entity: e, mention: m });
    }
  }
  (doc.events ?? []).forEach((ev, i) => {
    const t = ev.trigger;
    if (validSpan(t, n)) out.push({ layer: "trigger", start: t.start, end: t.end, event: ev, eventIndex: i });
    for (const o of ev.evidence ?? []) {
      if (!validSpan(o, n)) continue;
      if (t && o.start === t.start && o.end === t.end) continue;
      out.push({ layer: "evidence", start: o.start, end: o.end, event: ev, eventIndex: i });
    }
  });
  for (const th of doc.threats ?? []) {
    for (const o of th.spans ?? []) {
      if (validSpan(o, n)) out.push({ layer: "threat", start: o.start, end: o.end, threat: th.label });
    }
  }
  return out;
}

export interface Segment {
  start: number;
  end: number;
  facts: Fact[];
}

/** Cuts the text at every span boundary, so overlapping and nested spans each cover whole
 *  segments and the text is never broken or repeated. */
export function segments(length: number, all: Fact[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const f of all) {
    cuts.add(f.start);
    cuts.add(f.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...all].sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let active: Fact[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    while (next < byStart.length && byStart[next].start <= a) active.push(byStart[next++]);
    active = active.filter((f) => f.end > a);
    out.push({ start: a, end: b, facts: active.filter((f) => f.start <= a && f.end >= b) });
  }
  return out;
}

function eventTitle(ev: EventRecord): string {
  const bits = [label(ev.type)];
  if (ev.date_start) bits.push(edtf(ev.date_start));
  if (ev.place) bits.push(ev.place);
  else if (ev.country) bits.push(countryName(ev.country));
  return bits.join(" · ");
}

function quote(text: string, o: Offsets): string {
  return text.slice(o.start, o.end);
}

function eventCard(ev: EventRecord, text: string, common: URLSearchParams, as: "trigger" | "evidence", at?: Fact): HTMLElement {
  const route = ev.route ?? null;
  const actors = (ev.actors ?? []).map((a) =>
    Object.entries(a)
      .filter(([, v]) => v !== null && v !== undefined && v !== "")
      .map(([k, v]) => (k === "country" ? countryName(String(v)) : label(String(v))))
      .join(" "),
  );
  const plover = ev.plover ? Object.values(ev.plover).filter(Boolean).map(String).join(" / ") : "";
  const similar = new URLSearchParams(common);
  similar.set("type", ev.type);
  if (ev.country) similar.set("country", ev.country);
  return h(
    "article",
    { class: `card event-card ${as}`, "data-event-type": ev.type },
    h(
      "h3",
      null,
      h("span", { class: "swatch", "aria-hidden": "true", "data-colour": eventColour(ev.type) }),
      as === "trigger" ? "Event: " : "Evidence of event: ",
      h("span", { class: "event-type" }, label(ev.type)),
    ),
    facts([
      ["Date", ev.date_end && ev.date_end !== ev.date_start ? `${edtf(ev.date_start)} – ${edtf(ev.date_end)}` : edtf(ev.date_start)],
      ["Status", ev.status ? label(ev.status) : null],
      ["Place", ev.place],
      ["Country", ev.country ? `${countryName(ev.country)} (${ev.country})` : null],
      [
        "Route",
        route && (route.from || route.to)
          ? `${route.from ? countryName(route.from) : "?"} → ${route.to ? countryName(route.to) : "?"}`
          : null,
      ],
      ["Goods", (ev.goods ?? []).length ? h("ul", { class: "plain" }, (ev.goods ?? []).map((g) => h("li", { class: "goods" }, goods(g)))) : null],
      [
        "Quantities",
        (ev.quantities ?? []).length
          ? h("ul", { class: "plain" }, (ev.quantities ?? []).map((q) => h("li", { class: "quantity" }, quantity(q))))
          : null,
      ],
      ["Actors", actors.filter(Boolean)],
      ["Trigger", ev.trigger ? `“${quote(text, ev.trigger)}” (${ev.trigger.start}–${ev.trigger.end})` : null],
      [
        "Evidence",
        (ev.evidence ?? []).length
          ? h(
              "ul",
              { class: "plain evidence" },
              (ev.evidence ?? []).map((o) =>
                h("li", { class: at && at.start === o.start && at.end === o.end ? "here" : null }, `“${quote(text, o)}”`),
              ),
            )
          : null,
      ],
      ["PLOVER", plover],
      ["Incident", typeof ev.incident === "string" && ev.incident ? h("a", { href: href("incidents", { id: ev.incident }) }, ev.incident) : null],
      ["Event id", typeof ev.id === "string" ? h("code", null, ev.id) : null],
    ]),
    h("p", { class: "links" }, h("a", { href: href("search", similar) }, `Documents with ${label(ev.type)} events here`)),
  );
}

function entityCard(e: DocEntity, m: Mention | undefined, common: URLSearchParams): HTMLElement {
  const withEntity = new URLSearchParams(common);
  withEntity.set("entity", e.id);
  return h(
    "article",
    { class: `card entity-card ent-${cssToken(e.type)}`, "data-entity-id": e.id },
    h(
      "h3",
      null,
      h("span", { class: "swatch", "aria-hidden": "true", "data-colour": entityColour(e.type) }),
      label(e.type) + ": ",
      h("span", { class: "entity-name" }, e.name),
    ),
    facts([
      ["Id", h("code", null, e.id)],
      ["Country", e.country ? `${countryName(e.country)} (${e.country})` : null],
      ["Coordinates", e.coords ? `${e.coords[0].toFixed(4)}, ${e.coords[1].toFixed(4)}` : null],
      ["Role", e.role ? label(e.role) : null],
      ["Affiliation", e.affiliation ? (/^[A-Z]{2}$/.test(e.affiliation) ? countryName(e.affiliation) : e.affiliation) : null],
      ["Written as", m ? `“${m.surface ?? ""}”` : null],
      ["Found by", m ? [m.kind, m.component].filter(Boolean).join(" / ") : null],
      ["Mentions here", String((e.mentions ?? []).length)],
    ]),
    h(
      "p",
      { class: "links" },
      h("a", { href: href("search", withEntity) }, "Documents"),
      " · ",
      h("a", { href: href("network", withEntity) }, "Network"),
      e.coords ? [" · ", h("a", { href: href("map", withEntity) }, "Map")] : null,
    ),
  );
}

function threatCard(labelText: string, doc: DocumentFull, common: URLSearchParams): HTMLElement {
  const th = (doc.threats ?? []).find((t) => t.label === labelText);
  const p = new URLSearchParams(common);
  p.set("threat", labelText);
  const words = [...new Set((th?.spans ?? []).filter((o) => validSpan(o, doc.text.length)).map((o) => quote(doc.text, o)))];
  return h(
    "article",
    { class: "card threat-card" },
    h("h3", null, h("span", { class: "swatch threat", "aria-hidden": "true" }), "Threat: ", label(labelText)),
    facts([
      ["Evidence", words.length ? words.map((w) => `“${w}”`).join(", ") : null],
      ["Spans", String((th?.spans ?? []).length)],
    ]),
    h("p", { class: "links" }, h("a", { href: href("search", p) }, `Documents about ${label(labelText)}`)),
  );
}

export async function renderDocument(el: HTMLElement, route: Route, live: Live): Promise<void> {
  const ref = route.arg ?? "";
  replace(el, loading("Loading document…"));
  const doc = await api<DocumentFull>(`documents/${encodeURIComponent(ref)}`);
  if (!live()) return;
  const common = filters(route.params);
  const text = doc.text ?? "";
  const all = collectFacts(doc);
  const segs = segments(text.length, all);
  const hidden = new Set((route.params.get("hide") ?? "").split(",").filter(Boolean));

  // ---- text with highlights ----
  const body = h("div", { class: "doc-text", id: "doc-text", lang: doc.lang ?? null, dir: "auto" });
  const segFacts: Fact[][] = [];
  for (const seg of segs) {
    const piece = text.slice(seg.start, seg.end);
    if (!seg.facts.length) {
      body.appendChild(document.createTextNode(piece));
      continue;
    }
    const layers = [...new Set(seg.facts.map((f) => f.layer))];
    const classes = ["hl", ...layers.map((l) => `L-${l}`)];
    const trig = seg.facts.find((f) => f.layer === "trigger");
    if (trig?.event) classes.push(`ev-${cssToken(trig.event.type)}`);
    const span = h(
      "span",
      {
        class: classes.join(" "),
        tabindex: 0,
        "data-seg": segFacts.length,
        "data-start": seg.start,
        "data-end": seg.end,
        "data-layers": layers.join(" "),
        "data-event-type": trig?.event ? trig.event.type : null,
        "aria-describedby": "doc-panel-title",
      },
      piece,
    );
    segFacts.push(seg.facts);
    body.appendChild(span);
  }
  for (const l of hidden) body.classList.add(`hide-${cssToken(l)}`);

  // ---- side panel ----
  const panelBody = h("div", { class: "panel-body", id: "doc-panel-body" });
  const panelTitle = h("h2", { id: "doc-panel-title" }, "Extracted facts");
  const closePanel = h("button", { type: "button", class: "panel-close", "aria-label": "Close the details" }, "×");
  const panel = h(
    "aside",
    { class: "doc-panel", "aria-labelledby": "doc-panel-title", "aria-live": "polite" },
    closePanel,
    panelTitle,
    panelBody,
  );
  let pinned: HTMLElement | null = null;

  const visible = (f: Fact): boolean => !hidden.has(f.layer);
  const showSegment = (span: HTMLElement): void => {
    const fs = (segFacts[Number(span.dataset.seg)] ?? []).filter(visible);
    if (!fs.length) return;
    const start = Number(span.dataset.start);
    const end = Number(span.dataset.end);
    panelTitle.textContent = `Extracted from “${text.slice(start, end)}”`;
    const cards: HTMLElement[] = [];
    const seenEvents = new Set<number>();
    const seenEntities = new Set<string>();
    const seenThreats = new Set<string>();
    for (const layer of PANEL_ORDER) {
      for (const f of fs.filter((x) => x.layer === layer)) {
        if (f.event && f.eventIndex !== undefined && !seenEvents.has(f.eventIndex)) {
          seenEvents.add(f.eventIndex);
          cards.push(eventCard(f.event, text, common, f.layer === "trigger" ? "trigger" : "evidence", f));
        } else if (f.entity && !seenEntities.has(f.entity.id)) {
          seenEntities.add(f.entity.id);
          cards.push(entityCard(f.entity, f.mention, common));
        } else if (f.threat && !seenThreats.has(f.threat)) {
          seenThreats.add(f.threat);
          cards.push(threatCard(f.threat, doc, common));
        }
      }
    }
    cards.push(h("p", { class: "muted small" }, `Characters ${start}–${end} of the cleaned text.`));
    replace(panelBody, cards);
    colourSwatches(panelBody);
  };
  const showOverview = (): void => {
    panelTitle.textContent = "Extracted facts";
    replace(panelBody, overview(doc, segs, common, (seg) => select(seg, true)));
    colourSwatches(panelBody);
  };
  const spanOf = (target: EventTarget | null): HTMLElement | null =>
    target instanceof Element ? (target.closest(".hl") as HTMLElement | null) : null;
  const select = (span: HTMLElement, scroll: boolean): void => {
    pinned?.classList.remove("selected");
    pinned = span;
    span.classList.add("selected");
    panel.classList.add("open");
    showSegment(span);
    if (getComputedStyle(panel).position === "fixed") {
      // Narrow screen: the details cover the lower half; keep the passage above them.
      document.body.classList.add("sheet-open");
      const top = span.getBoundingClientRect().top;
      window.scrollTo({ top: Math.max(0, window.scrollY + top - window.innerHeight * 0.15) });
    } else if (scroll) {
      span.scrollIntoView({ block: "center", behavior: "auto" });
      span.focus({ preventScroll: true });
    }
    const p = new URLSearchParams(route.params);
    p.delete("ev");
    p.set("at", span.dataset.start ?? "0");
    history.replaceState(null, "", href("doc", p, ref));
  };
  const unselect = (): void => {
    panel.classList.remove("open");
    document.body.classList.remove("sheet-open");
    pinned?.classList.remove("selected");
    pinned = null;
    const p = new URLSearchParams(route.params);
    p.delete("at");
    p.delete("ev");
    history.replaceState(null, "", href("doc", p, ref));
    showOverview();
  };
  closePanel.addEventListener("click", () => {
    const was = pinned;
    unselect();
    was?.focus();
  });
  body.addEventListener("mouseover", (ev) => {
    const span = spanOf(ev.target);
    if (span && !pinned) showSegment(span);
  });
  body.addEventListener("click", (ev) => {
    const span = spanOf(ev.target);
    if (!span) return;
    if (span === pinned) unselect();
    else select(span, false);
  });
  body.addEventListener("focusin", (ev) => {
    const span = spanOf(ev.target);
    if (span && !pinned) showSegment(span);
  });
  body.addEventListener("keydown", (ev) => {
    const span = spanOf(ev.target);
    if (!span) return;
    if (ev.key === "Enter" || ev.key === " ") {
      ev.preventDefault();
      if (span === pinned) unselect();
      else select(span, false);
    } else if (ev.key === "Escape" && pinned) {
      unselect();
    }
  });
  body.addEventListener("mouseleave", () => {
    if (pinned) showSegment(pinned);
    else showOverview();
  });

  // ---- legend with layer toggles ----
  const counts = new Map<Layer, number>();
  for (const f of all) counts.set(f.layer, (counts.get(f.layer) ?? 0) + 1);
  const legend = h(
    "fieldset",
    { class: "legend" },
    h("legend", null, "Highlights"),
    LAYERS.filter((l) => counts.get(l.key)).map((l) => {
      const id = `layer-${l.key}`;
      const box = h("input", { type: "checkbox", id, "data-layer": l.key });
      box.checked = !hidden.has(l.key);
      box.addEventListener("change", () => {
        if (box.checked) hidden.delete(l.key);
        else hidden.add(l.key);
        body.classList.toggle(`hide-${l.key}`, !box.checked);
        const p = new URLSearchParams(route.params);
        if (hidden.size) p.set("hide", [...hidden].join(","));
        else p.delete("hide");
        history.replaceState(null, "", href("doc", p, ref));
      });
      return h(
        "label",
        { for: id, class: `legend-item` },
        box,
        h("span", { class: `key L-${l.key}` }, l.text),
        h("span", { class: "count" }, String(counts.get(l.key))),
      );
    }),
  );

  // ---- header ----
  const dl = doc.dateline;
  const back = h("a", { href: href("search", common), class: "back" }, "← Back to results");
  const header = h(
    "header",
    { class: "doc-head" },
    back,
    h("h1", { lang: doc.lang ?? null, dir: "auto", class: "doc-title" }, doc.title || doc.name),
    facts([
      ["Published", h("time", { title: doc.published ?? "" }, edtf(doc.published))],
      ["Language", doc.lang ? `${languageName(doc.lang)} (${doc.lang})` : null],
      [
        "Dateline",
        dl ? [dl.place, dl.country ? countryName(dl.country) : null, dl.agency].filter(Boolean).join(" · ") : null,
      ],
      ["URL", externalLink(doc.url)],
      ["Near-copy of", doc.duplicate_of ? h("a", { href: href("doc", common, doc.duplicate_of) }, doc.duplicate_of) : null],
      [
        "Incidents",
        (doc.incidents ?? []).length
          ? (doc.incidents ?? []).flatMap((id, i) => [
              i ? ", " : "",
              h("a", { href: href("incidents", { id }) }, id),
            ])
          : null,
      ],
    ]),
    h(
      "details",
      { class: "doc-more" },
      h("summary", null, "Identifiers and source"),
      facts([
        ["Name", h("code", null, doc.name)],
        ["Content hash", h("code", null, doc.id ?? "")],
        ["Source", doc.source],
      ]),
    ),
    h(
      "p",
      { class: "chips", lang: "en" },
      (doc.event_types ?? []).map((t) => chip(label(t), `ev ev-${cssToken(t)}`)),
      (doc.threats ?? []).map((t) => chip(label(t.label), "threat")),
    ),
  );

  const layout = h(
    "div",
    { class: "doc-layout" },
    h("div", { class: "doc-main" }, header, legend, h("h2", { class: "sr-only" }, "Text"), body),
    panel,
  );
  replace(el, layout);
  colourSwatches(el);

  // `at` (a character offset) or `ev` (an event id, E12) selects a passage on load.
  let at = Number(route.params.get("at") ?? NaN);
  const evId = route.params.get("ev");
  const byId = evId ? (doc.events ?? []).find((e) => e.id === evId) : undefined;
  if (byId?.trigger && validSpan(byId.trigger, text.length)) at = byId.trigger.start;
  const target = Number.isFinite(at)
    ? [...body.querySelectorAll<HTMLElement>(".hl")].find((s) => Number(s.dataset.start) <= at && at < Number(s.dataset.end))
    : undefined;
  if (target) select(target, true);
  else showOverview();
}

function colourSwatches(root: HTMLElement): void {
  for (const sw of root.querySelectorAll<HTMLElement>("[data-colour]")) sw.style.backgroundColor = sw.dataset.colour ?? "";
}

/** The panel before anything is selected: the document's events and entities as links to
 *  their place in the text. */
function overview(doc: DocumentFull, segs: Segment[], common: URLSearchParams, jump: (span: HTMLElement) => void): HTMLElement[] {
  const findSpan = (start: number): HTMLElement | null => {
    const seg = segs.findIndex((s) => s.start <= start && start < s.end && s.facts.length);
    if (seg < 0) return null;
    return document.querySelector<HTMLElement>(`#doc-text .hl[data-start="${segs[seg].start}"]`);
  };
  const button = (text: string, start: number | undefined, cls: string): HTMLElement => {
    const b = h("button", { type: "button", class: `linklike ${cls}` }, text);
    if (start === undefined) b.setAttribute("disabled", "");
    b.addEventListener("click", () => {
      const span = start === undefined ? null : findSpan(start);
      if (span) jump(span);
    });
    return b;
  };
  const events = doc.events ?? [];
  const byType = new Map<string, DocEntity[]>();
  for (const e of doc.entities ?? []) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
  const out: HTMLElement[] = [
    h("p", { class: "muted small" }, "Point at or select a highlighted passage to see what was extracted from it."),
    h("h3", null, `Events (${events.length})`),
    events.length
      ? h(
          "ul",
          { class: "plain overview-events" },
          events.map((ev) =>
            h(
              "li",
              null,
              h("span", { class: "swatch", "aria-hidden": "true", "data-colour": eventColour(ev.type) }),
              button(eventTitle(ev), ev.trigger?.start, "event-link"),
              (ev.goods ?? []).length ? h("span", { class: "muted small" }, " — " + (ev.goods ?? []).map(goods).join("; ")) : null,
            ),
          ),
        )
      : h("p", { class: "muted" }, "No events."),
  ];
  for (const [type, ents] of [...byType.entries()].sort()) {
    out.push(h("h3", null, `${label(type)} (${ents.length})`));
    out.push(
      h(
        "ul",
        { class: "plain inline-list" },
        ents.map((e) => h("li", null, button(e.name, e.mentions?.[0]?.start, `entity-link ent-${cssToken(type)}`))),
      ),
    );
  }
  void common;
  return out;
}
