import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { ApiKey } from './api-key.entity';
import { ApiKeyScope } from './api-key.scopes';

@ObjectType({ description: 'A page of API keys, newest first' })
export class ApiKeyConnection extends Connection(ApiKey, 'ApiKey') {}

@ObjectType({ description: 'A new API key with its secret. The secret is shown only here: store it now.' })
export class CreatedApiKey {
  @Field(() => ApiKey, { description: 'The key' })
  apiKey: ApiKey;

  @Field({ description: 'The secret to send as `Authorization: Bearer <secret>`; Kehu keeps only its hash' })
  secret: string;
}

@InputType({ description: 'A new API key' })
export class CreateApiKeyInput {
  @Field({ description: 'What the key is for, 1–100 characters' })
  name: string;

  @Field(() => ID, { description: 'The user the key acts as: it sees and changes exactly what this user may' })
  ownerId: string;

  @Field(() => [ApiKeyScope], { description: 'What the key may do (at least one)' })
  scopes: ApiKeyScope[];

  @Field(() => Date, { nullable: true, description: 'When the key stops working (must be in the future); null = never' })
  expiresAt?: Date | null;
}
