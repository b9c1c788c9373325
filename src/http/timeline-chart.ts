// The story timeline drawn server-side as an inline SVG: one row per dated event on a shared time axis, each
// dot linking to the sentence that dates it. No script: it is markup and a stylesheet.
import type { ReportStory } from '../brief/index.ts';
import { markup, type SafeHtml } from './html.ts';
import { articleHref } from './links.ts';
import { TIMELINE_LABEL_CHARS } from './thresholds.ts';

type TimelineEntry = ReportStory['timeline'][number];

const WIDTH = 900;
const MARGIN_X = 24;
const AXIS_HEIGHT = 34;
const ROW_HEIGHT = 24;
const DAY_MS = 86_400_000;
/** Most axis ticks drawn; past this many days the ticks skip days. */
const MAX_TICKS = 8;
/** Average width of a label character at the chart's 12-unit font, for fitting labels beside their dot. */
const CHAR_WIDTH = 7;

export interface PlacedEntry {
  readonly entry: TimelineEntry;
  /** Milliseconds on a naive clock (the date and time as written, read as if UTC). */
  readonly time: number;
}

/** Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with an optional `HH:MM`; undefined for anything else. Times are
 *  as the articles wrote them, in their own zones, so they are placed on a naive clock. */
export function entryTime(entry: Pick<TimelineEntry, 'date' | 'time'>): number | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(entry.date);
  if (match === null) return undefined;
  const [, year, month, day] = match;
  const clock =
    entry.time !== undefined && /^\d{2}:\d{2}/.test(entry.time) ? entry.time.slice(0, 5) : '12:00';
  const time = Date.parse(`${year}-${month ?? '01'}-${day ?? '01'}T${clock}:00Z`);
  return Number.isNaN(time) ? undefined : time;
}

/** Entries with a readable date, in time order (ties keep the timeline's order). */
export function placeEntries(timeline: readonly TimelineEntry[]): PlacedEntry[] {
  return timeline
    .map((entry, index) => ({ entry, index, time: entryTime(entry) }))
    .filter((p): p is { entry: TimelineEntry; index: number; time: number } => p.time !== undefined)
    .sort((a, b) => a.time - b.time || a.index - b.index)
    .map(({ entry, time }) => ({ entry, time }));
}

function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1).trimEnd()}…`;
}

function when(entry: TimelineEntry): string {
  return `${entry.date}${entry.time === undefined ? '' : ` ${entry.time}`}`;
}

function entryHref(entry: TimelineEntry): string | undefined {
  const first = entry.support[0];
  if (first === undefined) return undefined;
  const spans = entry.support.filter((s) => s.articleId === first.articleId);
  return articleHref(first.articleId, spans);
}

export function renderTimelineChart(timeline: readonly TimelineEntry[]): SafeHtml {
  const placed = placeEntries(timeline);
  if (placed.length === 0) return markup`<p class="empty">No dated events in this story.</p>`;
  const first = placed[0]?.time ?? 0;
  const last = placed[placed.length - 1]?.time ?? first;
  // A story within one day still gets a day-wide axis, so its events spread by time of day.
  const startDay = Math.floor(first / DAY_MS) * DAY_MS;
  const endDay = Math.max(Math.ceil(last / DAY_MS) * DAY_MS, startDay + DAY_MS);
  const span = endDay - startDay;
  const x = (time: number): number => MARGIN_X + ((time - startDay) / span) * (WIDTH - 2 * MARGIN_X);
  const height = AXIS_HEIGHT + placed.length * ROW_HEIGHT + 8;

  const days = Math.round(span / DAY_MS);
  const step = Math.max(1, Math.ceil(days / MAX_TICKS));
  const ticks: SafeHtml[] = [];
  for (let day = 0; day <= days; day += step) {
    const time = startDay + day * DAY_MS;
    const tx = x(time).toFixed(1);
    const anchor = day === 0 ? 'start' : day + step > days ? 'end' : 'middle';
    const label = new Date(time).toISOString().slice(0, 10);
    ticks.push(
      markup`<g class="tick"><line x1="${tx}" x2="${tx}" y1="${AXIS_HEIGHT - 6}" y2="${height}"></line><text x="${tx}" y="${AXIS_HEIGHT - 12}" text-anchor="${anchor}">${label}</text></g>
`,
    );
  }

  const rows = placed.map(({ entry, time }, index) => {
    const cx = x(time);
    const cy = AXIS_HEIGHT + index * ROW_HEIGHT + ROW_HEIGHT / 2;
    const radius = 4 + Math.min(entry.articleIds.length, 6);
    // The label goes on the side of the dot with more room, cut to fit it.
    const rightRoom = WIDTH - (cx + radius + 6);
    const leftRoom = cx - radius - 6;
    const labelRight = rightRoom >= leftRoom || rightRoom >= entry.text.length * CHAR_WIDTH;
    const labelX = labelRight ? cx + radius + 6 : cx - radius - 6;
    const fits = Math.floor((labelRight ? rightRoom : leftRoom) / CHAR_WIDTH);
    const tooltip = `${when(entry)} — ${entry.text} (${entry.articleIds.length} article(s))`;
    const label = truncate(entry.text, Math.min(TIMELINE_LABEL_CHARS, fits));
    const dot = markup`<circle cx="${cx.toFixed(1)}" cy="${cy}" r="${radius}"></circle><text x="${labelX.toFixed(1)}" y="${cy + 4}" text-anchor="${labelRight ? 'start' : 'end'}">${label}</text>`;
    const href = entryHref(entry);
    const body = href === undefined ? dot : markup`<a href="${href}" aria-label="${tooltip}">${dot}</a>`;
    return markup`<g class="event"><title>${tooltip}</title>${body}</g>
`;
  });

  return markup`<figure class="timeline-chart"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="Timeline of ${placed.length} dated events">
${ticks}${rows}</svg></figure>`;
}

/** The same events as a table, with links to each article that dates them. */
export function renderTimelineTable(
  timeline: readonly TimelineEntry[],
  outletOf: (articleId: string) => string,
): SafeHtml {
  if (timeline.length === 0) return markup``;
  const rows = timeline.map((entry) => {
    const byArticle = new Map<string, { start: number; end: number }[]>();
    for (const s of entry.support) {
      const list = byArticle.get(s.articleId) ?? [];
      list.push({ start: s.start, end: s.end });
      byArticle.set(s.articleId, list);
    }
    const sources = [...byArticle].map(
      ([articleId, spans]) => markup`<a href="${articleHref(articleId, spans)}">${outletOf(articleId)}</a>`,
    );
    const datedBy = sources.map((source, i) => (i === 0 ? source : markup`, ${source}`));
    return markup`<tr><td class="when">${when(entry)}</td><td>${entry.text}</td><td>${datedBy}</td></tr>
`;
  });
  return markup`<details class="timeline-table"><summary>Timeline as a table</summary>
<table><thead><tr><th>when</th><th>event</th><th>dated by</th></tr></thead>
<tbody>
${rows}</tbody></table></details>`;
}
