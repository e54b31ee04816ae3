'use client';

import { useFeatureT } from '@/i18n/feature';

// Words of the custom field inputs and columns (zh-CN first; `en` has the same keys).
const zhCN = {
  section: '自定义字段',
  required: '请填写「{label}」',
  number: '「{label}」应为数字',
  textLength: '「{label}」不能超过 500 个字',
  selectPlaceholder: '请选择',
  datePlaceholder: '选择日期',
  columns: '显示自定义字段',
  loadFailed: '自定义字段加载失败：{error}',
  filterAdd: '按自定义字段筛选',
  filterContains: '包含的文字',
  filterFrom: '从',
  filterTo: '到',
  filterAny: '任一选项',
  filterRemove: '移除「{label}」筛选',
};
const en: typeof zhCN = {
  section: 'Custom fields',
  required: 'Please fill in “{label}”',
  number: '“{label}” must be a number',
  textLength: '“{label}” is at most 500 characters',
  selectPlaceholder: 'Select',
  datePlaceholder: 'Pick a date',
  columns: 'Show custom fields',
  loadFailed: 'Custom fields could not be loaded: {error}',
  filterAdd: 'Filter by custom field',
  filterContains: 'Contains',
  filterFrom: 'From',
  filterTo: 'To',
  filterAny: 'Any of',
  filterRemove: 'Remove the “{label}” filter',
};

const DICTS = { 'zh-CN': zhCN, en };

export function useCustomFieldT() {
  return useFeatureT(DICTS);
}
