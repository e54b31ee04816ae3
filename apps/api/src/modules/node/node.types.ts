import { Contact } from '../contacts/contact.entity';
import { Customer } from '../customers/customer.entity';
import { FollowUp } from '../follow-ups/follow-up.entity';
import { can } from '../access/permissions';
import { User } from '../users/user.entity';
import { registerNodeType } from './node.registry';

// The record types `node(id)` resolves. Features add theirs here (one line) or from their own module.
registerNodeType({ typename: 'Customer', entity: Customer, table: 'customers', customerIdSql: 't.id', area: 'customers' });
registerNodeType({ typename: 'Contact', entity: Contact, table: 'contacts', customerIdSql: 't.customer_id', area: 'customers' });
registerNodeType({ typename: 'FollowUp', entity: FollowUp, table: 'follow_ups', customerIdSql: 't.customer_id', area: 'customers' });
registerNodeType({
  typename: 'User',
  entity: User,
  table: 'users',
  customerIdSql: null,
  // Colleagues appear by name on the records they own; the user record itself is for yourself and user admins.
  visibleTo: (user, id) => user.id === id || can(user as User, 'users.manage'),
  area: 'customers',
});
