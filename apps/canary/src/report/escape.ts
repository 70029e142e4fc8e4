/**
 * HTML escaping for the self-contained report.
 */

/**
 * Escape text for HTML element content and attribute values.
 *
 * @example
 * escapeHtml('<b>&'); // '&lt;b&gt;&amp;'
 * @throws never
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Make JSON safe to embed inside `<script type="application/json">` (no `</script>` breakout).
 *
 * @example
 * embedJson({ a: '</script>' });
 * @throws never
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
