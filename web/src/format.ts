// Labels, dates and colours shared by the views.
import type { Goods, Quantity } from "./api";

const regionNames = safeDisplayNames("region");
const languageNames = safeDisplayNames("language");

function safeDisplayNames(type: "region" | "language"): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames(["en"], { type });
  } catch {
    return null;
  }
}

export function countryName(code: string | null | undefined): string {
  if (!code) return "";
  try {
    return regionNames?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export function languageName(code: string | null | undefined): string {
  if (!code) return "unknown";
  if (code === "unknown") return "unknown";
  try {
    return languageNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

export function label(s: string | null | undefined): string {
  return (s ?? "").replace(/_/g, " ");
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** An EDTF date (`2024`, `2024-03`, `2024-03-05`, `XXXX-05-24`) for reading. */
export function edtf(value: string | null | undefined): string {
  if (!value) return "undated";
  const m = /^(\d{4}|XXXX)(?:-(\d{2}|XX))?(?:-(\d{2}|XX))?/.exec(value);
  if (!m) return value;
  const [, y, mo, d] = m;
  const month = mo && mo !== "XX" ? MONTHS[Number(mo) - 1] : null;
  const day = d && d !== "XX" ? String(Number(d)) : null;
  const year = y === "XXXX" ? null : y;
  const parts = [day, month, year].filter(Boolean).join(" ");
  if (!year) return `${parts || "?"} (year unknown)`;
  return parts + (value.length > m[0].length ? value.slice(m[0].length) : "");
}

export function number(v: number | null | undefined): string {
  if (v === null || v === undefined) return "?";
  return new Intl.NumberFormat("en-GB").format(v);
}

const QUALIFIERS: Record<string, string> = {
  more_than: "over ",
  at_least: "at least ",
  less_than: "under ",
  up_to: "up to ",
  about: "about ",
  approx: "about ",
  approximately: "about ",
};

export function qualifier(q: string | null | undefined): string {
  if (!q || q === "exact") return "";
  return QUALIFIERS[q] ?? label(q) + " ";
}

export function goods(g: Goods): string {
  const amount = g.value !== null && g.value !== undefined ? `${qualifier(g.qualifier)}${number(g.value)} ${g.unit ?? ""}`.trim() : "";
  const what = label(g.substance || g.category || "goods");
  return amount ? `${amount} of ${what}` : what;
}

export function quantity(q: Quantity): string {
  const unit = q.unit && q.unit !== "person" ? ` ${q.unit}` : "";
  return `${qualifier(q.qualifier)}${number(q.value)}${unit}${q.what ? " " + q.what : ""}`;
}

// Colour-blind-friendly categorical palette (Okabe–Ito + Tableau additions), dark enough for
// white text where used as a fill.
const PALETTE = [
  "#0072B2",
  "#D55E00",
  "#009E73",
  "#CC79A7",
  "#E69F00",
  "#56B4E9",
  "#8C564B",
  "#7F7F7F",
  "#BCBD22",
  "#17BECF",
  "#9467BD",
  "#2CA02C",
];
const EVENT_COLOURS: Record<string, string> = {
  seizure: "#D55E00",
  arrest: "#CC79A7",
  meeting: "#0072B2",
  agreement: "#56B4E9",
  training: "#009E73",
  exercise: "#2CA02C",
  operation: "#E69F00",
  clash: "#B2182B",
  aid: "#17BECF",
  extradition: "#9467BD",
  prosecution: "#8C564B",
  statement: "#7F7F7F",
  documents: "#5B7A99",
};

export function eventColour(type: string): string {
  if (EVENT_COLOURS[type]) return EVENT_COLOURS[type];
  let hash = 0;
  for (const ch of type) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length];
}

export const ENTITY_COLOURS: Record<string, string> = {
  country: "#1f77b4",
  organization: "#9467bd",
  agency: "#2ca02c",
  person: "#d62728",
  place: "#ff7f0e",
};

export function entityColour(type: string): string {
  return ENTITY_COLOURS[type] ?? "#7f7f7f";
}
