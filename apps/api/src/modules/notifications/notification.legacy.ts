import { businessDate, notice, startOfBusinessDay, type NoticeContent } from '@kehu/domain';

/**
 * Notifications written before issue 15 stored finished Chinese text. This reads such a text back into keys and
 * parameters (the migration converts existing rows with it), so English readers read them in English too.
 * A text it does not recognise stays as it was (shown as stored): never a guess.
 */
export function legacyNoticeContent(
  row: { kind: string; title: string; body: string; dueAt: Date },
  timeZone: string,
): NoticeContent | null {
  const { kind, title, body } = row;
  const due = new Date(row.dueAt);
  let m: RegExpExecArray | null;
  switch (kind) {
    case 'FOLLOW_UP_UPCOMING':
    case 'FOLLOW_UP_DUE': {
      if (!(m = /^(?:即将跟进|跟进时间已到)：.+? · (.+)$/.exec(title))) return null;
      const plan = /^跟进计划：([\s\S]*)$/.exec(body)?.[1] ?? null;
      if (plan === null && !body.startsWith('客户「')) return null;
      const p = { at: due, customer: m[1], plan };
      return kind === 'FOLLOW_UP_DUE' ? notice.followUpDue(p) : notice.followUpUpcoming(p);
    }
    case 'FOLLOW_UP_LAPSED': {
      const t = /^(\d+) 天未跟进 · (.+)$/.exec(title);
      const b = /^客户「([\s\S]+)」上次跟进在 (\d{4}-\d{2}-\d{2})，按等级应每 (\d+) 天跟进一次$/.exec(body);
      if (!t || !b) return null;
      return notice.followUpLapsed({ customer: t[2], days: +t[1], last: b[2], cadence: +b[3] });
    }
    case 'VISIT_DUE': {
      const t = /^回访提醒：.+? · (.+)$/.exec(title);
      const b = /^回访主题：([\s\S]*)$/.exec(body);
      if (!t || !b) return null;
      return notice.visitDue({ at: due, customer: t[1], topic: b[1] });
    }
    case 'TASK_DUE':
    case 'TASK_OVERDUE': {
      if (!(m = /^任务(?:即将到期|已逾期)（.+?）：([\s\S]+)$/.exec(title))) return null;
      return (kind === 'TASK_DUE' ? notice.taskDue : notice.taskOverdue)({ at: due, task: m[1] });
    }
    case 'CONTACT_BIRTHDAY': {
      if (!(m = /^(?:今天|(\d+) 天后（\d{4}-\d{2}-\d{2}）)是 (.+?) 的生日 · (.+)$/.exec(title))) return null;
      return notice.contactBirthday({ contact: m[2], customer: m[3], date: businessDate(due, timeZone), days: m[1] ? +m[1] : 0 });
    }
    case 'CONTRACT_EXPIRING': {
      const t = /^合同将于 (\d{4}-\d{2}-\d{2}) 到期：(\S+) ([\s\S]*)$/.exec(title);
      const b = /^客户「([\s\S]+)」的合同还有/.exec(body);
      if (!t || !b) return null;
      return notice.contractExpiring({ date: t[1], number: t[2], contract: t[3], customer: b[1] });
    }
    case 'PAYMENT_DUE':
    case 'PAYMENT_OVERDUE': {
      const t = /^回款(?:提醒|逾期)：(\d{4}-\d{2}-\d{2}) 应收 ¥[\d,.]+(?: 未到账)? · (.+)$/.exec(title);
      const b = /^客户「([\s\S]+)」合同 (\S+) 的收款计划 ¥([\d,.]+)，未收 ¥([\d,.]+)$/.exec(body);
      if (!t || !b) return null;
      const plain = (s: string) => s.replace(/,/g, '');
      return notice.payment({
        overdue: kind === 'PAYMENT_OVERDUE',
        date: t[1],
        planned: plain(b[3]),
        outstanding: plain(b[4]),
        number: b[2],
        customer: t[2],
      });
    }
    case 'POOL_RECLAIM_WARNING': {
      const t = /^客户将被收回公海：(.+)$/.exec(title);
      const b = /（(\d+) 天(未跟进|未成交)）/.exec(body);
      if (!t || !b) return null;
      return notice.poolReclaim({ customer: t[1], at: due, rule: b[2] === '未跟进' ? 'NO_FOLLOW_UP' : 'NOT_WON', days: +b[1] });
    }
    case 'NEW_SIGN_IN_LOCATION': {
      if (title === '账号已临时锁定：密码连续输错') {
        const b = /连续 (\d+) 次密码错误，已锁定至 (\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2})/.exec(body);
        if (!b) return null;
        const until = new Date(startOfBusinessDay(b[2], timeZone).getTime() + (+b[3] * 60 + +b[4]) * 60_000);
        return notice.accountLocked({ at: due, until, failures: +b[1] });
      }
      const ip = /（IP (.+?)）/.exec(body)?.[1] ?? null;
      if ((m = /^异地登录提醒：新的 IP 地址 (.+)$/.exec(title)))
        return notice.newSignIn({ at: due, newIp: true, ip: m[1] === '未知' ? ip : m[1] });
      if ((m = /^异地登录提醒：新的设备 (.+)$/.exec(title)))
        return notice.newSignIn({ at: due, newIp: false, ip, userAgent: m[1] === '未知设备' ? null : m[1] });
      return null;
    }
    case 'CHURN_RISK': {
      const t = /^流失预警：(.+)$/.exec(title);
      if (!t) return null;
      const customer = t[1];
      if ((m = /」(\d+) 天无往来 \(沉睡\)，/.exec(body))) return notice.churnRisk({ customer, cause: 'DORMANT', detail: m[1] });
      if ((m = /」满意度下降 (\S+)，/.exec(body))) return notice.churnRisk({ customer, cause: 'SATISFACTION_DROP', detail: m[1] });
      if ((m = /」回款逾期：(\d{4}-\d{2}-\d{2}) 到期未收 ([\d.]+) 元，/.exec(body)))
        return notice.churnRisk({ customer, cause: 'OVERDUE', detail: `${m[1]} ${m[2]}` });
      return null;
    }
    default:
      return null;
  }
}
