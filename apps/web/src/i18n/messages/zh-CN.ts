// Chinese is the source language: every key starts here, and `en.ts` must carry the same keys
// (the `Messages` type makes a missing or extra key a compile error).
const zhCN = {
  app: {
    name: '客户',
    fullName: '客户 Kehu CRM',
    tagline: '为中小企业打造的客户关系管理系统',
  },
  nav: {
    home: '首页',
    customers: '客户',
    pool: '公海',
    deals: '商机',
    forecast: '销售预测',
    contracts: '合同',
    receipts: '回款',
    reminders: '提醒',
    tasks: '任务',
    visits: '回访',
    reports: '报表',
    settings: '设置',
    menu: '菜单',
    collapse: '收起菜单',
    expand: '展开菜单',
  },
  role: {
    ADMIN: '管理员',
    MANAGER: '经理',
    SALES: '销售',
    SERVICE: '客服',
  },
  locale: {
    switchLabel: '语言',
    zhCN: '中文',
    en: 'English',
  },
  auth: {
    signIn: '登录',
    signingIn: '正在登录…',
    signOut: '退出登录',
    signInTitle: '登录客户',
    email: '邮箱',
    emailPlaceholder: 'name@company.com',
    password: '密码',
    passwordPlaceholder: '请输入密码',
    emailRequired: '请输入邮箱',
    emailInvalid: '邮箱格式不正确',
    passwordRequired: '请输入密码',
    wrongCredentials: '邮箱或密码错误',
    serviceUnavailable: '服务暂不可用，请稍后再试',
    sessionExpired: '登录已过期，请重新登录',
  },
  changePassword: {
    title: '修改密码',
    mustChangeNotice: '首次登录或密码已被重置，请先设置新密码再继续使用。',
    currentPassword: '当前密码',
    newPassword: '新密码',
    confirmPassword: '确认新密码',
    currentRequired: '请输入当前密码',
    newRequired: '请输入新密码',
    confirmRequired: '请再次输入新密码',
    policy: '密码至少 8 位，且须包含字母、数字和特殊字符',
    mismatch: '两次输入的新密码不一致',
    sameAsCurrent: '新密码不能与当前密码相同',
    submit: '保存新密码',
    success: '密码已修改',
    failed: '修改密码失败',
    currentWrong: '当前密码不正确',
  },
  home: {
    welcome: '欢迎，{name}',
    profile: '我的信息',
    name: '姓名',
    email: '邮箱',
    role: '角色',
    manager: '上级',
    noManager: '无',
    loadFailed: '无法加载您的信息',
    retry: '重试',
  },
  live: {
    connecting: '正在连接',
    live: '实时',
    offline: '已断开',
  },
  comingSoon: {
    title: '{section}功能即将上线',
    subtitle: '该模块正在开发中，敬请期待。',
  },
  settings: {
    changePassword: '修改密码',
  },
  errors: {
    generic: '出错了，请稍后再试',
    notFound: '页面不存在',
    backHome: '返回首页',
  },
};

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

export type Messages = DeepStrings<typeof zhCN>;

export default zhCN as Messages;
