// Co-occurring organisations, agencies and persons (/api/network) laid out with d3-force.
// Node colour: entity type; node size: documents; edge width: shared documents. Selecting a
// node filters every view by that entity.
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from "d3-force";
import type { SimulationLinkDatum, SimulationNodeDatum } from "d3-force";
import { api, type Network, type NetworkNode } from "../api";
import { h, replace, s } from "../dom";
import { entityColour, label } from "../format";
import { filters, go, href, withParams, type Route } from "../route";
import { empty, loading, type Live } from "../ui";

const W = 800;
const H = 560;

interface Node extends SimulationNodeDatum, NetworkNode {}
interface Link extends SimulationLinkDatum<Node> {
  weight: number;
}

export async function renderNetwork(el: HTMLElement, route: Route, live: Live): Promise<void> {
  replace(el, loading("Loading the network…"));
  const common = filters(route.params);
  const p = new URLSearchParams(common);
  const kind = route.params.get("kind");
  // For /api/network, `type` lists the actors' types and may add one event type as a filter.
  const eventType = common.get("type");
  const kinds = [kind, eventType].filter(Boolean).join(",");
  if (kinds) p.set("type", kinds);
  else p.delete("type");
  p.set("limit", route.params.get("limit") ?? "60");
  const net = await api<Network>("network", p);
  if (!live()) return;

  const nodes: Node[] = (net.nodes ?? []).map((n) => ({ ...n }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links: Link[] = (net.edges ?? [])
    .filter((e) => byId.has(e.source) && byId.has(e.target) && e.source !== e.target)
    .map((e) => ({ source: e.source, target: e.target, weight: e.weight }) as unknown as Link);

  const kindSelect = h(
    "select",
    { id: "net-kind" },
    h("option", { value: "" }, "all actors"),
    h("option", { value: "organization" }, "organisations"),
    h("option", { value: "agency" }, "agencies"),
    h("option", { value: "person" }, "persons"),
  );
  kindSelect.value = kind ?? "";
  kindSelect.addEventListener("change", () => go(href("network", withParams(route.params, { kind: kindSelect.value || null }))));
  const toolbar = h(
    "div",
    { class: "toolbar" },
    h("h1", null, `${nodes.length} actors, ${links.length} links`),
    h("div", { class: "buttons" }, h("label", { for: "net-kind" }, "Show "), kindSelect),
  );

  if (!nodes.length) {
    replace(el, toolbar, empty("No co-occurring actors match these filters."));
    return;
  }

  const degree = new Map<string, number>();
  for (const l of links) {
    for (const end of [l.source, l.target] as unknown as string[]) degree.set(end, (degree.get(end) ?? 0) + 1);
  }
  const maxW = Math.max(1, ...nodes.map((n) => n.weight || 1));
  const maxE = Math.max(1, ...links.map((l) => l.weight || 1));
  const radius = (n: Node): number => 5 + 14 * Math.sqrt((n.weight || 1) / maxW);

  // Seeded start positions on a spiral, so the same data gives the same picture.
  nodes.forEach((n, i) => {
    const a = i * 2.399963;
    const r = 12 * Math.sqrt(i + 1);
    n.x = W / 2 + r * Math.cos(a);
    n.y = H / 2 + r * Math.sin(a);
  });
  const sim = forceSimulation<Node>(nodes)
    .force(
      "link",
      forceLink<Node, Link>(links)
        .id((n) => n.id)
        .distance((l) => 70 - 30 * (l.weight / maxE))
        .strength(0.4),
    )
    .force("charge", forceManyBody<Node>().strength(-220).distanceMax(300))
    .force("center", forceCenter(W / 2, H / 2))
    // Isolated actors are held near the centre, or they drift off and squeeze the rest.
    .force("x", forceX<Node>(W / 2).strength((n) => (degree.get(n.id) ? 0.05 : 0.4)))
    .force("y", forceY<Node>(H / 2).strength((n) => (degree.get(n.id) ? 0.07 : 0.4)))
    .force("collide", forceCollide<Node>((n) => radius(n) + 3))
    .stop();
  for (let i = 0; i < 300; i++) sim.tick();
  // Stretch the layout to the drawing area (leaving room on the right for labels).
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = (W - 60 - 150) / Math.max(1, x1 - x0);
  const sy = (H - 60) / Math.max(1, y1 - y0);
  const k = Math.min(sx, sy, 3);
  const ox = (W - 150 - k * (x1 - x0)) / 2;
  const oy = (H - k * (y1 - y0)) / 2;
  for (const n of nodes) {
    n.x = ox + k * ((n.x ?? 0) - x0);
    n.y = oy + k * ((n.y ?? 0) - y0);
  }
  // Labels for the best-connected actors; the others show theirs on hover and focus.
  const labelled = new Set([...nodes].sort((a, b) => b.weight - a.weight).slice(0, 25).map((n) => n.id));

  const selectedId = route.params.get("entity");
  const neighbours = new Set<string>();
  if (selectedId) {
    for (const l of links) {
      const a = (l.source as Node).id;
      const b = (l.target as Node).id;
      if (a === selectedId) neighbours.add(b);
      if (b === selectedId) neighbours.add(a);
    }
  }

  const svg = s("svg", {
    class: "network",
    viewBox: `0 0 ${W} ${H}`,
    role: "group",
    "aria-label": `Network of ${nodes.length} co-occurring actors`,
  });
  const edgeLayer = s("g", { class: "edges" });
  for (const l of links) {
    const a = l.source as Node;
    const b = l.target as Node;
    const on = selectedId && (a.id === selectedId || b.id === selectedId);
    edgeLayer.appendChild(
      s(
        "line",
        {
          class: on ? "edge on" : "edge",
          x1: (a.x ?? 0).toFixed(1),
          y1: (a.y ?? 0).toFixed(1),
          x2: (b.x ?? 0).toFixed(1),
          y2: (b.y ?? 0).toFixed(1),
          "stroke-width": (0.8 + 5 * ((l.weight || 1) / maxE)).toFixed(2),
        },
        s("title", null, `${a.name} — ${b.name}: ${l.weight} shared document${l.weight === 1 ? "" : "s"}`),
      ),
    );
  }
  svg.appendChild(edgeLayer);

  const nodeLayer = s("g", { class: "nodes" });
  const detail = h("div", { class: "net-detail", "aria-live": "polite" });
  for (const n of [...nodes].sort((a, b) => a.weight - b.weight)) {
    const r = radius(n);
    const dim = selectedId && n.id !== selectedId && !neighbours.has(n.id);
    const g = s(
      "g",
      {
        class: `node type-${n.type}${n.id === selectedId ? " selected" : ""}${dim ? " dim" : ""}${labelled.has(n.id) || neighbours.has(n.id) ? " labelled" : ""}`,
        transform: `translate(${(n.x ?? 0).toFixed(1)},${(n.y ?? 0).toFixed(1)})`,
        tabindex: 0,
        role: "button",
        "aria-label": `${n.name} (${label(n.type)}, ${n.weight} documents): filter by this actor`,
        "data-id": n.id,
      },
      s("title", null, `${n.name} · ${label(n.type)} · ${n.weight} documents`),
      s("circle", { r: r.toFixed(1), fill: entityColour(n.type) }),
      s("text", { class: "node-label", x: (r + 3).toFixed(1), dy: "0.35em" }, n.name.length > 28 ? n.name.slice(0, 27) + "…" : n.name),
    );
    const pick = (): void => {
      const same = route.params.get("entity") === n.id;
      go(href("network", withParams(route.params, { entity: same ? null : n.id })));
    };
    g.addEventListener("click", pick);
    g.addEventListener("keydown", (ev) => {
      if ((ev as KeyboardEvent).key === "Enter" || (ev as KeyboardEvent).key === " ") {
        ev.preventDefault();
        pick();
      }
    });
    nodeLayer.appendChild(g);
  }
  svg.appendChild(nodeLayer);

  const sel = selectedId ? byId.get(selectedId) : undefined;
  if (sel) {
    const ns = [...neighbours].map((id) => byId.get(id)).filter(Boolean) as Node[];
    replace(
      detail,
      h("h2", null, sel.name),
      h("p", { class: "muted" }, `${label(sel.type)} · ${sel.id} · ${sel.weight} documents`),
      h("p", null, h("a", { href: href("search", common) }, "Its documents"), " · ", h("a", { href: href("network", withParams(route.params, { entity: null })) }, "Unselect")),
      ns.length ? h("h3", null, "Appears with") : null,
      h("ul", { class: "plain" }, ns.sort((a, b) => b.weight - a.weight).map((m) => h("li", null, h("a", { href: href("network", withParams(route.params, { entity: m.id })) }, m.name), h("span", { class: "muted small" }, ` ${label(m.type)}`)))),
    );
  } else {
    replace(detail, h("p", { class: "muted" }, "Select an actor to filter every view by it."));
  }

  const types = [...new Set(nodes.map((n) => n.type))].sort();
  const legend = h(
    "ul",
    { class: "plain type-legend" },
    types.map((t) => h("li", null, h("span", { class: "swatch round", "aria-hidden": "true", "data-colour": entityColour(t) }), label(t))),
    h("li", { class: "muted" }, "size: documents · line width: shared documents"),
  );
  replace(el, toolbar, h("div", { class: "net-layout" }, h("figure", { class: "net-figure" }, svg, legend), detail));
  for (const sw of el.querySelectorAll<HTMLElement>("[data-colour]")) sw.style.backgroundColor = sw.dataset.colour ?? "";
}
