import type { Dict } from '@/i18n/feature';

// Words of the row actions on the 联系人 and 跟进记录 tabs. Chinese is the source; `en` has the same keys.
const zh = {
  edit: '编辑',
  delete: '删除',
  editContact: '编辑联系人',
  contactSaved: '联系人已保存',
  deleteContactConfirm: '删除联系人“{name}”？',
  contactDeleted: '联系人已删除',
  editFollowUp: '编辑跟进记录',
  followUpSaved: '跟进记录已保存',
  deleteFollowUpConfirm: '删除这条跟进记录？删除后客户的最近/下次跟进时间将按其余记录重新计算。',
  files: '附件',
  followUpDeleted: '跟进记录已删除',
  conflict: '该记录已被他人修改：{reason}。已载入最新内容，请核对后再改。',
  actions: '操作',
  ok: '确定',
  cancel: '取消',
};

const en: typeof zh = {
  edit: 'Edit',
  delete: 'Delete',
  editContact: 'Edit contact',
  contactSaved: 'Contact saved',
  deleteContactConfirm: 'Delete contact “{name}”?',
  contactDeleted: 'Contact deleted',
  editFollowUp: 'Edit follow-up',
  followUpSaved: 'Follow-up saved',
  deleteFollowUpConfirm: "Delete this follow-up? The customer's last and next follow-up times are recomputed from the other records.",
  files: 'Files',
  followUpDeleted: 'Follow-up deleted',
  conflict: 'Someone else changed this record: {reason}. The latest version is loaded; check it and edit again.',
  actions: 'Actions',
  ok: 'OK',
  cancel: 'Cancel',
};

export const TAB_ACTION_MESSAGES: Dict<typeof zh> = { 'zh-CN': zh, en };
