import { registerEnumType } from 'type-graphql';
import { OpportunityStage } from '@kehu/domain';

export { OpportunityStage };

registerEnumType(OpportunityStage, {
  name: 'OpportunityStage',
  description: '商机阶段, each with its default win rate',
  valuesConfig: {
    INITIAL: { description: '初步接触 (20%)' },
    NEEDS: { description: '需求分析 (40%)' },
    PROPOSAL: { description: '方案报价 (60%)' },
    NEGOTIATION: { description: '合同谈判 (80%)' },
    WON: { description: '赢单 (100%): set by signing one of its contracts, or by hand' },
    LOST: { description: '输单 (0%): needs a lost reason' },
  },
});

export const OpportunityOrderField = { CREATED_AT: 'CREATED_AT', AMOUNT: 'AMOUNT', EXPECTED_CLOSE_DATE: 'EXPECTED_CLOSE_DATE' } as const;
export type OpportunityOrderField = (typeof OpportunityOrderField)[keyof typeof OpportunityOrderField];
registerEnumType(OpportunityOrderField, {
  name: 'OpportunityOrderField',
  description: 'Sort keys of the opportunity list',
  valuesConfig: {
    CREATED_AT: { description: 'When created' },
    AMOUNT: { description: '商机金额' },
    EXPECTED_CLOSE_DATE: { description: '预计成交日期 (undated last)' },
  },
});
