/** Notes the system writes into the change log (issue 15, item 4): said in the reader's language, never with ids. */
export const CHANGE_LOG_MESSAGES = {
  'changeLog.merged': {
    zh: '合并了重复客户{names}；转移：{moved}',
    en: 'Merged the duplicates {names} into this customer; moved: {moved}',
  },
  'changeLog.mergedInto': { zh: '「{name}」已合并到「{master}」', en: '“{name}” was merged into “{master}”' },
  'changeLog.reassigned': { zh: '客户由 {from} 转给 {to}', en: 'Customers handed over from {from} to {to}' },
  'changeLog.stageMoved': { zh: '阶段 {from} → {to}', en: 'Stage {from} → {to}' },
  'changeLog.stageMovedWithNote': { zh: '阶段 {from} → {to}：{note}', en: 'Stage {from} → {to}: {note}' },
  'changeLog.userLeft': { zh: '{name} 离职，客户转交', en: '{name} left; customers handed over' },
  'changeLog.customersHandedTo': { zh: '客户转交给 {name}', en: 'Customers handed over to {name}' },
} as const;
