import { ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { FollowUp } from './follow-up.entity';

@ObjectType({ description: 'A page of follow-up records, newest first' })
export class FollowUpConnection extends Connection(FollowUp, 'FollowUp') {}
