/**
 * 商机阶段 and their default win rates (初步接触 20% … 合同谈判 80%, 赢单 100%, 输单 0%).
 *
 * Moves:
 * - among open stages any move is allowed, forwards or backwards (deals do slip back to 需求分析);
 * - any open stage may be closed as WON or LOST;
 * - WON is final: it is what signing a contract sets, and undoing it would contradict the contract;
 * - LOST may be reopened to an open stage (a lost deal revives), but not turned into WON directly:
 *   reopen first, so the stage history shows how it came back;
 * - moving to the current stage is not a move.
 */
import type { RuleViolation } from './errors.js';

export const OpportunityStage = {
  INITIAL: 'INITIAL',
  NEEDS: 'NEEDS',
  PROPOSAL: 'PROPOSAL',
  NEGOTIATION: 'NEGOTIATION',
  WON: 'WON',
  LOST: 'LOST',
} as const;
export type OpportunityStage = (typeof OpportunityStage)[keyof typeof OpportunityStage];

/** All stages in funnel order (closed ones last). */
export const OPPORTUNITY_STAGES: readonly OpportunityStage[] = ['INITIAL', 'NEEDS', 'PROPOSAL', 'NEGOTIATION', 'WON', 'LOST'];
/** The stages an opportunity is worked in, in funnel order. */
export const OPEN_OPPORTUNITY_STAGES: readonly OpportunityStage[] = ['INITIAL', 'NEEDS', 'PROPOSAL', 'NEGOTIATION'];

/** Default win rate in whole percent per stage. */
export const STAGE_WIN_RATE: Readonly<Record<OpportunityStage, number>> = Object.freeze({
  INITIAL: 20,
  NEEDS: 40,
  PROPOSAL: 60,
  NEGOTIATION: 80,
  WON: 100,
  LOST: 0,
});

/** Chinese stage names (the source documents' words); English ones are in labels.ts. */
export const STAGE_LABELS: Readonly<Record<OpportunityStage, string>> = Object.freeze({
  INITIAL: '初步接触',
  NEEDS: '需求分析',
  PROPOSAL: '方案报价',
  NEGOTIATION: '合同谈判',
  WON: '赢单',
  LOST: '输单',
});

const isStage = (s: unknown): s is OpportunityStage => typeof s === 'string' && Object.prototype.hasOwnProperty.call(STAGE_WIN_RATE, s);

/** Default win rate of a stage (editable per opportunity). Throws RangeError for an unknown stage. */
export function defaultWinRate(stage: OpportunityStage): number {
  if (!isStage(stage)) throw new RangeError(`Unknown opportunity stage: ${String(stage)}`);
  return STAGE_WIN_RATE[stage];
}

export function isClosedStage(stage: OpportunityStage): boolean {
  return stage === 'WON' || stage === 'LOST';
}

/** Position in OPPORTUNITY_STAGES, for sorting by funnel order. */
export function stageOrder(stage: OpportunityStage): number {
  return OPPORTUNITY_STAGES.indexOf(stage);
}

/** Null when `from -> to` is allowed, otherwise why not: an English code and a "中文 (English)" message. */
export function checkStageMove(from: OpportunityStage, to: OpportunityStage): RuleViolation | null {
  if (!isStage(from) || !isStage(to)) return { code: 'UNKNOWN_STAGE', message: '未知的商机阶段 (unknown stage)' };
  if (from === to) return { code: 'STAGE_UNCHANGED', message: `商机已处于“${STAGE_LABELS[to]}”阶段 (already in that stage)` };
  if (from === 'WON') return { code: 'STAGE_FINAL', message: '已赢单的商机不能再变更阶段 (WON is final)' };
  if (from === 'LOST' && to === 'WON') {
    return {
      code: 'STAGE_REOPEN_FIRST',
      message: '输单的商机需先重新打开到进行中的阶段，才能赢单 (reopen a LOST opportunity to an open stage first)',
    };
  }
  return null;
}

/** The message of checkStageMove, or null when the move is allowed (what the API puts in BAD_USER_INPUT). */
export function stageChangeProblem(from: OpportunityStage, to: OpportunityStage): string | null {
  return checkStageMove(from, to)?.message ?? null;
}

/** Whether `from -> to` is allowed under the rules above. */
export function canMoveStage(from: OpportunityStage, to: OpportunityStage): boolean {
  return checkStageMove(from, to) === null;
}

/** Null for a valid win rate (an integer percentage 0..100), otherwise a Chinese message. */
export function validateWinRate(rate: number): string | null {
  return Number.isInteger(rate) && rate >= 0 && rate <= 100 ? null : '赢率必须是 0 到 100 之间的整数';
}
