import { CUSTOMER_INDUSTRIES, CUSTOMER_SOURCES, ENUM_LABELS } from '@kehu/domain';
import type { CustomField } from '../custom-fields/custom-field.entity';
import type { ImportKind } from './import.enums';

/**
 * The columns of each import kind, in template order. The header text is the contract between the template
 * and the parser (a trailing * marks a required column and is ignored when reading), so a user may reorder
 * or drop optional columns. Drop-downs come from the domain lists and the custom field definitions of the
 * moment the template is downloaded.
 */
export interface ImportColumn {
  key: string;
  label: string;
  required?: boolean;
  /** How the cell is read: text (default), date (YYYY-MM-DD or an Excel date), datetime, number, multi (、,，; separated). */
  type?: 'text' | 'date' | 'datetime' | 'number' | 'multi';
  /** Drop-down values (a data-validation list in the template). */
  options?: readonly string[];
  /** Whether a value outside `options` is refused (otherwise the list only suggests). */
  strict?: boolean;
  /** The custom field it fills. */
  customField?: CustomField;
  note?: string;
  width?: number;
}

/** Customer types a user may set by hand (WON comes from a signed contract). */
export const IMPORT_TYPES = ['PROSPECT', 'ASSIGNED', 'LOST'] as const;
const labelsOf = <K extends 'CustomerType' | 'CustomerGrade' | 'FollowUpMethod'>(name: K, values: readonly string[]) =>
  values.map((v) => (ENUM_LABELS[name] as Record<string, { 'zh-CN': string }>)[v]['zh-CN']);

export const TYPE_LABELS = labelsOf('CustomerType', IMPORT_TYPES);
export const GRADE_LABELS = labelsOf('CustomerGrade', ['VIP', 'IMPORTANT', 'NORMAL', 'POTENTIAL']);
export const METHOD_LABELS = labelsOf('FollowUpMethod', ['PHONE', 'WECHAT', 'VISIT', 'EMAIL', 'OTHER']);

function customFieldColumns(defs: CustomField[]): ImportColumn[] {
  return [...defs]
    .sort((a, b) => a.position - b.position || a.key.localeCompare(b.key))
    .map((def) => ({
      key: `cf:${def.key}`,
      label: def.label,
      required: def.required,
      customField: def,
      type: def.kind === 'NUMBER' ? 'number' : def.kind === 'DATE' ? 'date' : def.kind === 'MULTI_SELECT' ? 'multi' : 'text',
      options: def.kind === 'SELECT' || def.kind === 'MULTI_SELECT' ? def.options : undefined,
      strict: def.kind === 'SELECT',
      note: def.kind === 'MULTI_SELECT' ? `多选，用顿号分隔：${def.options.join('、')}` : undefined,
    }));
}

export function importColumns(kind: ImportKind, customFields: CustomField[]): ImportColumn[] {
  switch (kind) {
    case 'CUSTOMERS':
      return [
        { key: 'name', label: '客户名称', required: true, width: 30, note: '企业全称，如 北京华信科技有限公司' },
        {
          key: 'number',
          label: '客户编号',
          width: 16,
          note: '新客户留空（系统自动编号）；填已有客户的编号，如 KH-2026-000123，则按编号找到并更新该客户',
        },
        { key: 'type', label: '客户类型', options: TYPE_LABELS, strict: true, note: '默认 意向；成交由签订合同自动设置' },
        { key: 'grade', label: '客户等级', options: GRADE_LABELS, strict: true, note: '默认 潜在' },
        { key: 'source', label: '客户来源', options: CUSTOMER_SOURCES },
        { key: 'industry', label: '所属行业', options: CUSTOMER_INDUSTRIES },
        { key: 'province', label: '省份' },
        { key: 'city', label: '城市' },
        { key: 'address', label: '地址', width: 30 },
        { key: 'email', label: '公司邮箱', width: 24 },
        { key: 'website', label: '网址', width: 24 },
        { key: 'firstContactDate', label: '首次接触日期', type: 'date', note: 'YYYY-MM-DD' },
        { key: 'remark', label: '备注', width: 30 },
        { key: 'tags', label: '标签', type: 'multi', note: '多个标签用顿号或逗号分隔' },
        { key: 'contact.name', label: '联系人姓名', required: true },
        { key: 'contact.title', label: '职务' },
        { key: 'contact.mobile', label: '手机', width: 16, note: '手机或电话至少填一个' },
        { key: 'contact.phone', label: '电话', width: 16, note: '如 010-88886666' },
        { key: 'contact.email', label: '联系人邮箱', width: 24 },
        { key: 'contact.birthday', label: '生日', type: 'date' },
        ...customFieldColumns(customFields),
      ];
    case 'CONTACTS':
      return [
        { key: 'customerNumber', label: '客户编号', width: 16, note: '已有客户的编号，如 KH-2026-000123；填了就按编号找客户' },
        { key: 'customerName', label: '客户名称', width: 30, note: '已有客户的全称；客户编号与客户名称至少填一个' },
        { key: 'name', label: '联系人姓名', required: true },
        { key: 'title', label: '职务' },
        { key: 'mobile', label: '手机', width: 16 },
        { key: 'phone', label: '电话', width: 16 },
        { key: 'email', label: '邮箱', width: 24 },
        { key: 'birthday', label: '生日', type: 'date' },
        { key: 'remark', label: '备注', width: 30 },
      ];
    case 'FOLLOW_UPS':
      return [
        { key: 'customerNumber', label: '客户编号', width: 16, note: '已有客户的编号，如 KH-2026-000123；填了就按编号找客户' },
        { key: 'customerName', label: '客户名称', width: 30, note: '已有客户的全称；客户编号与客户名称至少填一个' },
        { key: 'at', label: '跟进时间', required: true, type: 'datetime', width: 18, note: 'YYYY-MM-DD HH:mm' },
        { key: 'method', label: '跟进方式', required: true, options: METHOD_LABELS, strict: true },
        { key: 'subject', label: '主题' },
        { key: 'content', label: '跟进内容', required: true, width: 40 },
        { key: 'feedback', label: '客户反馈', width: 30 },
        { key: 'nextAt', label: '下次跟进时间', type: 'datetime', width: 18 },
        { key: 'nextPlan', label: '下次跟进计划', width: 30 },
      ];
  }
}

export const headerText = (c: ImportColumn) => (c.required ? `${c.label}*` : c.label);
/** A header cell as typed by a user: "客户名称 *", "客户名称（必填）" and "客户名称" all name the same column. */
export const normalizeHeader = (h: string) => h.replace(/[\s*＊]/g, '').replace(/[（(]必填[)）]/g, '');

export const TEMPLATE_NAMES: Record<ImportKind, string> = {
  CUSTOMERS: '客户导入模板.xlsx',
  CONTACTS: '联系人导入模板.xlsx',
  FOLLOW_UPS: '跟进记录导入模板.xlsx',
};
