// The words of the lock screen, the sign-in lockout, the password strength indicator and the idle-lock setting,
// in both languages, spread into the catalogues (the English must match the Chinese shape and placeholders).
export const sessionText = {
  'zh-CN': {
    sessionLock: {
      title: '屏幕已锁定',
      why: '已超过 {{minutes}} 分钟没有操作。为保护居民信息，请输入密码继续。',
      whyUnknown: '为保护居民信息，请输入密码继续。',
      signedInAs: '{{name}}（{{username}}）',
      password: '密码',
      unlock: '解锁',
      signOut: '退出登录',
      switchUserHint: '换人使用请先退出登录，由下一位同事用自己的账号登录。',
    },
    lockout: {
      waitMinutes: '登录失败次数过多，请在 {{minutes}} 分 {{seconds}} 秒后重试',
      waitSeconds: '登录失败次数过多，请在 {{seconds}} 秒后重试',
    },
    passwordStrength: {
      label: '密码强度：{{level}}',
      weak: '弱',
      fair: '中',
      strong: '强',
      rules: {
        length: '至少 8 位',
        kinds: '包含小写字母、大写字母、数字、符号中的至少两类',
        username: '不包含用户名',
        common: '不是常见弱密码，也不是同一字符重复',
      },
      advice: '建议 12 位以上，混合三类字符，不要与其他网站共用。',
      weakNotice: '您的密码不符合现行密码要求（至少 8 位、混合两类字符、不是常见弱密码、不含用户名），请现在修改。',
    },
    idleLockSetting: {
      title: '账号安全',
      label: '无操作自动锁屏',
      minutes: '分钟',
      hint: '超过这段时间没有键盘或鼠标操作，所有已登录的窗口锁定，输入密码才能继续（{{min}}–{{max}} 分钟，默认 {{default}} 分钟）。',
      saved: '已设为 {{minutes}} 分钟无操作后锁屏',
      passwordPolicy:
        '密码要求：至少 8 位，包含小写字母、大写字母、数字、符号中的至少两类，不含用户名，不是常见弱密码。连续 5 次输错密码，该账号须等待 5 分钟。',
    },
  },
  en: {
    sessionLock: {
      title: 'Screen locked',
      why: 'Nothing was done for more than {{minutes}} minutes. To protect residents’ data, enter your password to go on.',
      whyUnknown: 'To protect residents’ data, enter your password to go on.',
      signedInAs: '{{name}} ({{username}})',
      password: 'Password',
      unlock: 'Unlock',
      signOut: 'Sign out',
      switchUserHint: 'To hand the desk over, sign out; the next colleague signs in with their own account.',
    },
    lockout: {
      waitMinutes: 'Too many failed attempts; try again in {{minutes}} min {{seconds}} s',
      waitSeconds: 'Too many failed attempts; try again in {{seconds}} s',
    },
    passwordStrength: {
      label: 'Strength: {{level}}',
      weak: 'weak',
      fair: 'fair',
      strong: 'strong',
      rules: {
        length: 'At least 8 characters',
        kinds: 'At least two of lower-case, upper-case, digits, symbols',
        username: 'Does not contain the username',
        common: 'Not a well-known weak password, nor one character repeated',
      },
      advice: '12 characters or more mixing three kinds is better; do not reuse it on other sites.',
      weakNotice:
        'Your password falls short of the current rule (8 characters, two kinds mixed, not a well-known one, no username): please change it now.',
    },
    idleLockSetting: {
      title: 'Account security',
      label: 'Lock the screen after',
      minutes: 'minutes idle',
      hint: 'With no keyboard or mouse for this long, every signed-in window locks until its password is typed ({{min}}–{{max}} minutes, {{default}} by default).',
      saved: 'Screens now lock after {{minutes}} idle minutes',
      passwordPolicy:
        'Passwords: at least 8 characters, at least two of lower-case, upper-case, digits and symbols, no username, not a well-known weak one. After 5 wrong passwords in a row an account waits 5 minutes.',
    },
  },
} as const;
