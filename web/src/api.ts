// The REST client (docs/api.md). Same origin only: the page never talks to another host.

export class ApiError extends Error {
  constructor(
    public status: number,
    public code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function api<T>(path: string, params?: URLSearchParams | Record<string, string>): Promise<T> {
  const p = params instanceof URLSearchParams ? params : new URLSearchParams(params ?? {});
  const qs = p.toString();
  let resp: Response;
  try {
    resp = await fetch(`/api/${path}${qs ? "?" + qs : ""}`, {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    });
  } catch (e) {
    throw new ApiError(0, "network", `the Kordon server did not answer (${String(e)})`);
  }
  if (!resp.ok) {
    let code = "http_" + resp.status;
    let message = resp.statusText || `HTTP ${resp.status}`;
    try {
      const body = await resp.json();
      if (body && body.error) {
        code = String(body.error.code ?? code);
        message = String(body.error.message ?? message);
      } else if (body && body.detail) {
        message = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
      }
    } catch {
      /* not JSON */
    }
    throw new ApiError(resp.status, code, message);
  }
  return (await resp.json()) as T;
}

// ---- shapes (docs/api.md) ----

export interface Page<T> {
  total: number;
  page?: number;
  size?: number;
  items: T[];
}

export interface Dateline {
  place: string | null;
  country: string | null;
  agency: string | null;
}

export interface DocumentSummary {
  id: string;
  name: string;
  title: string | null;
  lang: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  dateline: Dateline | null;
  snippet: string | null;
  countries: string[];
  threats: string[];
  event_types: string[];
}

export interface Offsets {
  start: number;
  end: number;
  text?: string;
}

export interface Mention extends Offsets {
  surface?: string;
  kind?: string;
  component?: string;
}

export interface DocEntity {
  id: string;
  type: string;
  name: string;
  country: string | null;
  coords: [number, number] | null;
  role: string | null;
  affiliation: string | null;
  mentions: Mention[];
}

export interface Goods {
  category?: string | null;
  substance?: string | null;
  value?: number | null;
  unit?: string | null;
  qualifier?: string | null;
}

export interface Quantity {
  value?: number | null;
  unit?: string | null;
  what?: string | null;
  qualifier?: string | null;
}

export interface EventRecord {
  type: string;
  date_start: string | null;
  date_end: string | null;
  place: string | null;
  country: string | null;
  status?: string | null;
  quantities?: Quantity[];
  goods?: Goods[];
  route?: { from?: string | null; to?: string | null } | null;
  actors?: Record<string, unknown>[];
  trigger?: Offsets | null;
  evidence?: Offsets[];
  plover?: Record<string, unknown> | null;
  document?: string;
  document_id?: string;
  coords?: [number, number] | null;
  [key: string]: unknown;
}

export interface DocumentFull extends Omit<DocumentSummary, "threats"> {
  text: string;
  entities: DocEntity[];
  events: EventRecord[];
  threats: { label: string; spans: Offsets[] }[];
  incidents: string[];
  duplicate_of: string | null;
}

export interface Stats {
  documents: number;
  by_month?: Record<string, number>;
  by_country?: Record<string, number>;
  by_threat?: Record<string, number>;
  by_type?: Record<string, number>;
  by_lang?: Record<string, number>;
  by_substance?: Record<string, number>;
  by_organization?: Record<string, number>;
  [key: string]: unknown;
}

export interface EntitySummary {
  id: string;
  type: string;
  name: string;
  country: string | null;
  aliases?: string[];
  documents?: number;
  mentions?: number;
}

export interface NetworkNode {
  id: string;
  type: string;
  name: string;
  weight: number;
}

export interface Network {
  nodes: NetworkNode[];
  edges: { source: string; target: string; weight: number }[];
}

export interface MapFeature {
  type: "Feature";
  geometry: { type: "Point"; coordinates: [number, number] } | null;
  properties: {
    event?: unknown;
    type?: string;
    date?: string | null;
    document?: string;
    place?: string | null;
    country?: string | null;
    incident?: string | null;
    [key: string]: unknown;
  };
}

export interface Conflict {
  field: string;
  values: { value: unknown; qualifier?: string | null; document: string; source?: string }[];
  reconciled?: unknown;
  flag?: boolean;
}

export interface IncidentReport {
  document: string;
  score: number | null;
  why: Record<string, unknown> | null;
  date_start: string | null;
  goods: Goods[];
  quantities: Quantity[];
  evidence: Offsets | null;
}

export interface Incident {
  id: string;
  type: string;
  date_start: string | null;
  date_end: string | null;
  country: string | null;
  place: string | null;
  documents: { id: string; source?: string }[];
  languages: string[];
  conflicts: Conflict[];
  reports: IncidentReport[];
}

/** A list endpoint's items whether it answers `{items: [...]}` or a bare array. */
export function itemsOf<T>(body: Page<T> | T[]): { items: T[]; total: number } {
  if (Array.isArray(body)) return { items: body, total: body.length };
  return { items: body.items ?? [], total: body.total ?? (body.items ?? []).length };
}
