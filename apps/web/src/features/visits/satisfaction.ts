import { graphql } from '@/gql';
import type { Locale } from '@/i18n';

/** The active satisfaction dimensions a visit is scored on, in order (admins configure them in 设置). */
export const SatisfactionDimensionsQuery = graphql(`
  query SatisfactionDimensions {
    satisfactionDimensions {
      key
      nameZh
      nameEn
      position
      active
    }
  }
`);

/** A dimension's name in the chosen language. */
export const dimensionName = (d: { nameZh: string; nameEn: string }, locale: Locale) => (locale === 'en' ? d.nameEn : d.nameZh);

/** A 1–5 average with two decimals ("3.67"), or null. */
export const scoreText = (v: number | null | undefined) => (v === null || v === undefined ? null : v.toFixed(2));

/** 设置 › 满意度维度: active and archived dimensions. */
export const SatisfactionDimensionSettingsQuery = graphql(`
  query SatisfactionDimensionSettings {
    satisfactionDimensions(includeArchived: true) {
      key
      nameZh
      nameEn
      position
      active
    }
  }
`);

export const UpdateSatisfactionDimensionsMutation = graphql(`
  mutation UpdateSatisfactionDimensions($input: [SatisfactionDimensionInput!]!) {
    updateSatisfactionDimensions(input: $input) {
      key
      nameZh
      nameEn
      position
      active
    }
  }
`);

/** A key for a dimension an admin adds (they name it; the code stays out of sight). */
export const newDimensionKey = () =>
  `D${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 1296)
    .toString(36)
    .toUpperCase()}`;
