// Words of the reminders inbox, the header bell and the live toasts. Chinese is the source; `en` must
// have the same keys (the type checks it).
const zhCN = {
  kind: {
    FOLLOW_UP_UPCOMING: '跟进提醒',
    FOLLOW_UP_DUE: '跟进到期',
    FOLLOW_UP_LAPSED: '未跟进提醒',
    VISIT_DUE: '回访提醒',
    TASK_DUE: '任务到期',
    TASK_OVERDUE: '任务逾期',
    CONTACT_BIRTHDAY: '生日提醒',
    CONTRACT_EXPIRING: '合同到期',
    PAYMENT_DUE: '回款提醒',
    PAYMENT_OVERDUE: '回款逾期',
    POOL_RECLAIM_WARNING: '公海回收预警',
    NEW_SIGN_IN_LOCATION: '异地登录提醒',
    CHURN_RISK: '流失预警',
  },
  inbox: {
    title: '提醒',
    all: '全部',
    unread: '未读',
    total: '共 {count} 条',
    unreadCount: '{count} 条未读',
    markRead: '标为已读',
    markAllRead: '全部标为已读',
    markedAll: '已将 {count} 条提醒标为已读',
    open: '查看',
    due: '到期',
    createdAt: '提醒于',
    read: '已读',
    loadMore: '加载更多',
    empty: '暂无提醒',
    emptyUnread: '没有未读提醒，都处理完了',
    emptyHint: '在跟进记录中填写“下次跟进时间”，或在“任务”中设置截止时间，到期前系统会在这里提醒您，也会在页面右上角弹出通知。',
    loadFailed: '无法加载提醒',
    retry: '重试',
  },
  bell: {
    label: '提醒',
    unread: '{count} 条未读提醒',
  },
  toast: {
    open: '查看',
  },
};

export type ReminderMessages = typeof zhCN;

const en: ReminderMessages = {
  kind: {
    FOLLOW_UP_UPCOMING: 'Follow-up soon',
    FOLLOW_UP_DUE: 'Follow-up due',
    FOLLOW_UP_LAPSED: 'Not followed up',
    VISIT_DUE: 'Return visit',
    TASK_DUE: 'Task due',
    TASK_OVERDUE: 'Task overdue',
    CONTACT_BIRTHDAY: 'Birthday',
    CONTRACT_EXPIRING: 'Contract expiring',
    PAYMENT_DUE: 'Payment due',
    PAYMENT_OVERDUE: 'Payment overdue',
    POOL_RECLAIM_WARNING: 'Pool reclaim warning',
    NEW_SIGN_IN_LOCATION: 'New sign-in location',
    CHURN_RISK: 'Churn warning',
  },
  inbox: {
    title: 'Reminders',
    all: 'All',
    unread: 'Unread',
    total: '{count} in total',
    unreadCount: '{count} unread',
    markRead: 'Mark read',
    markAllRead: 'Mark all read',
    markedAll: '{count} reminders marked read',
    open: 'Open',
    due: 'Due',
    createdAt: 'Reminded',
    read: 'Read',
    loadMore: 'Load more',
    empty: 'No reminders yet',
    emptyUnread: 'No unread reminders: all done',
    emptyHint:
      'Set a next follow-up time on a follow-up, or a due time on a task: you are reminded here before it is due, with a pop-up at the top right.',
    loadFailed: 'Could not load the reminders',
    retry: 'Retry',
  },
  bell: {
    label: 'Reminders',
    unread: '{count} unread reminders',
  },
  toast: {
    open: 'Open',
  },
};

export const reminderMessages = { 'zh-CN': zhCN, en };
