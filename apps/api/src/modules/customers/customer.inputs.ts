import { CustomerActivityEnum } from '../health/activity.settings';
import type { CustomerActivity, CustomerLifecycle } from '@kehu/domain';
import { CustomerLifecycleEnum } from '../health/lifecycle.types';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { JSONObjectScalar, LocalDateScalar } from '../../graphql/scalars';
import { CustomerGrade, CustomerStatus, CustomerType } from './customer.enums';

@InputType({
  description:
    '一个自定义字段条件: give exactly one of equals, in, contains, or from/to, as the field’s kind allows. Values are strings: numbers as "12.5", dates as YYYY-MM-DD',
})
export class CustomFieldCondition {
  @Field({ description: 'The custom field’s key (CustomField.key)' })
  key: string;

  @Field(() => String, {
    nullable: true,
    description: 'TEXT: exactly this text; NUMBER: this number; DATE: this day; SELECT: this option; MULTI_SELECT: has this option',
  })
  equals?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'SELECT: any of these options; MULTI_SELECT: has any of these options (at most 50)',
  })
  in?: string[] | null;

  @Field(() => String, { nullable: true, description: 'TEXT only: contains this text (case-insensitive)' })
  contains?: string | null;

  @Field(() => String, { nullable: true, description: 'NUMBER and DATE: at least this (inclusive)' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'NUMBER and DATE: at most this (inclusive)' })
  to?: string | null;
}

@InputType({ description: 'A contact as given with a new customer (name and a phone number are required)' })
export class ContactInput {
  @Field({ description: '姓名 (1–50 characters)' })
  name: string;

  @Field(() => String, { nullable: true, description: '职务' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: '手机: a Chinese mobile number (+86 allowed)' })
  mobile?: string | null;

  @Field(() => String, { nullable: true, description: '电话: landline such as 010-88886666, 0755-12345678-801 or 400-800-1234' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '邮箱' })
  email?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '生日' })
  birthday?: string | null;

  @Field(() => String, { nullable: true, description: '备注' })
  remark?: string | null;
}

@InputType({ description: 'The fields of a customer that a salesperson edits' })
export class CustomerFieldsInput {
  @Field(() => CustomerType, { nullable: true, description: '客户类型 (WON is set by signing a contract, not by hand)' })
  type?: CustomerType | null;

  @Field(() => CustomerGrade, { nullable: true, description: '客户等级; setting it by hand pins it against automatic grading' })
  grade?: CustomerGrade | null;

  @Field(() => Boolean, { nullable: true, description: 'Keep the grade as set by hand (true) or let automatic grading manage it (false)' })
  gradePinned?: boolean | null;

  @Field(() => String, { nullable: true, description: '客户来源' })
  source?: string | null;

  @Field(() => String, { nullable: true, description: '所属行业' })
  industry?: string | null;

  @Field(() => String, { nullable: true, description: '省份' })
  province?: string | null;

  @Field(() => String, { nullable: true, description: '城市' })
  city?: string | null;

  @Field(() => String, { nullable: true, description: '地址' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: '公司邮箱' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: '网址' })
  website?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '首次接触日期' })
  firstContactDate?: string | null;

  @Field(() => String, { nullable: true, description: '备注' })
  remark?: string | null;

  @Field(() => JSONObjectScalar, {
    nullable: true,
    description: 'Custom field values by key; validated against the field definitions. On update, keys given replace, null removes.',
  })
  customFields?: Record<string, unknown> | null;
}

@InputType({ description: 'A new customer with its first contact' })
export class CreateCustomerInput extends CustomerFieldsInput {
  @Field({ description: 'Full legal name (2–100 characters); refused with DUPLICATE when it matches an existing customer' })
  name: string;

  @Field(() => ContactInput, { description: 'The first (primary) contact: name and a mobile or phone are required' })
  contact: ContactInput;

  @Field(() => ID, { nullable: true, description: 'Owner; defaults to you. Managers may name someone in their team, admins anyone.' })
  ownerId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Tag names; new tags are created' })
  tags?: string[] | null;
}

@InputType({ description: 'Changes to a customer; omitted fields stay as they are, null clears a field' })
export class UpdateCustomerInput extends CustomerFieldsInput {
  @Field(() => String, { nullable: true, description: 'New full legal name' })
  name?: string | null;
}

export const FollowUpState = {
  NEVER: 'NEVER',
  DUE_TODAY: 'DUE_TODAY',
  OVERDUE: 'OVERDUE',
  PLANNED: 'PLANNED',
} as const;
export type FollowUpState = (typeof FollowUpState)[keyof typeof FollowUpState];
registerEnumType(FollowUpState, {
  name: 'FollowUpState',
  description: 'Follow-up situation of a customer',
  valuesConfig: {
    NEVER: { description: '从未跟进: no follow-up yet' },
    DUE_TODAY: { description: '今日待跟进: next follow-up is today (business time zone)' },
    OVERDUE: { description: '跟进逾期: next follow-up time has passed' },
    PLANNED: { description: '已计划: a next follow-up is planned in the future' },
  },
});

export const TagMatch = { ANY: 'ANY', ALL: 'ALL' } as const;
export type TagMatch = (typeof TagMatch)[keyof typeof TagMatch];
registerEnumType(TagMatch, {
  name: 'TagMatch',
  description: 'How a list of tags filters',
  valuesConfig: { ANY: { description: 'has at least one of the tags' }, ALL: { description: 'has every one of the tags' } },
});

export const Ownership = { ALL: 'ALL', MINE: 'MINE', TEAM: 'TEAM', SHARED_WITH_ME: 'SHARED_WITH_ME', POOL: 'POOL' } as const;
export type Ownership = (typeof Ownership)[keyof typeof Ownership];
registerEnumType(Ownership, {
  name: 'Ownership',
  description: 'Whose customers to list (always within what you may see)',
  valuesConfig: {
    ALL: { description: 'every owned customer you may see (default; the pool is listed with POOL)' },
    MINE: { description: '我的客户: owned by you' },
    TEAM: { description: '下属客户: owned by people below you in the hierarchy' },
    SHARED_WITH_ME: { description: '共享给我的: shared with you by others' },
    POOL: { description: '公海: no owner' },
  },
});

@InputType({ description: 'Filters of the customer list; all given filters must match' })
export class CustomerFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Search box: customer name, contact name, phone or email by substring (Chinese included) and name by pinyin initials (bjkj)',
  })
  search?: string | null;

  @Field(() => Ownership, { nullable: true, description: 'Whose customers (default ALL)' })
  ownership?: Ownership | null;

  @Field(() => [ID], { nullable: true, description: 'Owned by any of these users' })
  ownerIds?: string[] | null;

  @Field(() => [CustomerType], { nullable: true, description: 'Any of these types' })
  types?: CustomerType[] | null;

  @Field(() => [CustomerGrade], { nullable: true, description: 'Any of these grades' })
  grades?: CustomerGrade[] | null;

  @Field(() => [String], { nullable: true, description: 'Any of these industries' })
  industries?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Any of these sources' })
  sources?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Province' })
  province?: string | null;

  @Field(() => String, { nullable: true, description: 'City' })
  city?: string | null;

  @Field(() => [String], { nullable: true, description: 'Tag names' })
  tags?: string[] | null;

  @Field(() => TagMatch, { nullable: true, description: 'ANY (default) or ALL of the tags' })
  tagMatch?: TagMatch | null;

  @Field(() => CustomerStatus, { nullable: true, description: 'ACTIVE or DEACTIVATED (default: both)' })
  status?: CustomerStatus | null;

  @Field(() => Date, { nullable: true, description: 'Created at or after' })
  createdFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Created before' })
  createdTo?: Date | null;

  @Field(() => FollowUpState, { nullable: true, description: 'Follow-up situation' })
  followUp?: FollowUpState | null;

  @Field(() => Int, { nullable: true, description: 'Not followed up for at least this many days (never followed counts from creation)' })
  notFollowedForDays?: number | null;

  @Field(() => [CustomFieldCondition], { nullable: true, description: 'Custom field conditions, all of which must hold (at most 10)' })
  customFields?: CustomFieldCondition[] | null;

  @Field(() => [CustomerActivityEnum], {
    nullable: true,
    description: '活跃度: any of these (活跃 / 沉睡 / 流失 at the time of the request)',
  })
  activities?: CustomerActivity[] | null;

  @Field(() => [CustomerLifecycleEnum], { nullable: true, description: '生命周期: any of these stages (at the time of the request)' })
  lifecycles?: CustomerLifecycle[] | null;
}

export const CustomerOrderField = {
  NAME: 'NAME',
  CREATED_AT: 'CREATED_AT',
  LAST_FOLLOW_UP_AT: 'LAST_FOLLOW_UP_AT',
  NEXT_FOLLOW_UP_AT: 'NEXT_FOLLOW_UP_AT',
  GRADE: 'GRADE',
} as const;
export type CustomerOrderField = (typeof CustomerOrderField)[keyof typeof CustomerOrderField];
registerEnumType(CustomerOrderField, {
  name: 'CustomerOrderField',
  description: 'Sort keys of the customer list',
  valuesConfig: {
    NAME: { description: 'by name' },
    CREATED_AT: { description: 'by creation time' },
    LAST_FOLLOW_UP_AT: { description: 'by latest follow-up (never followed sort first ascending)' },
    NEXT_FOLLOW_UP_AT: { description: 'by next planned follow-up (unplanned sort last ascending)' },
    GRADE: { description: 'by grade, VIP first ascending' },
  },
});

export const SortDirection = { ASC: 'ASC', DESC: 'DESC' } as const;
export type SortDirection = (typeof SortDirection)[keyof typeof SortDirection];
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Sort direction',
  valuesConfig: { ASC: { description: 'ascending' }, DESC: { description: 'descending' } },
});

@InputType({ description: 'Sort order of the customer list' })
export class CustomerOrder {
  @Field(() => CustomerOrderField, { description: 'Sort key' })
  field: CustomerOrderField;

  @Field(() => SortDirection, { nullable: true, description: 'ASC or DESC (default DESC)' })
  direction?: SortDirection | null;
}
