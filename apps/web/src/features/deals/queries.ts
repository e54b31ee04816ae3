import { graphql } from '@/gql';

export const DealsBoardQuery = graphql(`
  query DealsBoard($filter: OpportunityFilter, $first: Int, $orderBy: OpportunityOrder) {
    opportunities(filter: $filter, first: $first, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
      }
      stageTotals {
        stage
        count
        amount
        weightedAmount
      }
      edges {
        node {
          id
          name
          amount
          stage
          winRate
          expectedCloseDate
          version
          updatedAt
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
    }
  }
`);

export const AdvanceOpportunityMutation = graphql(`
  mutation AdvanceOpportunity($id: ID!, $version: Int!, $stage: OpportunityStage!, $note: String, $lostReason: String) {
    advanceOpportunity(id: $id, version: $version, stage: $stage, note: $note, lostReason: $lostReason) {
      id
      stage
      winRate
      version
      updatedAt
      lostReason
    }
  }
`);

export const OpportunityHistoryQuery = graphql(`
  query OpportunityHistory($id: ID!) {
    opportunity(id: $id) {
      id
      name
      amount
      stage
      winRate
      lostReason
      expectedCloseDate
      createdAt
      customer {
        id
        name
      }
      owner {
        id
        name
      }
      stageHistory {
        id
        fromStage
        toStage
        note
        at
        actor {
          id
          name
        }
      }
    }
  }
`);
