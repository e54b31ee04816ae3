import { graphql } from '@/gql';

export const PoolRulesSettingsQuery = graphql(`
  query PoolRulesSettings {
    poolRules {
      noFollowUpDays
      notWonWithinDays
      maxCustomersPerUser
      claimCooldownDays
      grades {
        grade
        noFollowUpDays
        notWonWithinDays
      }
    }
  }
`);

export const UpdatePoolRulesMutation = graphql(`
  mutation UpdatePoolRules($input: PoolRulesInput!) {
    updatePoolRules(input: $input) {
      noFollowUpDays
      notWonWithinDays
      maxCustomersPerUser
      claimCooldownDays
      grades {
        grade
        noFollowUpDays
        notWonWithinDays
      }
    }
  }
`);

export const RunPoolReclaimMutation = graphql(`
  mutation RunPoolReclaim {
    runPoolReclaim {
      customerId
      rule
      reason
      customer {
        id
        name
      }
      owner {
        id
        name
      }
    }
  }
`);
