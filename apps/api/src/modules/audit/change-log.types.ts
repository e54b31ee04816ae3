import { ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { ChangeLog } from './change-log.entity';

@ObjectType({ description: 'A page of change-log entries, newest first' })
export class ChangeLogConnection extends Connection(ChangeLog, 'ChangeLog') {}
