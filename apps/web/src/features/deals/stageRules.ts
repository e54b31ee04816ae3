import type { OpportunityStage } from '@/gql/schema';

/**
 * Which stage moves the board offers — the same rule as @kehu/domain's checkStageMove (the API decides;
 * this only keeps the UI from proposing moves it would refuse): open stages move freely, WON is final,
 * LOST reopens to an open stage before it can be won.
 */
export function stageMoveProblem(from: OpportunityStage, to: OpportunityStage): 'same' | 'wonFinal' | 'reopenFirst' | null {
  if (from === to) return 'same';
  if (from === 'WON') return 'wonFinal';
  if (from === 'LOST' && to === 'WON') return 'reopenFirst';
  return null;
}
