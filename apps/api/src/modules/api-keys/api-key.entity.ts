import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../node/node.interface';
import { ApiKeyScope } from './api-key.scopes';

@ObjectType({ implements: Node, description: 'API 密钥: a credential for an integration, acting as its owner user within its scopes' })
@Entity('api_keys')
export class ApiKey {
  @Field(() => ID, { description: 'Unique id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'What the key is for, e.g. "ERP 同步"' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field({ description: 'The first characters of the secret (kehu_…), to recognise the key; not usable on its own' })
  @Column({ type: 'varchar', length: 20 })
  prefix: string;

  /** sha256 of the secret; the secret itself is shown once and never stored. */
  @Column({ type: 'char', length: 64 })
  secretHash: string;

  /** The user the key acts as (resolved by a field resolver). */
  @Column({ type: 'uuid' })
  ownerId: string;

  @Field(() => [ApiKeyScope], { description: 'What the key may do' })
  @Column({ type: 'text', array: true })
  scopes: ApiKeyScope[];

  @Field(() => Date, { nullable: true, description: 'When the key stops working (null = never)' })
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the key was revoked (null = not revoked)' })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Last time the key was used (to the minute)' })
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  /** The admin who created the key. */
  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Field({ description: 'When the key was created' })
  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Int, { description: 'Optimistic-locking version' })
  @Column({ type: 'int', default: 1 })
  version: number;
}
