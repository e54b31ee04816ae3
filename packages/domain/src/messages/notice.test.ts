import { ENUM_LABELS } from '../labels';
import { NOTICE_KINDS, notice, renderNotice, type NoticeContent, type NoticeKind } from './index';

/**
 * Every kind of notification, rendered in both languages with sample parameters, reads like a person wrote it:
 * no ISO instant, no UUID, no raw enum code, one language only (issue 15 item 5 quality bar).
 */
const ISO_INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|\d{2}:\d{2}:\d{2}(\.\d+)?Z?/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const CJK = /[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]/;
const ENUM_CODES = new Set(
  [
    ...Object.values(ENUM_LABELS).flatMap((t) => Object.keys(t)),
    ...NOTICE_KINDS,
    'NO_FOLLOW_UP',
    'NOT_WON',
    'DORMANT',
    'SATISFACTION_DROP',
  ].filter((k) => /^[A-Z][A-Z_]{2,}$/.test(k) && k !== 'VIP'),
);

const AT = '2026-12-07T08:02:40.042Z'; // 16:02 in Shanghai
const LATER = '2026-12-09T01:30:00.000Z'; // 09:30 in Shanghai
const NOW = new Date('2026-12-07T02:00:00.000Z');

/** Sample contents of each kind: every variant a kind has. */
const SAMPLES: Record<NoticeKind, NoticeContent[]> = {
  FOLLOW_UP_UPCOMING: [
    notice.followUpUpcoming({ at: AT, customer: '杭州云栖科技', plan: '确认报价' }),
    notice.followUpUpcoming({ at: AT, customer: '杭州云栖科技', plan: null }),
  ],
  FOLLOW_UP_DUE: [notice.followUpDue({ at: AT, customer: '杭州云栖科技', plan: null })],
  FOLLOW_UP_LAPSED: [notice.followUpLapsed({ customer: '杭州云栖科技', days: 60, last: '2026-10-08', cadence: 30 })],
  VISIT_DUE: [notice.visitDue({ at: new Date(AT), customer: '杭州云栖科技', topic: '月度回访' })],
  TASK_DUE: [notice.taskDue({ at: AT, task: '准备报价' })],
  TASK_OVERDUE: [notice.taskOverdue({ at: AT, task: '准备报价' })],
  CONTACT_BIRTHDAY: [
    notice.contactBirthday({ contact: '李娜', customer: '杭州云栖科技', date: '2026-12-07', days: 0 }),
    notice.contactBirthday({ contact: '李娜', customer: '杭州云栖科技', date: '2026-12-10', days: 3 }),
  ],
  CONTRACT_EXPIRING: [
    notice.contractExpiring({ date: '2027-01-06', number: 'HT-2026-0042', contract: '年度服务', customer: '杭州云栖科技' }),
  ],
  PAYMENT_DUE: [
    notice.payment({
      overdue: false,
      date: '2026-12-10',
      planned: '40000',
      outstanding: '12500.5',
      number: 'HT-2026-0042',
      customer: '杭州云栖科技',
    }),
  ],
  PAYMENT_OVERDUE: [
    notice.payment({
      overdue: true,
      date: '2026-11-10',
      planned: '40000',
      outstanding: '40000',
      number: 'HT-2026-0042',
      customer: '杭州云栖科技',
    }),
  ],
  POOL_RECLAIM_WARNING: [
    notice.poolReclaim({ customer: '杭州云栖科技', at: LATER, rule: 'NO_FOLLOW_UP', days: 60 }),
    notice.poolReclaim({ customer: '杭州云栖科技', at: AT, rule: 'NOT_WON', days: 90 }),
  ],
  NEW_SIGN_IN_LOCATION: [
    notice.newSignIn({ at: AT, newIp: true, ip: '203.0.113.9' }),
    notice.newSignIn({ at: AT, newIp: false, userAgent: 'Mozilla/5.0 (Macintosh)' }),
    notice.newSignIn({ at: AT, newIp: false }),
    notice.accountLocked({ at: AT, until: LATER, failures: 5 }),
  ],
  CHURN_RISK: [
    notice.churnRisk({ customer: '杭州云栖科技', cause: 'DORMANT', detail: '45' }),
    notice.churnRisk({ customer: '杭州云栖科技', cause: 'SATISFACTION_DROP', detail: '4.0→2.0' }),
    notice.churnRisk({ customer: '杭州云栖科技', cause: 'OVERDUE', detail: '2026-11-10 40000.00' }),
  ],
};

/** What users typed (names, titles, topics): not the catalogue's words, so left out of the language checks. */
const USER_DATA = [
  '杭州云栖科技',
  '确认报价',
  '月度回访',
  '准备报价',
  '李娜',
  '年度服务',
  'Mozilla/5.0 (Macintosh)',
  'HT-2026-0042',
  '203.0.113.9',
];
const ours = (text: string) => USER_DATA.reduce((t, d) => t.split(d).join(''), text);

function check(text: string) {
  expect(text).not.toMatch(ISO_INSTANT);
  expect(text).not.toMatch(UUID);
  expect(text).not.toMatch(/\{\w+\}/);
  expect(text).not.toMatch(/\[object Object\]|undefined|NaN/);
  for (const word of text.split(/[^A-Za-z_]+/)) expect(ENUM_CODES.has(word) ? `enum code ${word} in: ${text}` : '').toBe('');
}

describe('notification texts', () => {
  it('has samples for every kind', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...NOTICE_KINDS].sort());
  });

  it.each(NOTICE_KINDS.flatMap((kind) => SAMPLES[kind].map((c, i) => [`${kind} #${i + 1}`, c] as const)))(
    '%s reads in zh-CN and in en, one language each',
    (_name, content) => {
      for (const reclaimed of [false, true]) {
        const zh = renderNotice(content, 'zh-CN', { asOf: NOW, reclaimed });
        const en = renderNotice(content, 'en', { asOf: NOW, reclaimed });
        for (const text of [zh.title, zh.body, en.title, en.body]) check(text);
        expect(ours(`${en.title} ${en.body}`)).not.toMatch(CJK);
        expect(CJK.test(ours(zh.title)) && CJK.test(ours(zh.body))).toBe(true);
        // No English words in the Chinese text beyond names and codes the user typed.
        expect(ours(`${zh.title} ${zh.body}`)).not.toMatch(/\b(?:the|and|of|at|for|on|in|to|soon|days?)\b/i);
      }
    },
  );

  it('writes times in the business time zone and money with separators', () => {
    expect(renderNotice(SAMPLES.FOLLOW_UP_UPCOMING[1], 'en')).toEqual({
      title: 'Follow-up coming up: 2026-12-07 16:02 · 杭州云栖科技',
      body: 'The next follow-up with “杭州云栖科技” is at 2026-12-07 16:02',
    });
    expect(renderNotice(SAMPLES.PAYMENT_DUE[0], 'zh-CN').title).toBe('回款提醒：2026-12-10 应收 ¥12,500.50 · 杭州云栖科技');
    expect(renderNotice(SAMPLES.PAYMENT_DUE[0], 'en').body).toBe(
      'Payment plan of ¥40,000.00 on contract HT-2026-0042 of “杭州云栖科技”; ¥12,500.50 outstanding',
    );
  });

  it('never announces a reclaim moment that has passed, nor one for a customer already reclaimed', () => {
    const warning = SAMPLES.POOL_RECLAIM_WARNING[0]; // reclaim at 2026-12-09 09:30
    expect(renderNotice(warning, 'zh-CN', { asOf: NOW }).body).toBe(
      '客户「杭州云栖科技」将于 2026-12-09 09:30 按规则收回公海（60 天未跟进），请及时跟进',
    );
    const after = new Date('2026-12-10T00:00:00Z');
    expect(renderNotice(warning, 'zh-CN', { asOf: after }).body).toBe('客户「杭州云栖科技」即将按规则收回公海（60 天未跟进），请及时跟进');
    const reclaimed = renderNotice(warning, 'en', { asOf: NOW, reclaimed: true });
    expect(reclaimed).toEqual({
      title: 'Customer returned to the pool: 杭州云栖科技',
      body: '“杭州云栖科技” has returned to the public pool under the pool rules (no follow-up for 60 days)',
    });
    expect(`${reclaimed.title}${reclaimed.body}`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
