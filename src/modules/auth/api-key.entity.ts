import { randomUUID } from 'node:crypto';

import { BeforeInsert, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

import { Role } from '../../graphql/principal';

/** An API key: never the secret itself, only its SHA-256 and a short prefix to recognise it by. */
@Entity('api_keys')
@Index('uq_api_key_hash', ['hash'], { unique: true })
export class ApiKeyEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'enum', enum: Role, enumName: 'api_key_role' })
  role!: Role;

  /** The first characters of the secret ("ig_" and 7 more): enough to tell keys apart, useless to an attacker. */
  @Column({ type: 'text' })
  prefix!: string;

  /** Hex SHA-256 of the whole secret. */
  @Column({ type: 'text' })
  hash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @BeforeInsert()
  protected assignId(): void {
    this.id ??= randomUUID();
  }
}
