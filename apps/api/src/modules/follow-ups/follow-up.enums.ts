import { registerEnumType } from 'type-graphql';
import { FollowUpMethod } from '@kehu/domain';

export { FollowUpMethod };

registerEnumType(FollowUpMethod, {
  name: 'FollowUpMethod',
  description: '跟进方式: how the salesperson reached the customer',
  valuesConfig: {
    PHONE: { description: '电话' },
    WECHAT: { description: '微信' },
    VISIT: { description: '上门拜访' },
    EMAIL: { description: '邮件' },
    OTHER: { description: '其他' },
  },
});
