// The story page: the brief, the claims matrix with each claim's cited sentences, the timeline chart, the
// people and the roles each outlet gives them, and one card per source.
import type {
  ReportArticle,
  ReportClaim,
  ReportClaimEvidence,
  ReportEntity,
  ReportSource,
  ReportStory,
} from '../brief/index.ts';
import { safeHref } from '../brief/index.ts';
import type { StoryReport } from '../pipeline/index.ts';
import { renderBrief } from './brief-markdown.ts';
import { buildClaimsMatrix, claimAnchor, claimRowAnchor, renderClaimsMatrix } from './claims-matrix.ts';
import { markup, type HtmlPart, type SafeHtml } from './html.ts';
import { articleHref, type HighlightSpan } from './links.ts';
import { outletName } from './outlet.ts';
import { renderTimelineChart, renderTimelineTable } from './timeline-chart.ts';

type OutletOf = (articleId: string) => string;

export function dateSpan(start: string | undefined, end: string | undefined): string {
  if (start === undefined) return '';
  const from = start.slice(0, 10);
  const to = (end ?? start).slice(0, 10);
  return from === to ? from : `${from} – ${to}`;
}

function joined(parts: readonly HtmlPart[], separator: string): HtmlPart[] {
  return parts.flatMap((part, index) => (index === 0 ? [part] : [separator, part]));
}

/** The sentence with the first occurrence of the value it gives marked. */
function sentenceWithValue(evidence: ReportClaimEvidence): SafeHtml {
  const value = evidence.value;
  const at =
    value === undefined || value === '' ? -1 : evidence.sentence.toLowerCase().indexOf(value.toLowerCase());
  if (value === undefined || at < 0) return markup`${evidence.sentence}`;
  const end = at + value.length;
  return markup`${evidence.sentence.slice(0, at)}<mark>${evidence.sentence.slice(at, end)}</mark>${evidence.sentence.slice(end)}`;
}

function evidenceItems(
  evidence: readonly ReportClaimEvidence[],
  stance: 'supports' | 'contradicts',
  outletOf: OutletOf,
): SafeHtml[] {
  return evidence.map((e) => {
    const value = e.value === undefined ? '' : markup` <span class="value">${e.value}</span>`;
    return markup`<li class="${stance}"><span class="stance">${stance}</span> <a href="${articleHref(e.articleId, [e])}">${outletOf(e.articleId)}</a>${value}
<blockquote>${sentenceWithValue(e)}</blockquote></li>
`;
  });
}

function renderSides(claim: ReportClaim, outletOf: OutletOf): SafeHtml | '' {
  if (claim.sides.length < 2) return '';
  const sides = claim.sides.map((side) => {
    const outlets = [...new Set(side.articleIds.map(outletOf))].join(', ');
    return markup`<span class="side"><strong>${side.value}</strong> — ${side.outlets} outlet(s): ${outlets}</span>`;
  });
  return markup`<p class="sides">${joined(sides, ' · ')}</p>`;
}

function renderEvidencePanel(claim: ReportClaim, index: number, outletOf: OutletOf): SafeHtml {
  const value = claim.value === undefined ? '' : markup` · value <strong>${claim.value}</strong>`;
  const flags = claim.flags.length > 0 ? ` · ${claim.flags.join(', ')}` : '';
  return markup`<section class="evidence" id="${claimAnchor(index)}">
<h3>${claim.text} <span class="status ${claim.status}">${claim.status}</span></h3>
<p class="meta">${claim.kind} · ${claim.outlets} independent outlet(s)${value}${flags}</p>
${renderSides(claim, outletOf)}
<ul class="sentences">
${evidenceItems(claim.support, 'supports', outletOf)}${evidenceItems(claim.conflicts, 'contradicts', outletOf)}</ul>
<p><a href="#${claimRowAnchor(index)}">close</a></p>
</section>
`;
}

function renderCitations(story: ReportStory, outletOf: OutletOf): SafeHtml {
  if (story.citations.length === 0) return markup``;
  const items = story.citations.map(
    (c) =>
      markup`<li><a href="${articleHref(c.articleId, [c])}">${outletOf(c.articleId)}</a>: ${c.sentence}</li>`,
  );
  return markup`<details class="citations">
    <summary>${story.citations.length} cited sentence(s)</summary>
    <ol>
      ${items}
    </ol>
  </details>`;
}

function spansByArticle(
  spans: readonly (HighlightSpan & { articleId: string })[],
): Map<string, HighlightSpan[]> {
  const out = new Map<string, HighlightSpan[]>();
  for (const s of spans) {
    const list = out.get(s.articleId) ?? [];
    list.push({ start: s.start, end: s.end, ...(s.caption === undefined ? {} : { caption: s.caption }) });
    out.set(s.articleId, list);
  }
  return out;
}

function renderPerson(entity: ReportEntity, outletOf: OutletOf): SafeHtml {
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  const roles = entity.roles.map((role) => {
    const spans = spansByArticle(role.spans);
    const outlets = role.articleIds.map(
      (articleId) =>
        markup`<a href="${articleHref(articleId, spans.get(articleId) ?? [])}">${outletOf(articleId)}</a>`,
    );
    const of = role.of === undefined ? '' : markup` <span class="of">of ${role.of}</span>`;
    return markup`<li><span class="role">${role.role}</span>${of} — ${joined(outlets, ', ')}</li>`;
  });
  const also = aliases.length > 0 ? markup` <span class="aliases">(also ${aliases.join(', ')})</span>` : '';
  return markup`<li class="person"><strong>${entity.name}</strong>${also}<ul class="roles">${roles}</ul></li>
`;
}

function renderPeople(story: ReportStory, outletOf: OutletOf): SafeHtml {
  const people = story.entities
    .filter((e) => e.type === 'person')
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  if (people.length === 0) return markup`<p class="empty">No people named.</p>`;
  const withRoles = people.filter((p) => p.roles.length > 0);
  const others = people.filter((p) => p.roles.length === 0);
  return markup`${
    withRoles.length > 0
      ? markup`<ul class="people">
          ${withRoles.map((p) => renderPerson(p, outletOf))}
        </ul>`
      : ''
  }
  ${others.length > 0 ? markup`<p class="also-named">Also named: ${others.map((p) => p.name).join(', ')}</p>` : ''}`;
}

function derivationNotes(source: ReportSource, labelOf: (id: string) => SafeHtml): SafeHtml[] {
  return source.derivations.map((d) => {
    const direction = d.directed ? '' : ', direction unknown';
    return markup`<li>${d.kind} of ${labelOf(d.articleId)} <small>(similarity ${d.similarity.toFixed(2)}${direction})</small></li>`;
  });
}

function renderSourceCard(
  source: ReportSource,
  article: ReportArticle | undefined,
  labelOf: (id: string) => SafeHtml,
): SafeHtml {
  const outlet = article === undefined ? source.articleId : outletName(article);
  const external = article?.url === undefined ? undefined : safeHref(article.url);
  const facts = [
    outlet,
    article?.publishedAt,
    article?.byline === undefined ? undefined : `by ${article.byline}`,
  ].filter((f): f is string => f !== undefined);
  const notes = derivationNotes(source, labelOf);
  const counts =
    source.claims > 0
      ? markup`<dl class="counts">
          <dt>claims</dt>
          <dd>${source.claims}</dd>
          <dt>only this outlet</dt>
          <dd>${source.uniqueClaims}</dd>
          <dt>contradicted</dt>
          <dd>${source.contradicted}</dd>
          <dt>original</dt>
          <dd>${Math.round(source.originality * 100)}%</dd>
        </dl>`
      : '';
  return markup`<article class="source-card">
    <h3><a href="${articleHref(source.articleId)}">${article?.title ?? '(untitled)'}</a></h3>
    <p class="meta">${facts.join(' · ')}</p>
    ${counts}
    ${
      notes.length > 0
        ? markup`<ul class="derived">
            ${notes}
          </ul>`
        : ''
    }
    ${external === undefined ? '' : markup`<p class="external"><a href="${external}" rel="noopener noreferrer nofollow">original page</a></p>`}
  </article>`;
}

export function renderStoryPage(report: StoryReport): SafeHtml {
  const { story, articles } = report;
  const byId = new Map(articles.map((a) => [a.id, a]));
  const outletOf: OutletOf = (id) => {
    const article = byId.get(id);
    return article === undefined ? id : outletName(article);
  };
  const labelOf = (id: string): SafeHtml =>
    markup`<a href="${articleHref(id)}">${outletOf(id)}: ${byId.get(id)?.title ?? '(untitled)'}</a>`;
  const outlets = new Set(story.articleIds.map(outletOf));
  const matrix = buildClaimsMatrix(story, articles);
  const span = dateSpan(story.start, story.end);
  const brief =
    story.brief.trim() === ''
      ? markup`<p class="empty">No brief has been written for this story yet.</p>`
      : markup`<div class="brief">${renderBrief(story.brief, story.citations, outletOf)}</div>
          ${renderCitations(story, outletOf)}`;
  return markup`<article class="story">
    <h1>${story.title}</h1>
    <p class="meta">
      ${story.articleIds.length} article(s) from ${outlets.size} outlet(s)${span === '' ? '' : ` · ${span}`} ·
      <a href="/api/stories/${encodeURIComponent(story.id)}">JSON</a>
    </p>
    <section id="brief">
      <h2>Brief</h2>
      ${brief}
    </section>
    <section id="claims">
      <h2>Claims across outlets</h2>
      ${renderClaimsMatrix(matrix)}
      ${story.claims.map((claim, index) => renderEvidencePanel(claim, index, outletOf))}
    </section>
    <section id="timeline">
      <h2>Timeline</h2>
      ${renderTimelineChart(story.timeline)}${renderTimelineTable(story.timeline, outletOf)}
    </section>
    <section id="people">
      <h2>People and their roles, by outlet</h2>
      ${renderPeople(story, outletOf)}
    </section>
    <section id="sources">
      <h2>Sources</h2>
      <div class="source-cards">
        ${story.sources.map((s) => renderSourceCard(s, byId.get(s.articleId), labelOf))}
      </div>
    </section>
  </article>`;
}
