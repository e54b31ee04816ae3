import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { Visit } from './visit.entity';

@ObjectType({ description: '满意度统计: recorded visits by satisfaction' })
export class SatisfactionStats {
  @Field(() => Int, { description: 'Recorded visits counted' })
  total: number;
  @Field(() => Int, { description: '非常满意' })
  verySatisfied: number;
  @Field(() => Int, { description: '满意' })
  satisfied: number;
  @Field(() => Int, { description: '一般' })
  neutral: number;
  @Field(() => Int, { description: '不满意' })
  dissatisfied: number;
  @Field(() => Float, { nullable: true, description: '满意率: (very satisfied + satisfied) / total, 0–1; null without visits' })
  satisfiedRate: number | null;
}

@ObjectType({ description: 'A page of return visits, earliest planned first' })
export class VisitConnection extends Connection(Visit, 'Visit') {}
