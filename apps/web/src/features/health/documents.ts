import { graphql } from '@/gql';

export const ActivitySettingsQuery = graphql(`
  query ActivitySettings {
    activitySettings {
      grade
      dormantDays
      churnedDays
    }
  }
`);

export const UpdateActivitySettingsMutation = graphql(`
  mutation UpdateActivitySettings($input: [ActivityGradeThresholdInput!]!) {
    updateActivitySettings(input: $input) {
      grade
      dormantDays
      churnedDays
    }
  }
`);
