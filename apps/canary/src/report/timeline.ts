/**
 * Inline SVG timeline of the lifecycle: one lane per step (bar = its latency),
 * plus markers for WS / REST / local events and red lines for incidents.
 * Pure string building: no external assets, no script.
 */
import type { CanaryReport } from './schema.js';
import { escapeHtml } from './escape.js';

const LANE = 22;
const LEFT = 240;
const WIDTH = 960;
const PLOT = WIDTH - LEFT - 20;
const COLORS = {
  passed: '#2e9d57',
  failed: '#d64545',
  skipped: '#9aa0a6',
  ws: '#2f6fdf',
  rest: '#e08a1e',
  'rest-probe': '#b86e12',
  reconciliation: '#8a4fbf',
  local: '#6b6f76',
  unknown: '#9aa0a6',
} as const;
type Lane = 'ws' | 'rest' | 'rest-probe' | 'reconciliation' | 'local' | 'unknown';
const BASE_LANES: readonly Lane[] = ['ws', 'rest', 'local'];
const EXTRA_LANES: readonly Lane[] = ['rest-probe', 'reconciliation', 'unknown'];

/**
 * Render the timeline chart as an `<svg>` string.
 *
 * @example
 * const svg = renderTimelineSvg(report);
 * @throws never
 */
export function renderTimelineSvg(report: CanaryReport): string {
  const steps = report.steps;
  // Every source present gets a lane, so evidence that is not WS is never drawn on the WS lane.
  const present = new Set<string>([...report.events.map((e) => e.source), ...report.orderEvents.map((e) => e.source)]);
  const lanes: Lane[] = [...BASE_LANES, ...EXTRA_LANES.filter((l) => present.has(l))];
  const eventLanes = lanes.length;
  const total = Math.max(
    1,
    report.durationMs,
    ...steps.map((s) => (s.tStartMs ?? 0) + (s.latencyMs ?? 0)),
    ...report.events.map((e) => e.tMs),
  );
  const x = (ms: number): number => LEFT + (Math.max(0, ms) / total) * PLOT;
  const height = (steps.length + eventLanes) * LANE + 50;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" aria-label="Lifecycle timeline" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">`,
  );
  // Axis with 5 ticks.
  for (let i = 0; i <= 5; i++) {
    const ms = (total * i) / 5;
    const xx = x(ms).toFixed(1);
    out.push(`<line x1="${xx}" y1="10" x2="${xx}" y2="${height - 30}" stroke="#e3e5e8"/>`);
    out.push(
      `<text x="${xx}" y="${height - 12}" font-size="11" text-anchor="middle" fill="#555">${Math.round(ms)} ms</text>`,
    );
  }
  steps.forEach((s, i) => {
    const y = 14 + i * LANE;
    out.push(`<text x="8" y="${y + 12}" font-size="12" fill="#222">${escapeHtml(truncate(s.title, 34))}</text>`);
    if (s.tStartMs !== null && s.latencyMs !== null) {
      const w = Math.max(2, (s.latencyMs / total) * PLOT);
      out.push(
        `<rect class="step-bar step-${s.status}" data-step="${escapeHtml(s.id)}" x="${x(s.tStartMs).toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${LANE - 8}" rx="3" fill="${COLORS[s.status]}"><title>${escapeHtml(`${s.title}: ${s.status}, ${s.latencyMs} ms`)}</title></rect>`,
      );
    } else {
      out.push(`<text x="${LEFT}" y="${y + 12}" font-size="11" fill="${COLORS.skipped}">skipped</text>`);
    }
  });
  lanes.forEach((src, j) => {
    const y = 14 + (steps.length + j) * LANE;
    out.push(`<text x="8" y="${y + 12}" font-size="12" fill="${COLORS[src]}">${src.toUpperCase()} events</text>`);
    const marks = [
      ...report.events.filter((ev) => ev.source === src),
      ...report.orderEvents
        .filter((ev) => ev.source === src)
        .map((ev) => ({ kind: ev.type, status: undefined, tMs: ev.tMs })),
    ];
    for (const e of marks) {
      const cx = x(e.tMs).toFixed(1);
      const label = escapeHtml(`${e.kind}${e.status ? ` (${e.status})` : ''} @ ${e.tMs} ms`);
      out.push(
        src === 'rest'
          ? `<rect class="event-marker" x="${(Number(cx) - 5).toFixed(1)}" y="${y + 2}" width="10" height="10" transform="rotate(45 ${cx} ${y + 7})" fill="${COLORS.rest}"><title>${label}</title></rect>`
          : `<circle class="event-marker" cx="${cx}" cy="${y + 7}" r="5" fill="${COLORS[src]}"><title>${label}</title></circle>`,
      );
    }
  });
  for (const inc of report.incidents) {
    const xx = x(inc.tMs).toFixed(1);
    out.push(
      `<line class="incident" x1="${xx}" y1="10" x2="${xx}" y2="${height - 30}" stroke="#d64545" stroke-dasharray="4 3"><title>${escapeHtml(`${inc.kind}: ${inc.detail}`)}</title></line>`,
    );
  }
  out.push('</svg>');
  return out.join('');
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
