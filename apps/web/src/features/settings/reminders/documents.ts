import { graphql } from '@/gql';

export const ReminderSettingsQuery = graphql(`
  query ReminderSettings {
    reminderSettings {
      kind
      enabled
      leadMinutes
      leadDays
      channels
      updatedAt
    }
  }
`);

export const UpdateReminderSettingMutation = graphql(`
  mutation UpdateReminderSetting($kind: ReminderKind!, $input: ReminderSettingInput!) {
    updateReminderSetting(kind: $kind, input: $input) {
      kind
      enabled
      leadMinutes
      leadDays
      channels
      updatedAt
    }
  }
`);

export const RunReminderScansMutation = graphql(`
  mutation RunReminderScans {
    runReminderScans {
      kind
      created
    }
  }
`);
