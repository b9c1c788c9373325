// What the tagger's spans become: typed mentions with character offsets into the text they were found in.

export type EntityType = 'person' | 'organization' | 'place' | 'group' | 'other';

export interface EntityMention {
  /** UTF-16 offsets into the text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: EntityType;
}
