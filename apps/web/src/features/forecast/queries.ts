import { graphql } from '@/gql';

export const ForecastRowFields = graphql(`
  fragment ForecastRowFields on ForecastRow {
    kind
    userId
    name
    won
    wonCount
    weighted
    commit
    bestCase
    openCount
    target
    completionPercent
    gap
    coverage
  }
`);

export const SalesForecastQuery = graphql(`
  query SalesForecast($filter: ForecastFilter) {
    me {
      id
      name
      role
    }
    salesForecast(filter: $filter) {
      period
      commitMinWinRate
      periods {
        label
        start
        end
        total {
          ...ForecastRowFields
        }
        people {
          ...ForecastRowFields
        }
        teams {
          ...ForecastRowFields
        }
      }
    }
  }
`);

export const ForecastHomeQuery = graphql(`
  query ForecastHome {
    salesForecast(filter: { period: MONTH }) {
      periods {
        label
        start
        end
        mine {
          ...ForecastRowFields
        }
      }
    }
  }
`);
