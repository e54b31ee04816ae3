import dayjs from 'dayjs';

export type VisitStatus = 'PLANNED' | 'DUE' | 'OVERDUE' | 'DONE';

/** 已完成 once recorded; otherwise 已逾期 before today, 今日到期 today, 已计划 later (days of the viewer's calendar). */
export function visitStatus(v: { recorded: boolean; plannedAt: string }, now: dayjs.Dayjs = dayjs()): VisitStatus {
  if (v.recorded) return 'DONE';
  const planned = dayjs(v.plannedAt);
  if (planned.isBefore(now.startOf('day'))) return 'OVERDUE';
  if (planned.isBefore(now.endOf('day'))) return 'DUE';
  return 'PLANNED';
}

export const VISIT_STATUS_COLOR: Record<VisitStatus, string> = { PLANNED: 'blue', DUE: 'orange', OVERDUE: 'red', DONE: 'green' };
