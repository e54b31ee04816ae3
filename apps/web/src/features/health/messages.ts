// Words of customer health (活跃度): the list column and filter, the 360 tag, the thresholds in settings.
// Chinese is the source; `en` must have the same keys (the type checks it).
const zhCN = {
  activity: '活跃度',
  activities: { ACTIVE: '活跃', DORMANT: '沉睡', CHURNED: '流失' },
  churn: {
    title: '流失风险',
    empty: '暂无流失风险客户',
    causes: { DORMANT: '沉睡', SATISFACTION_DROP: '满意度下降', OVERDUE: '回款逾期' },
  },
  churnSettings: {
    title: '流失预警',
    help: 'VIP 与重要客户沉睡时预警；此外，最近一次回访满意度比上一次下降达到设定分值，或回款逾期达到设定天数，也会通知负责人及其上级。',
    satisfactionDrop: '满意度下降分值',
    overdueDays: '回款逾期天数',
    points: '分',
    days: '天',
    dropRange: '请输入 1 到 4 之间的整数',
    daysRange: '请输入 1 到 365 之间的整数',
  },
  settings: {
    title: '活跃度阈值',
    help: '客户在多少天内没有任何跟进、回访、下单或回款即视为沉睡 / 流失（按客户等级）。',
    grade: '客户等级',
    dormantDays: '沉睡天数',
    churnedDays: '流失天数',
    days: '{n} 天',
    range: '请输入 1 到 3650 之间的整数',
    order: '流失天数必须大于沉睡天数',
  },
};

type Dict = typeof zhCN;

const en: Dict = {
  activity: 'Activity',
  activities: { ACTIVE: 'Active', DORMANT: 'Dormant', CHURNED: 'Churned' },
  churn: {
    title: 'Churn risk',
    empty: 'No customer at risk',
    causes: { DORMANT: 'Dormant', SATISFACTION_DROP: 'Satisfaction dropped', OVERDUE: 'Overdue receivable' },
  },
  churnSettings: {
    title: 'Churn warnings',
    help: 'VIP and important customers warn when dormant; a last visit scoring the set points below the one before, or a receivable overdue the set days, also notifies the owner and their manager.',
    satisfactionDrop: 'Satisfaction drop',
    overdueDays: 'Days overdue',
    points: 'points',
    days: 'days',
    dropRange: 'Enter a whole number from 1 to 4',
    daysRange: 'Enter a whole number from 1 to 365',
  },
  settings: {
    title: 'Activity thresholds',
    help: 'After how many days without any follow-up, visit, order or receipt a customer counts as dormant / churned (per grade).',
    grade: 'Grade',
    dormantDays: 'Dormant after',
    churnedDays: 'Churned after',
    days: '{n} days',
    range: 'Enter a whole number from 1 to 3650',
    order: 'Churned days must exceed dormant days',
  },
};

export const healthMessages = { 'zh-CN': zhCN, en };
