import { ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { BulkExport } from './bulk-export.entity';

@ObjectType({ description: 'A page of bulk exports, newest first' })
export class BulkExportConnection extends Connection(BulkExport, 'BulkExport') {}
