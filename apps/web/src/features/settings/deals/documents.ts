import { graphql } from '@/gql';

export const DealSettingsFieldsFragment = graphql(`
  fragment DealSettingsFields on DealSettings {
    contractNumberPattern
    customerNumberPattern
    gradeVip
    gradeImportant
    gradeNormal
    version
    updatedAt
  }
`);

export const DealSettingsQuery = graphql(`
  query DealSettingsPage {
    dealSettings {
      ...DealSettingsFields
    }
  }
`);

export const UpdateDealSettingsMutation = graphql(`
  mutation UpdateDealSettings($version: Int!, $input: DealSettingsInput!) {
    updateDealSettings(version: $version, input: $input) {
      ...DealSettingsFields
    }
  }
`);

export const RecomputeGradesMutation = graphql(`
  mutation RecomputeGrades {
    recomputeGrades
  }
`);

export const GradingFactorsQuery = graphql(`
  query GradingFactors {
    gradingFactors {
      tenureMonths
      minCredit
    }
  }
`);

export const UpdateGradingFactorsMutation = graphql(`
  mutation UpdateGradingFactors($input: GradeFactorsInput!) {
    updateGradingFactors(input: $input) {
      tenureMonths
      minCredit
    }
  }
`);
