import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { User } from './user.entity';

@ObjectType({ description: 'A page of users' })
export class UserConnection extends Connection(User, 'User') {}

@ObjectType({ description: '登录记录: one successful sign-in' })
export class UserSignIn {
  @Field({ description: 'When' })
  at: Date;

  @Field(() => String, { nullable: true, description: 'Client IP address' })
  ip: string | null;

  @Field(() => String, { nullable: true, description: 'Browser / device (User-Agent)' })
  userAgent: string | null;

  @Field({ description: 'First sign-in from this IP address' })
  newIp: boolean;

  @Field({ description: 'First sign-in from this browser or device' })
  newDevice: boolean;
}
