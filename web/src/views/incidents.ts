// Incidents: one happening fused from several reports. Reports side by side, with the figures
// and dates they disagree on flagged.
import { api, itemsOf, type Conflict, type Incident, type IncidentReport, type Page } from "../api";
import { h, replace } from "../dom";
import { countryName, edtf, goods, label, languageName, number, qualifier, quantity } from "../format";
import { filters, go, href, withParams, type Route } from "../route";
import { chip, currentPage, empty, facts, loading, pager, type Live } from "../ui";

const SIZE = 20;

function conflictKeys(c: Conflict[]): Set<string> {
  return new Set(c.map((x) => x.field));
}

function fieldLabel(field: string): string {
  const [kind, a] = field.split(":");
  if (kind === "goods") return `${label(a)} seized`;
  if (kind === "quantity") return a === "person" ? "persons" : `${label(a)} (count)`;
  if (field === "date_start") return "date";
  return label(field);
}

function valueText(v: { value: unknown; qualifier?: string | null } | unknown, field: string): string {
  const value = v !== null && typeof v === "object" && "value" in v ? (v as { value: unknown }).value : v;
  const q = v !== null && typeof v === "object" && "qualifier" in v ? qualifier((v as { qualifier?: string | null }).qualifier) : "";
  if (field.startsWith("date")) return edtf(String(value));
  const [kind, , unit] = field.split(":");
  const n = typeof value === "number" ? number(value) : String(value);
  return `${q}${n}${kind === "goods" && unit ? " " + unit : ""}`;
}

function reportCard(r: IncidentReport, conflicts: Set<string>, common: URLSearchParams): HTMLElement {
  const dateConflict = conflicts.has("date_start");
  const docParams = new URLSearchParams(common);
  if (r.evidence && Number.isInteger(r.evidence.start)) docParams.set("at", String(r.evidence.start));
  const why = r.why ? Object.entries(r.why).filter(([k]) => k !== "score") : [];
  return h(
    "article",
    { class: "report card" },
    h("h4", null, h("a", { href: href("doc", docParams, r.document) }, r.document)),
    facts([
      ["Date", h("span", { class: dateConflict ? "conflict" : null }, edtf(r.date_start), dateConflict ? " ⚠" : "")],
      [
        "Goods",
        r.goods?.length
          ? h(
              "ul",
              { class: "plain" },
              r.goods.map((g) => {
                const c = conflicts.has(`goods:${g.substance}:${g.unit}`);
                return h("li", { class: c ? "conflict" : null }, goods(g), c ? " ⚠" : "");
              }),
            )
          : null,
      ],
      [
        "Counts",
        r.quantities?.length
          ? h(
              "ul",
              { class: "plain" },
              r.quantities.map((q) => {
                const c = conflicts.has(`quantity:${q.unit}`);
                return h("li", { class: c ? "conflict" : null }, quantity(q), c ? " ⚠" : "");
              }),
            )
          : null,
      ],
      ["Evidence", r.evidence?.text ? `“${r.evidence.text}”` : null],
      ["Match score", r.score !== null && r.score !== undefined ? String(r.score) : "first report"],
      [
        "Why matched",
        why.length
          ? why
              .map(([k, v]) => `${label(k)}${v === true ? "" : ": " + (Array.isArray(v) ? v.join(", ") : String(v))}`)
              .join("; ")
          : null,
      ],
    ]),
  );
}

function conflictTable(c: Conflict[]): HTMLElement {
  return h(
    "table",
    { class: "conflicts" },
    h("caption", null, `Reports disagree on ${c.length} point${c.length === 1 ? "" : "s"}`),
    h("thead", null, h("tr", null, h("th", { scope: "col" }, "What"), h("th", { scope: "col" }, "Reported"), h("th", { scope: "col" }, "Reconciled"))),
    h(
      "tbody",
      null,
      c.map((x) =>
        h(
          "tr",
          null,
          h("th", { scope: "row" }, fieldLabel(x.field)),
          h(
            "td",
            null,
            h(
              "ul",
              { class: "plain" },
              x.values.map((v) => h("li", null, h("strong", null, valueText(v, x.field)), " — ", h("a", { href: href("doc", {}, v.document) }, v.document))),
            ),
          ),
          h("td", null, x.reconciled === null || x.reconciled === undefined ? "not reconciled" : valueText(x.reconciled, x.field)),
        ),
      ),
    ),
  );
}

function incidentCard(inc: Incident, common: URLSearchParams, route: Route): HTMLElement {
  const conflicts = inc.conflicts ?? [];
  const keys = conflictKeys(conflicts);
  const reports = inc.reports ?? [];
  return h(
    "li",
    { class: `incident card${conflicts.length ? " has-conflicts" : ""}`, id: `incident-${inc.id}`, "data-id": inc.id },
    h(
      "header",
      { class: "incident-head" },
      h(
        "h2",
        null,
        h("a", { href: href("incidents", withParams(route.params, { id: inc.id })) }, inc.id),
        " ",
        chip(label(inc.type), `ev ev-${inc.type}`),
        " ",
        edtf(inc.date_start),
        inc.place || inc.country ? ` · ${[inc.place, inc.country ? countryName(inc.country) : null].filter(Boolean).join(", ")}` : "",
      ),
      h(
        "p",
        { class: "muted" },
        `${reports.length} report${reports.length === 1 ? "" : "s"} from ${(inc.documents ?? []).length} document${(inc.documents ?? []).length === 1 ? "" : "s"}`,
        inc.languages?.length ? ` · ${inc.languages.map(languageName).join(", ")}` : "",
        conflicts.length ? h("strong", { class: "conflict-flag" }, ` · ⚠ ${conflicts.length} conflict${conflicts.length === 1 ? "" : "s"}`) : null,
      ),
    ),
    conflicts.length ? conflictTable(conflicts) : null,
    h("div", { class: "reports" }, reports.map((r) => reportCard(r, keys, common))),
  );
}

async function withReports(items: Incident[], live: Live): Promise<Incident[]> {
  const out = [...items];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < out.length && live()) {
      const i = next++;
      if (out[i].reports) continue;
      try {
        out[i] = await api<Incident>(`incidents/${encodeURIComponent(out[i].id)}`);
      } catch {
        /* keep the summary */
      }
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return out;
}

export async function renderIncidents(el: HTMLElement, route: Route, live: Live): Promise<void> {
  replace(el, loading("Loading incidents…"));
  const common = filters(route.params);
  const id = route.params.get("id");
  const multi = route.params.get("multi");
  const onlyConflicts = route.params.get("conflicts") === "1";
  const multiBox = h("input", { type: "checkbox", id: "inc-multi" });
  multiBox.checked = multi === "1";
  multiBox.addEventListener("change", () => go(href("incidents", withParams(route.params, { multi: multiBox.checked ? "1" : null }))));
  const conflictBox = h("input", { type: "checkbox", id: "inc-conflicts" });
  conflictBox.checked = onlyConflicts;
  conflictBox.addEventListener("change", () =>
    go(href("incidents", withParams(route.params, { conflicts: conflictBox.checked ? "1" : null }))),
  );
  const toolbar = (title: string): HTMLElement =>
    h(
      "div",
      { class: "toolbar" },
      h("h1", null, title),
      id
        ? h("a", { href: href("incidents", withParams(route.params, { id: null })) }, "All incidents")
        : h(
            "div",
            { class: "buttons" },
            h("label", { for: "inc-multi", class: "check" }, multiBox, " with several reports"),
            h("label", { for: "inc-conflicts", class: "check" }, conflictBox, " with conflicts"),
          ),
    );

  if (id) {
    const inc = await api<Incident>(`incidents/${encodeURIComponent(id)}`);
    if (!live()) return;
    replace(el, toolbar(`Incident ${inc.id}`), h("ol", { class: "plain incidents" }, incidentCard(inc, common, route)));
    return;
  }

  const p = new URLSearchParams();
  if (common.get("type")) p.set("type", common.get("type") ?? "");
  if (common.get("country")) p.set("country", common.get("country") ?? "");
  const page = currentPage(route);
  let items: Incident[];
  let total: number;
  if (multi === "1" || onlyConflicts) {
    // The API has no filter for these: read up to 2,000 incident summaries and page here.
    const all: Incident[] = [];
    for (let pg = 1; pg <= 10; pg++) {
      p.set("page", String(pg));
      p.set("size", "200");
      const body = itemsOf(await api<Page<Incident> | Incident[]>("incidents", p));
      all.push(...body.items);
      if (body.items.length < 200 || all.length >= body.total) break;
    }
    const several = all.filter(
      (i) =>
        (multi !== "1" || (i.documents ?? []).length > 1 || (i.reports ?? []).length > 1) &&
        (!onlyConflicts || (i.conflicts ?? []).length > 0),
    );
    total = several.length;
    items = several.slice((page - 1) * SIZE, page * SIZE);
  } else {
    p.set("page", String(page));
    p.set("size", String(SIZE));
    const body = itemsOf(await api<Page<Incident> | Incident[]>("incidents", p));
    items = body.items;
    total = body.total;
  }
  if (!live()) return;
  // The list gives summaries; each incident's reports come from /api/incidents/{id}.
  items = await withReports(items, live);
  if (!live()) return;
  const ignored = ["q", "lang", "organization", "person", "entity", "threat", "substance", "since", "until"].filter((k) => common.get(k));
  replace(
    el,
    toolbar(`${total} incident${total === 1 ? "" : "s"}`),
    ignored.length ? h("p", { class: "note small" }, `Incidents are filtered by event type and country only; ignored here: ${ignored.join(", ")}.`) : null,
    items.length ? h("ol", { class: "plain incidents" }, items.map((i) => incidentCard(i, common, route))) : empty("No incident matches these filters."),
    pager(route, total, SIZE),
  );
}
