import * as domain from './index';

describe('package entry point', () => {
  it('re-exports every module', () => {
    for (const name of [
      'parseMoney', 'formatMoney', 'compareMoney', 'addMoney', 'validateMoney', 'MONEY_MAX',
      'CustomerType', 'CustomerGrade', 'CustomerStatus', 'FollowUpMethod', 'Role', 'CUSTOMER_SOURCES', 'CUSTOMER_INDUSTRIES',
      'enumLabel', 'enumOptions',
      'gradeForAmount', 'validateGradeThresholds', 'followUpCadenceDays',
      'defaultWinRate', 'isClosedStage', 'canMoveStage', 'contractTransition',
      'normalizeCompanyName', 'toSimplified',
      'normalizePhone', 'validatePhone', 'isMobile', 'validateEmail', 'validatePassword',
      'searchNormalize', 'bigrams', 'pinyinInitials', 'buildSearchGrams', 'buildSearchText', 'queryGrams',
      'businessDate', 'startOfBusinessDay', 'addDays', 'daysBetween', 'nextAnniversary', 'daysUntil',
      'renderContractNumber', 'contractPatternProblem', 'numberEditable', 'STAGE_WIN_RATE', 'STAGE_LABELS', 'stageChangeProblem',
      'gradeThresholdProblems', 'GRADING_WINDOW_MONTHS', 'moneyToFen', 'fenToMoney', 'moneyProblem', 'moneyProblemMessage', 'normalizeMoney',
      'DEFAULT_BUSINESS_TZ', 'INDUSTRIES', 'SEPARATOR', 'TRADITIONAL_TO_SIMPLIFIED',
      'creditRating', 'checkLength', 'required', 'DomainRuleError',
    ]) {
      expect(domain).toHaveProperty(name);
    }
  });

  it('exposes enums as plain objects usable by registerEnumType', () => {
    expect(domain.FollowUpMethod).toEqual({ PHONE: 'PHONE', WECHAT: 'WECHAT', VISIT: 'VISIT', EMAIL: 'EMAIL', OTHER: 'OTHER' });
  });
});
