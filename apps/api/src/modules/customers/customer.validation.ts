import { isMobile, normalizePhone, stripBidiControls, validateEmail, validatePhone } from '@kehu/domain';
import { badInput, msg } from '../../graphql/errors';
import { labelParam } from '@kehu/domain';
import type { ContactInput, CustomerFieldsInput } from './customer.inputs';

/**
 * Input checks with field-named errors. Each returns the cleaned value (trimmed, bidirectional control
 * characters removed, empty -> null, phones normalised) so services store exactly what was validated. Every
 * customer, contact and user name passes through text().
 */
export function text(
  field: string,
  value: string | null | undefined,
  opts: { max: number; min?: number; required?: boolean; label: string },
) {
  if (value === undefined) return undefined;
  const v = value === null ? '' : stripBidiControls(value).trim();
  if (!v) {
    if (opts.required) throw badInput(field, msg('common.required', { label: labelParam(opts.label) }));
    return null;
  }
  if ([...v].length > opts.max) throw badInput(field, msg('common.tooLong', { label: labelParam(opts.label), max: opts.max }));
  if (opts.min && [...v].length < opts.min) throw badInput(field, msg('common.tooShort', { label: labelParam(opts.label), min: opts.min }));
  return v;
}

export function email(field: string, value: string | null | undefined) {
  const v = text(field, value, { max: 254, label: '邮箱' });
  if (v) {
    const problem = validateEmail(v);
    if (problem) throw badInput(field, msg('common.invalidEmail', { label: labelParam('邮箱') }), { problem });
    return v.toLowerCase();
  }
  return v;
}

export function phoneNumber(field: string, value: string | null | undefined, label: string, mobileOnly = false) {
  const v = text(field, value, { max: 30, label });
  if (!v) return v;
  const problem = validatePhone(v);
  if (problem) throw badInput(field, msg('common.invalidPhone', { label: labelParam(label), problem }));
  const normalised = normalizePhone(v);
  if (mobileOnly && !isMobile(normalised)) throw badInput(field, msg('common.mustBeMobile', { label: labelParam(label) }));
  return normalised;
}

export function website(field: string, value: string | null | undefined) {
  const v = text(field, value, { max: 200, label: '网址' });
  if (v && !/^(https?:\/\/)?[\w-]+(\.[\w-]+)+([/?#].*)?$/i.test(v)) throw badInput(field, msg('common.invalidUrl'));
  return v;
}

export function notFuture(field: string, value: string | null | undefined, today: string, label: string) {
  if (value && value > today) throw badInput(field, msg('common.notInFuture', { label: labelParam(label) }));
  return value;
}

/** Cleans the editable customer fields that are present in the input (undefined = not given). */
export function cleanCustomerFields(input: CustomerFieldsInput, prefix = 'input.') {
  return {
    source: text(prefix + 'source', input.source, { max: 30, label: '客户来源' }),
    industry: text(prefix + 'industry', input.industry, { max: 30, label: '所属行业' }),
    province: text(prefix + 'province', input.province, { max: 20, label: '省份' }),
    city: text(prefix + 'city', input.city, { max: 20, label: '城市' }),
    address: text(prefix + 'address', input.address, { max: 200, label: '地址' }),
    email: email(prefix + 'email', input.email),
    website: website(prefix + 'website', input.website),
    remark: text(prefix + 'remark', input.remark, { max: 2000, label: '备注' }),
  };
}

export function cleanName(field: string, value: string | null | undefined, required: boolean) {
  return text(field, value, { min: 2, max: 100, label: '客户名称', required });
}

/** A contact: name required; a new customer's first contact also needs a mobile or landline number. */
export function cleanContact(input: Partial<ContactInput>, prefix: string, opts: { requirePhone: boolean; partial: boolean }) {
  const out = {
    name: text(prefix + 'name', input.name, { max: 50, label: '联系人姓名', required: !opts.partial || input.name !== undefined }),
    title: text(prefix + 'title', input.title, { max: 50, label: '职务' }),
    mobile: phoneNumber(prefix + 'mobile', input.mobile, '手机', true),
    phone: phoneNumber(prefix + 'phone', input.phone, '电话'),
    email: email(prefix + 'email', input.email),
    birthday: input.birthday,
    remark: text(prefix + 'remark', input.remark, { max: 2000, label: '备注' }),
  };
  if (opts.requirePhone && !out.mobile && !out.phone) {
    throw badInput(prefix + 'mobile', msg('customers.mobilePhoneNumberRequired'));
  }
  return out;
}
