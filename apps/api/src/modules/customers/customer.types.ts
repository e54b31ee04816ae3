import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { Customer } from './customer.entity';

@ObjectType({ description: 'A page of customers' })
export class CustomerConnection extends Connection(Customer, 'Customer') {}

@ObjectType({
  description:
    "Who holds a duplicate candidate: the name only, enough to ask the colleague. The candidate may be a customer you may not see, so its holder's email, phone and manager are not part of the answer.",
})
export class DuplicateCandidateOwner {
  @Field(() => ID, { description: 'User id' })
  id: string;

  @Field({ description: 'Display name, e.g. 王磊' })
  name: string;
}

@ObjectType({ description: 'An existing customer that looks like the one being entered, and why' })
export class DuplicateCandidate {
  @Field(() => ID, { description: 'Id of the existing customer (details only if you may see it)' })
  customerId: string;

  @Field({ description: 'Its name' })
  name: string;

  @Field(() => DuplicateCandidateOwner, { nullable: true, description: 'Who holds it (null: in the public pool): the name only' })
  owner: DuplicateCandidateOwner | null;

  @Field(() => [String], { description: 'Why it matched: SAME_NAME, SIMILAR_NAME, SAME_PHONE' })
  reasons: string[];

  @Field({ description: 'True for an exact duplicate (same normalised name or same phone): creating would be refused' })
  exact: boolean;

  @Field({ description: 'Whether you may open it' })
  visible: boolean;

  /** Loaded for the owner field. */
  ownerId: string | null;
}
