import type { Dict } from '@/i18n/feature';

// Words of the 共享给 list. Chinese first; English the same shape.
const zhCN = {
  button: '共享给',
  empty: '没有与同事共享',
  canEdit: '可编辑',
  readOnly: '只读',
  until: '至 {time}',
  forever: '长期',
  sharedBy: '{name} 共享于 {time}',
  unshare: '取消共享',
  unshareConfirm: '取消与 {name} 的共享？对方将不能再查看此客户。',
  unshared: '已取消与 {name} 的共享',
  confirm: '确定',
  cancel: '取消',
};

export const SHARE_MESSAGES: Dict<typeof zhCN> = {
  'zh-CN': zhCN,
  en: {
    button: 'Shared with',
    empty: 'Not shared with any colleague',
    canEdit: 'Can edit',
    readOnly: 'Read only',
    until: 'until {time}',
    forever: 'no end',
    sharedBy: 'shared by {name} on {time}',
    unshare: 'Stop sharing',
    unshareConfirm: 'Stop sharing with {name}? They will no longer see this customer.',
    unshared: 'No longer shared with {name}',
    confirm: 'OK',
    cancel: 'Cancel',
  },
};
