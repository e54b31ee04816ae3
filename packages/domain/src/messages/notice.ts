/**
 * Notifications as keys + parameters (issue 15 item 5). The API's scans and events build a NoticeContent with the
 * builders below; every channel renders it with `renderNotice` in its reader's language when it is read or sent.
 */
import type { Locale } from '../labels.js';
import { P, type FormatContext, type MessageParam } from './core.js';
import { msg, renderMessage, type Message } from './index.js';

/** What a notification stores: its title and body as keyed messages. */
export interface NoticeContent {
  title: Message;
  body: Message;
}

/** The kinds of notification (the API's ReminderKind). */
export const NOTICE_KINDS = [
  'FOLLOW_UP_UPCOMING',
  'FOLLOW_UP_DUE',
  'FOLLOW_UP_LAPSED',
  'VISIT_DUE',
  'TASK_DUE',
  'TASK_OVERDUE',
  'CONTACT_BIRTHDAY',
  'CONTRACT_EXPIRING',
  'PAYMENT_DUE',
  'PAYMENT_OVERDUE',
  'POOL_RECLAIM_WARNING',
  'NEW_SIGN_IN_LOCATION',
  'CHURN_RISK',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

type Instant = Date | string;

/** A message as a parameter of another one: its text in both languages. */
export function bilingual(m: Message): MessageParam {
  return P.text(renderMessage(m, 'zh-CN'), renderMessage(m, 'en'));
}

/** Builders: one per thing a notification can say. Plain strings are the user's own data (names, titles). */
export const notice = {
  followUpUpcoming: (p: { at: Instant; customer: string; plan: string | null }): NoticeContent => ({
    title: msg('notice.followUpUpcoming.title', { at: P.instant(p.at), customer: p.customer }),
    body: followUpBody(p),
  }),
  followUpDue: (p: { at: Instant; customer: string; plan: string | null }): NoticeContent => ({
    title: msg('notice.followUpDue.title', { at: P.instant(p.at), customer: p.customer }),
    body: followUpBody(p),
  }),
  followUpLapsed: (p: { customer: string; days: number; last: string; cadence: number }): NoticeContent => ({
    title: msg('notice.followUpLapsed.title', { days: p.days, customer: p.customer }),
    body: msg('notice.followUpLapsed.body', { customer: p.customer, last: P.date(p.last), cadence: p.cadence }),
  }),
  visitDue: (p: { at: Instant; customer: string; topic: string }): NoticeContent => ({
    title: msg('notice.visitDue.title', { at: P.instant(p.at), customer: p.customer }),
    body: msg('notice.visitDue.body', { topic: p.topic }),
  }),
  taskDue: (p: { at: Instant; task: string }): NoticeContent => ({
    title: msg('notice.taskDue.title', { at: P.instant(p.at), task: p.task }),
    body: msg('notice.task.body', { task: p.task }),
  }),
  taskOverdue: (p: { at: Instant; task: string }): NoticeContent => ({
    title: msg('notice.taskOverdue.title', { at: P.instant(p.at), task: p.task }),
    body: msg('notice.task.body', { task: p.task }),
  }),
  /** `date` is the business date of the birthday (YYYY-MM-DD), `days` how far it is from today. */
  contactBirthday: (p: { contact: string; customer: string; date: string; days: number }): NoticeContent => ({
    title:
      p.days === 0
        ? msg('notice.birthdayToday.title', { contact: p.contact, customer: p.customer })
        : msg('notice.birthdaySoon.title', { days: p.days, date: P.date(p.date), contact: p.contact, customer: p.customer }),
    body: msg('notice.birthday.body', { customer: p.customer, contact: p.contact, monthDay: p.date.slice(5) }),
  }),
  contractExpiring: (p: { date: string; number: string; contract: string; customer: string }): NoticeContent => ({
    title: msg('notice.contractExpiring.title', { date: P.date(p.date), number: p.number, contract: p.contract }),
    body: msg('notice.contractExpiring.body', { customer: p.customer, number: p.number, date: P.date(p.date) }),
  }),
  payment: (p: {
    overdue: boolean;
    date: string;
    planned: string;
    outstanding: string;
    number: string;
    customer: string;
  }): NoticeContent => ({
    title: msg(p.overdue ? 'notice.paymentOverdue.title' : 'notice.paymentDue.title', {
      date: P.date(p.date),
      amount: P.money(p.outstanding),
      customer: p.customer,
    }),
    body: msg('notice.payment.body', {
      customer: p.customer,
      number: p.number,
      planned: P.money(p.planned),
      outstanding: P.money(p.outstanding),
    }),
  }),
  /** `at` is the moment the pool rules reclaim the customer; the text is chosen when read (see renderNotice). */
  poolReclaim: (p: { customer: string; at: Instant; rule: 'NO_FOLLOW_UP' | 'NOT_WON' | string; days: number }): NoticeContent => {
    const reason = bilingual(msg(p.rule === 'NO_FOLLOW_UP' ? 'notice.reason.noFollowUp' : 'notice.reason.notWon', { days: p.days }));
    return {
      title: msg('notice.poolReclaim.title', { customer: p.customer }),
      body: msg('notice.poolReclaim.body', { customer: p.customer, at: P.instant(p.at), reason }),
    };
  },
  /** `place`, when the caller knows it better (a geolocated city), replaces "a new IP address …/a new device …". */
  newSignIn: (p: { at: Instant; newIp: boolean; ip?: string | null; userAgent?: string | null; place?: string | null }): NoticeContent => {
    const location = p.place
      ? p.place
      : bilingual(
          p.newIp
            ? msg('notice.location.newIp', { ip: p.ip ?? bilingual(msg('notice.location.unknownIp')) })
            : msg('notice.location.newDevice', {
                device: p.userAgent ? p.userAgent.slice(0, 60) : bilingual(msg('notice.location.unknownDevice')),
              }),
        );
    return {
      title: msg('notice.signIn.title', { location }),
      body: p.ip
        ? msg('notice.signIn.bodyIp', { at: P.instant(p.at), location, ip: p.ip })
        : msg('notice.signIn.body', { at: P.instant(p.at), location }),
    };
  },
  accountLocked: (p: { at: Instant; until: Instant; failures: number }): NoticeContent => ({
    title: msg('notice.locked.title'),
    body: msg('notice.locked.body', { at: P.instant(p.at), failures: p.failures, until: P.instant(p.until) }),
  }),
  /** `detail` as the churn scan gives it: days (DORMANT), "4.0→2.0" (SATISFACTION_DROP), "date amount" (OVERDUE). */
  churnRisk: (p: { customer: string; cause: 'DORMANT' | 'SATISFACTION_DROP' | 'OVERDUE' | string; detail: string }): NoticeContent => {
    const title = msg('notice.churn.title', { customer: p.customer });
    if (p.cause === 'DORMANT') return { title, body: msg('notice.churn.dormant', { customer: p.customer, days: p.detail }) };
    if (p.cause === 'SATISFACTION_DROP') return { title, body: msg('notice.churn.satisfaction', { customer: p.customer, drop: p.detail }) };
    const [date, outstanding] = p.detail.split(' ');
    return { title, body: msg('notice.churn.overdue', { customer: p.customer, date: P.date(date), outstanding: P.money(outstanding) }) };
  },
};

function followUpBody(p: { at: Instant; customer: string; plan: string | null }): Message {
  return p.plan
    ? msg('notice.followUp.plan', { plan: p.plan })
    : msg('notice.followUp.next', { customer: p.customer, at: P.instant(p.at) });
}

export interface NoticeRenderContext extends FormatContext {
  /** The reading moment: a reclaim moment at or before it is not announced as a date. */
  asOf?: Date;
  /** The customer of a pool-reclaim warning has been reclaimed since (the API looks it up). */
  reclaimed?: boolean;
}

/** The keys actually rendered: a pool-reclaim warning says what is true when it is read. */
export function noticeAsOf(content: NoticeContent, ctx: NoticeRenderContext = {}): NoticeContent {
  if (content.body.key !== 'notice.poolReclaim.body') return content;
  const params = content.body.params ?? {};
  if (ctx.reclaimed) {
    return {
      title: { key: 'notice.poolReclaimed.title', params: content.title.params },
      body: { key: 'notice.poolReclaimed.body', params: { customer: params.customer, reason: params.reason } },
    };
  }
  const at = params.at as { t: 'instant'; v: string } | undefined;
  const asOf = ctx.asOf ?? new Date();
  if (!at || new Date(at.v).getTime() <= asOf.getTime()) {
    return {
      title: content.title,
      body: { key: 'notice.poolReclaimSoon.body', params: { customer: params.customer, reason: params.reason } },
    };
  }
  return content;
}

/** The title and body in one language, in the business time zone. */
export function renderNotice(content: NoticeContent, locale: Locale, ctx: NoticeRenderContext = {}): { title: string; body: string } {
  const c = noticeAsOf(content, ctx);
  const fmt: FormatContext = { timeZone: ctx.timeZone };
  return { title: renderMessage(c.title, locale, fmt), body: renderMessage(c.body, locale, fmt) };
}

export function isNoticeContent(value: unknown): value is NoticeContent {
  const v = value as NoticeContent | null;
  return !!v && typeof v === 'object' && typeof v.title?.key === 'string' && typeof v.body?.key === 'string';
}
