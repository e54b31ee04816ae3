import {
  CUSTOMER_GRADES,
  CUSTOMER_INDUSTRIES,
  CUSTOMER_SOURCES,
  CUSTOMER_TYPES,
  CustomerGrade,
  CustomerType,
  FOLLOW_UP_METHODS,
  FollowUpMethod,
  ROLES,
  Role,
  isEnumValue,
} from './customer-enums';

describe('customer enums', () => {
  it('have objects whose keys equal their values, in the same order as the arrays', () => {
    for (const [obj, list] of [
      [CustomerType, CUSTOMER_TYPES],
      [CustomerGrade, CUSTOMER_GRADES],
      [FollowUpMethod, FOLLOW_UP_METHODS],
      [Role, ROLES],
    ] as const) {
      expect(Object.keys(obj)).toEqual(list);
      for (const [k, v] of Object.entries(obj)) expect(k).toBe(v);
    }
  });

  it('list the standard sources and industries', () => {
    expect(CUSTOMER_SOURCES).toEqual(['网站咨询', '电话咨询', '展会', '转介绍', '广告', '其他']);
    expect(CUSTOMER_INDUSTRIES).toHaveLength(10);
    expect(CUSTOMER_INDUSTRIES).toContain('IT/互联网');
  });

  it('isEnumValue guards strings, rejecting prototype keys and other types', () => {
    expect(isEnumValue(CustomerGrade, 'VIP')).toBe(true);
    expect(isEnumValue(CustomerGrade, 'vip')).toBe(false);
    expect(isEnumValue(CustomerGrade, 'toString')).toBe(false);
    expect(isEnumValue(CustomerGrade, 1)).toBe(false);
  });
});
