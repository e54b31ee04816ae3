import { Field, ObjectType } from 'type-graphql';
import { User } from '../users/user.entity';

@ObjectType({ description: 'The result of signing in: a bearer token and the signed-in user' })
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>` on HTTP and as `authorization` in graphql-ws connectionParams' })
  token: string;

  @Field({ description: 'When the token stops working' })
  expiresAt: Date;

  @Field(() => User, { description: 'The signed-in user' })
  user: User;
}
