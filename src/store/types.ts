// What the store promises, whatever database backs it.
import type { Article } from '../extract/types.ts';

export interface ArticleLocation {
  readonly source: string;
  readonly url?: string;
  readonly firstSeen: string;
}

export interface StoredArticle extends Article {
  readonly ingestedAt: string;
  readonly locations: readonly ArticleLocation[];
}

export interface AddOutcome {
  readonly articleId: string;
  readonly source: string;
  /** `added`: new article; `new-location`: known text seen at a new place; `unchanged`: nothing new. */
  readonly status: 'added' | 'new-location' | 'unchanged';
}

export interface SearchHit {
  readonly articleId: string;
  readonly title?: string;
  /** Text around the match with the matched terms between `[` and `]`. */
  readonly snippet: string;
}

export interface Store {
  /** Adds a batch in one transaction: all of it lands or none of it does. */
  addArticles(articles: readonly Article[]): readonly AddOutcome[];
  getArticle(id: string): StoredArticle | undefined;
  listArticles(options?: { readonly limit?: number; readonly offset?: number }): readonly StoredArticle[];
  countArticles(): number;
  search(query: string, options?: { readonly limit?: number }): readonly SearchHit[];
  close(): void;
}
