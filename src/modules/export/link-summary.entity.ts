import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A record's actor roles and citations as its CSV export shows them, kept exact in the writing
 * transaction by triggers on actor_roles, citations, actors and sources (migration
 * link-summaries). Written only by those triggers and by rebuild_link_summaries(); read by the
 * CSV export, which otherwise sorted millions of links per export to build these lists.
 * A record without live links may have no row, or a row of nulls and zeros.
 */
@Entity('link_summaries')
export class LinkSummaryEntity {
  /** The record's id, whatever its kind (no foreign key: links attach to eight tables). */
  @PrimaryColumn({ type: 'uuid' })
  recordId!: string;

  /**
   * Per role its kind's export lists by name (record-tables.ts roleColumns, in that order): the
   * distinct non-empty names of its live actors in link order, joined with "; ".
   */
  @Column({ type: 'text', array: true, nullable: true })
  actorNames!: (string | null)[] | null;

  /** Links of the other roles in link order, each "name (ROLE)", joined with "; ". */
  @Column({ type: 'text', nullable: true })
  otherActors!: string | null;

  /** Distinct live actors linked. */
  @Column({ type: 'integer', default: 0 })
  actorCount!: number;

  /** Citations of live sources. */
  @Column({ type: 'integer', default: 0 })
  citationCount!: number;

  /** Distinct non-empty publishers, URLs, and publishers of a denying or disputing citation. */
  @Column({ type: 'text', nullable: true })
  sourcePublishers!: string | null;

  @Column({ type: 'text', nullable: true })
  sourceUrls!: string | null;

  @Column({ type: 'text', nullable: true })
  denyingPublishers!: string | null;
}
