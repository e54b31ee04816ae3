import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { DimensionAverage } from './satisfaction';
import { Visit } from './visit.entity';

@ObjectType({ description: '满意度统计: recorded visits by overall score (5 非常满意, 4 满意, 3 一般, 1–2 不满意), with averages' })
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
  @Field(() => Float, { nullable: true, description: '平均总体满意度 1–5, two decimals; null without visits' })
  averageScore: number | null;
  @Field(() => [DimensionAverage], { description: '分维度平均分: every active dimension (and an archived one with scores), in order' })
  dimensions: DimensionAverage[];
}

@ObjectType({ description: 'A page of return visits, earliest planned first' })
export class VisitConnection extends Connection(Visit, 'Visit') {}
