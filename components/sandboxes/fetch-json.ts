// The Sandboxes pages' calls to their own JSON routes (app/api/sandboxes/**): same-origin JSON (the CSRF
// gate's shape), and the route's error message as the thrown Error's.
async function errorText(res: Response): Promise<string> {
  const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? `The request failed (${res.status}).`;
}

export async function readJson<T>(res: Response): Promise<T> {
  if (!res.ok) throw new Error(await errorText(res));
  return (await res.json()) as T;
}

export async function getJson<T>(url: string): Promise<T> {
  return readJson<T>(await fetch(url, { cache: "no-store" }));
}

export async function sendJson<T>(url: string, body: unknown = {}, method: "POST" | "DELETE" = "POST"): Promise<T> {
  return readJson<T>(await fetch(url, { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }));
}
