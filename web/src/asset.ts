// URLs of files shipped beside app.js (resolved against the script's own URL, so the dashboard
// works wherever the server mounts it).
const SCRIPT = (document.currentScript as HTMLScriptElement | null)?.src || location.href;

export function assetUrl(name: string): string {
  return new URL(name, SCRIPT).toString();
}

const cache = new Map<string, Promise<unknown>>();

export function loadAsset<T>(name: string): Promise<T> {
  let p = cache.get(name);
  if (!p) {
    p = fetch(assetUrl(name)).then((r) => {
      if (!r.ok) throw new Error(`${name}: HTTP ${r.status}`);
      return r.json();
    });
    p.catch(() => cache.delete(name));
    cache.set(name, p);
  }
  return p as Promise<T>;
}
