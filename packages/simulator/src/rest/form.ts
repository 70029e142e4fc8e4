/**
 * Form body parsing for POST routes: both `application/x-www-form-urlencoded` and
 * `multipart/form-data` must be accepted (docs/protocol/rest.md#conventions "Requests").
 */

/** Parses a request body into string fields. Unknown content types yield {}. */
export function parseForm(contentType: string | undefined, body: Buffer): Record<string, string> {
  const ct = contentType ?? '';
  if (ct.startsWith('application/x-www-form-urlencoded') || (ct === '' && body.length > 0 && !body.includes(0x0d))) {
    return Object.fromEntries(new URLSearchParams(body.toString('utf8')));
  }
  if (ct.startsWith('application/json')) {
    try {
      const obj = JSON.parse(body.toString('utf8')) as unknown;
      if (typeof obj !== 'object' || obj === null) return {};
      const out: Record<string, string> = {};
      for (const [k, v] of Object.entries(obj)) out[k] = typeof v === 'string' ? v : JSON.stringify(v);
      return out;
    } catch {
      return {};
    }
  }
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(ct);
  if (!ct.startsWith('multipart/form-data') || !m) return {};
  const boundary = `--${m[1] ?? m[2]}`;
  const text = body.toString('utf8');
  const out: Record<string, string> = {};
  for (const part of text.split(boundary)) {
    const sep = part.indexOf('\r\n\r\n');
    if (sep < 0) continue;
    const head = part.slice(0, sep);
    const name = /name="([^"]*)"/i.exec(head)?.[1];
    if (name === undefined) continue;
    let value = part.slice(sep + 4);
    if (value.endsWith('\r\n')) value = value.slice(0, -2);
    out[name] = value;
  }
  return out;
}
