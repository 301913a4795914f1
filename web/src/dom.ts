// Safe DOM construction. Data from the API only ever becomes text nodes or attribute values
// set through the DOM (never parsed as markup): there is no innerHTML anywhere in the dashboard.

export type Child = Node | string | number | null | undefined | false | Child[];
type Handler = (ev: Event) => void;
export interface Attrs {
  [name: string]: string | number | boolean | null | undefined | Handler;
}

const SVG_NS = "http://www.w3.org/2000/svg";

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const c of child) append(parent, c);
  } else if (child instanceof Node) {
    parent.appendChild(child);
  } else {
    parent.appendChild(document.createTextNode(String(child)));
  }
}

function apply(el: Element, attrs: Attrs | null | undefined): void {
  if (!attrs) return;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") {
      // `onclick` → addEventListener("click"): handlers are functions, never strings.
      if (!name.startsWith("on")) throw new Error(`function for non-event attribute ${name}`);
      el.addEventListener(name.slice(2), value);
      continue;
    }
    if (/^on/i.test(name)) throw new Error(`string event handler ${name} refused`);
    if (name === "href" || name === "src" || name === "action") {
      el.setAttribute(name, safeUrl(String(value)));
      continue;
    }
    el.setAttribute(name, value === true ? "" : String(value));
  }
}

/** An HTML element: `h("a", {href: "#/x", class: "y"}, "text", child)`. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  apply(el, attrs);
  append(el, children);
  return el;
}

/** An SVG element. */
export function s(tag: string, attrs?: Attrs | null, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag) as SVGElement;
  apply(el, attrs);
  append(el, children);
  return el;
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

export function replace(el: Element, ...children: Child[]): void {
  clear(el);
  append(el, children);
}

/** Internal routes (`#...`, relative paths) pass; absolute URLs only when http(s). */
export function safeUrl(url: string): string {
  const u = url.trim();
  if (u.startsWith("#") || u.startsWith("/") || u.startsWith("?")) return u;
  if (/^https?:\/\//i.test(u)) return u;
  if (/^[a-z][a-z0-9+.-]*:/i.test(u)) return "#"; // javascript:, data:, vbscript:, ...
  return u;
}

/** A link to a document-provided URL, or plain text when it is not http(s). */
export function externalLink(url: string | null | undefined, label?: string): Node | null {
  if (!url) return null;
  if (!/^https?:\/\//i.test(url.trim())) return h("span", { class: "muted" }, label ?? url);
  return h("a", { href: url.trim(), rel: "noopener noreferrer", target: "_blank" }, label ?? url);
}

/** Text with `[hit]` marks (the API's snippet markup) as <mark> elements. */
export function marked(text: string | null | undefined): DocumentFragment {
  const frag = document.createDocumentFragment();
  if (!text) return frag;
  const re = /\[([^[\]]+)\]/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) frag.appendChild(document.createTextNode(text.slice(last, m.index)));
    frag.appendChild(h("mark", null, m[1]));
    last = m.index + m[0].length;
  }
  if (last < text.length) frag.appendChild(document.createTextNode(text.slice(last)));
  return frag;
}
