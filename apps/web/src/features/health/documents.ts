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

export const ChurnSettingsQuery = graphql(`
  query ChurnSettings {
    churnSettings {
      satisfactionDrop
      overdueDays
    }
  }
`);

export const UpdateChurnSettingsMutation = graphql(`
  mutation UpdateChurnSettings($input: ChurnSettingsInput!) {
    updateChurnSettings(input: $input) {
      satisfactionDrop
      overdueDays
    }
  }
`);
