// Messages for the contract's own validation rules (the ones zod's locales do not know), in both languages.
// The server puts them in error issues; the renderer's catalogues include them under `validation`.

export const validationMessages = {
  'zh-CN': {
    required: '必填',
    tooShort: '至少 {{min}} 个字符',
    tooLong: '最多 {{max}} 个字符',
    phone: '请输入正确的电话号码：11 位手机号，或带区号的固定电话（如 0523-86123456）',
    username: '用户名为 3–32 位小写字母、数字、点、下划线或连字符',
    staffOrName: '请选择已有人员，或填写新人员的姓名',
    wrongCurrentPassword: '当前密码不正确',
    usernameTaken: '用户名 {{username}} 已被使用',
    gridNameTaken: '同一上级下已有名为“{{name}}”的网格',
    idNumberFormat: '公民身份号码为 18 位：17 位数字加 1 位数字或 X',
    idNumberCheckDigit: '公民身份号码校验位不正确，请核对',
    idNumberBirthDate: '公民身份号码中的出生日期不存在',
    idNumberTaken: '该公民身份号码已登记在 {{name}} 名下',
    genderAndBirthDateNeeded: '没有身份证号时，请填写性别和出生日期',
    leaseEndsBeforeStart: '租期结束日期不能早于开始日期',
    month: '月份格式为 YYYY-MM',
    uploadId: '上传的文件标识无效，请重新上传',
  },
  en: {
    required: 'Required',
    tooShort: 'At least {{min}} characters',
    tooLong: 'At most {{max}} characters',
    phone: 'Enter a valid phone number: an 11-digit mobile, or a landline with its area code (e.g. 0523-86123456)',
    username: 'A username is 3–32 lower-case letters, digits, dots, underscores or hyphens',
    staffOrName: 'Pick a person already on file, or give the new person’s name',
    wrongCurrentPassword: 'The current password is wrong',
    usernameTaken: 'The username {{username}} is taken',
    gridNameTaken: 'There is already a grid named “{{name}}” under the same parent',
    idNumberFormat: 'A citizen ID number has 18 characters: 17 digits and a digit or X',
    idNumberCheckDigit: 'The check digit of this ID number is wrong; please check it',
    idNumberBirthDate: 'The birth date in this ID number does not exist',
    idNumberTaken: 'This ID number is already registered to {{name}}',
    genderAndBirthDateNeeded: 'Without an ID number, give gender and birth date',
    leaseEndsBeforeStart: 'A lease cannot end before it starts',
    month: 'A month is written YYYY-MM',
    uploadId: 'The uploaded file is not known; please upload it again',
  },
} as const;

export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];

export function pickLanguage(header: string | undefined | null): Language {
  if (!header) return 'zh-CN';
  return header.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

export type ValidationKey = keyof (typeof validationMessages)['en'];

export function isValidationKey(value: string): value is ValidationKey {
  return Object.hasOwn(validationMessages.en, value);
}

/** The message of a validation key in a language, with `{{name}}` placeholders filled. */
export function validationMessage(
  lang: Language,
  key: ValidationKey,
  params: Record<string, string | number> = {},
): string {
  const template: string = validationMessages[lang][key];
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}
