/**
 * Notification texts by kind (title and body), rendered in the reader's language when read (issue 15 item 5).
 * A notification stores `{ title: Message, body: Message }` — keys and parameters, never finished text — and each
 * channel (inbox, live toast, email, DingTalk, WeCom) renders it for its reader. Instants travel as tagged values
 * and are written in the business time zone (2026-12-07 16:02); money as ¥40,000.00.
 */
export const NOTIFICATION_MESSAGES = {
  'notice.followUpUpcoming.title': { zh: '即将跟进：{at} · {customer}', en: 'Follow-up coming up: {at} · {customer}' },
  'notice.followUpDue.title': { zh: '跟进时间已到：{at} · {customer}', en: 'Time to follow up: {at} · {customer}' },
  'notice.followUp.plan': { zh: '跟进计划：{plan}', en: 'Plan: {plan}' },
  'notice.followUp.next': { zh: '客户「{customer}」的下次跟进时间是 {at}', en: 'The next follow-up with “{customer}” is at {at}' },
  'notice.followUpLapsed.title': { zh: '{days} 天未跟进 · {customer}', en: 'No follow-up for {days} days · {customer}' },
  'notice.followUpLapsed.body': {
    zh: '客户「{customer}」上次跟进在 {last}，按等级应每 {cadence} 天跟进一次',
    en: '“{customer}” was last followed up on {last}; its grade calls for a follow-up every {cadence} days',
  },
  'notice.visitDue.title': { zh: '回访提醒：{at} · {customer}', en: 'Return visit: {at} · {customer}' },
  'notice.visitDue.body': { zh: '回访主题：{topic}', en: 'Topic: {topic}' },
  'notice.taskDue.title': { zh: '任务即将到期（{at}）：{task}', en: 'Task due soon ({at}): {task}' },
  'notice.taskOverdue.title': { zh: '任务已逾期（{at}）：{task}', en: 'Task overdue ({at}): {task}' },
  'notice.task.body': { zh: '任务「{task}」', en: 'Task “{task}”' },
  'notice.birthdayToday.title': { zh: '今天是 {contact} 的生日 · {customer}', en: 'Today is the birthday of {contact} · {customer}' },
  'notice.birthdaySoon.title': {
    zh: '{days} 天后（{date}）是 {contact} 的生日 · {customer}',
    en: 'Birthday of {contact} in {days} days ({date}) · {customer}',
  },
  'notice.birthday.body': {
    zh: '客户「{customer}」的联系人 {contact} 生日 {monthDay}',
    en: '{contact}, a contact of “{customer}”, has a birthday on {monthDay}',
  },
  'notice.contractExpiring.title': { zh: '合同将于 {date} 到期：{number} {contract}', en: 'Contract ends on {date}: {number} {contract}' },
  'notice.contractExpiring.body': {
    zh: '客户「{customer}」的合同 {number} 将于 {date} 到期',
    en: 'Contract {number} of “{customer}” ends on {date}',
  },
  'notice.paymentDue.title': { zh: '回款提醒：{date} 应收 {amount} · {customer}', en: 'Payment due on {date}: {amount} · {customer}' },
  'notice.paymentOverdue.title': {
    zh: '回款逾期：{date} 应收 {amount} 未到账 · {customer}',
    en: 'Payment overdue: {amount} due on {date} not received · {customer}',
  },
  'notice.payment.body': {
    zh: '客户「{customer}」合同 {number} 的收款计划 {planned}，未收 {outstanding}',
    en: 'Payment plan of {planned} on contract {number} of “{customer}”; {outstanding} outstanding',
  },
  'notice.poolReclaim.title': { zh: '客户将被收回公海：{customer}', en: 'Customer about to return to the pool: {customer}' },
  'notice.poolReclaim.body': {
    zh: '客户「{customer}」将于 {at} 按规则收回公海（{reason}），请及时跟进',
    en: '“{customer}” returns to the public pool at {at} under the pool rules ({reason}); follow it up in time',
  },
  /** The reclaim moment has come (the next reclaim run takes it): no date to announce. */
  'notice.poolReclaimSoon.body': {
    zh: '客户「{customer}」即将按规则收回公海（{reason}），请及时跟进',
    en: '“{customer}” returns to the public pool shortly under the pool rules ({reason}); follow it up in time',
  },
  /** Read after the customer was reclaimed: what happened, never a date gone by. */
  'notice.poolReclaimed.title': { zh: '客户已收回公海：{customer}', en: 'Customer returned to the pool: {customer}' },
  'notice.poolReclaimed.body': {
    zh: '客户「{customer}」已按规则收回公海（{reason}）',
    en: '“{customer}” has returned to the public pool under the pool rules ({reason})',
  },
  'notice.reason.noFollowUp': { zh: '{days} 天未跟进', en: 'no follow-up for {days} days' },
  'notice.reason.notWon': { zh: '{days} 天未成交', en: 'not won within {days} days' },
  'notice.signIn.title': { zh: '异地登录提醒：{location}', en: 'Sign-in from a new place: {location}' },
  'notice.signIn.body': {
    zh: '你的账号于 {at} 在 {location} 登录。如非本人操作，请立即修改密码。',
    en: 'Your account signed in at {at} from {location}. If this was not you, change your password now.',
  },
  'notice.signIn.bodyIp': {
    zh: '你的账号于 {at} 在 {location} 登录（IP {ip}）。如非本人操作，请立即修改密码。',
    en: 'Your account signed in at {at} from {location} (IP {ip}). If this was not you, change your password now.',
  },
  'notice.location.newIp': { zh: '新的 IP 地址 {ip}', en: 'a new IP address {ip}' },
  'notice.location.newDevice': { zh: '新的设备 {device}', en: 'a new device {device}' },
  'notice.location.unknownDevice': { zh: '未知设备', en: 'unknown device' },
  'notice.location.unknownIp': { zh: '未知', en: 'unknown' },
  'notice.locked.title': { zh: '账号已临时锁定：密码连续输错', en: 'Account locked: too many wrong passwords' },
  'notice.locked.body': {
    zh: '你的账号在 {at} 前后连续 {failures} 次密码错误，已锁定至 {until}。如非本人操作，请在解锁后立即修改密码，或联系管理员解锁。',
    en: 'Around {at}, {failures} wrong passwords in a row locked your account until {until}. If this was not you, change your password once it is unlocked, or ask an admin to unlock it.',
  },
  'notice.churn.title': { zh: '流失预警：{customer}', en: 'Churn risk: {customer}' },
  'notice.churn.dormant': {
    zh: '客户「{customer}」{days} 天无往来（沉睡），请尽快安排挽回',
    en: 'No contact with “{customer}” for {days} days (dormant); plan a win-back soon',
  },
  'notice.churn.satisfaction': {
    zh: '客户「{customer}」满意度下降 {drop}，请尽快安排挽回',
    en: 'Satisfaction of “{customer}” dropped {drop}; plan a win-back soon',
  },
  'notice.churn.overdue': {
    zh: '客户「{customer}」回款逾期：{date} 到期未收 {outstanding}，请尽快安排挽回',
    en: '“{customer}” is overdue: {outstanding} due on {date} not received; plan a win-back soon',
  },
  /** The frame of a message sent through an outside channel (email, DingTalk, WeCom). */
  'notice.channel.subject': { zh: '【客户 Kehu】{title}', en: '[Kehu CRM] {title}' },
  'notice.channel.greeting': { zh: '{name}，您好：', en: 'Hello {name},' },
  'notice.channel.recipient': { zh: '提醒对象：{name}', en: 'For: {name}' },
  /** 测试发送: what an admin's test of a channel sends, in the admin's language. */
  'notice.channel.testSubject': { zh: '【客户 Kehu】测试邮件', en: '[Kehu CRM] Test mail' },
  'notice.channel.testText': {
    zh: '【客户 Kehu】测试消息：通知渠道工作正常。\n发送人 {name}，{at}',
    en: '[Kehu CRM] Test message: the notification channel works.\nSent by {name}, {at}',
  },
} as const;
