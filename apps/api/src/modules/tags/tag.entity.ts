import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../node/node.interface';

@ObjectType({ implements: Node, description: '标签: a free label on customers, e.g. 老客户, 价格敏感' })
@Entity('tags')
export class Tag {
  @Field(() => ID, { description: 'Unique id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'The label (unique, case-insensitive)' })
  @Column({ type: 'varchar', length: 30 })
  name: string;

  @Field(() => String, { nullable: true, description: 'Display colour, e.g. blue or #1677ff' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  color: string | null;

  @Field({ description: 'When the tag was first used' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
