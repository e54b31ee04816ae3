import { Field, ID, InputType } from 'type-graphql';
import { Role } from './role';

@InputType({ description: 'Filters of the user list; all given filters must match' })
export class UserFilter {
  @Field(() => String, { nullable: true, description: 'Name, email or phone contains this text' })
  search?: string | null;

  @Field(() => [Role], { nullable: true, description: 'Any of these roles' })
  roles?: Role[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or only deactivated (false) users; default both' })
  active?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only this manager and everyone below them (any depth)' })
  teamOf?: string | null;
}

@InputType({ description: 'A new user, created by an admin; they must change the given password at first sign-in' })
export class CreateUserInput {
  @Field({ description: 'Display name (1–50 characters)' })
  name: string;

  @Field({ description: 'Sign-in email (unique, case-insensitive)' })
  email: string;

  @Field(() => String, { nullable: true, description: 'Mobile or landline number' })
  phone?: string | null;

  @Field(() => Role, { description: 'Role' })
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Manager in the sales hierarchy (an active MANAGER or ADMIN)' })
  managerId?: string | null;

  @Field({ description: 'Initial password (≥ 8 characters with a letter, a digit and a special character)' })
  password: string;
}

@InputType({ description: 'Changes to a user; omitted fields stay as they are' })
export class UpdateUserInput {
  @Field(() => String, { nullable: true, description: 'Display name' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Sign-in email' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone; null clears it' })
  phone?: string | null;

  @Field(() => Role, { nullable: true, description: 'Role' })
  role?: Role | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Manager; null removes the manager. Someone below the user cannot become their manager.',
  })
  managerId?: string | null;
}
