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
    householdNeedsMicroGrid: '住户须属于一个在用的微网格',
    householdAddressTaken: '该地址已登记为一户：{{address}}',
    disagreesWithIdNumber: '与公民身份号码不一致（性别和出生日期以身份证号为准）',
    birthDateRange: '出生日期须在 1900-01-01 至今天之间',
    attentionTagNotAllowed: '您的角色不能登记重点人群标签',
    riskLevelOnlyForMentalDisorder: '风险等级仅用于严重精神障碍患者',
    dateInFuture: '日期不能晚于今天',
    dateBeforeBirth: '日期不能早于出生日期',
    visitDateRange: '走访日期须在 2000-01-01 至今天之间',
    uploadId: '上传的文件标识无效，请重新上传',
    valueUnknown: '无法识别“{{value}}”',
    dateFormat: '日期格式应为 YYYY-MM-DD，如 1985-03-07',
    idNumberAsNumber: '身份证号被存成了数字，末几位已丢失：请把该列设为文本格式后重新填写',
    idNumberRepeatedInFile: '同一公民身份号码在文件中出现多次（第 {{rows}} 行）',
    addressUnparseable: '无法从“{{value}}”中识别出小区、楼栋和室号，应写作如：振兴花园3栋2单元501室',
    gridUnknown: '没有名称或编号为“{{value}}”的微网格',
    gridAmbiguous: '有多个微网格叫“{{value}}”，请写出完整路径（社区/网格/微网格）或微网格编号',
    householdInOtherGrid: '该地址的住户属于 {{grid}}，与本行所填网格不一致',
    hotlineOrderNoRequired: '12345 热线工单须填写工单编号',
    hotlineDeadlineRequired: '12345 热线工单须填写办理时限',
    handlerRequired: '请选择办理人或填写承办部门（二选一）',
    resolutionRequired: '请填写办理结果',
    periodEndsBeforeStart: '结束日期不能早于开始日期',
    caseCategoryNotUsable: '请选择在用的小类，或没有小类的大类',
    caseResidentUnknown: '登记册上没有这位居民',
    caseHouseholdUnknown: '登记册上没有这一户',
    caseHouseholdNotResidents: '该居民不住在这一户',
    caseGridRequired: '没有关联居民或住户时，请选择网格',
    caseGridNotActive: '请选择在用的网格',
    caseHandlerCannotHandle: '只能分派给在用且能办理诉求的账号',
    caseDuplicateOfRequired: '重复登记时请填写原诉求的编号',
    caseDuplicateOfUnknown: '没有编号为 {{number}} 的其他诉求',
    categoryOnlyTwoLevels: '分类只有两级：上级须是一个在用的大类',
    categoryNameTaken: '同一上级下已有名为“{{name}}”的分类',
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
    householdNeedsMicroGrid: 'A household belongs to an active micro-grid',
    householdAddressTaken: 'This address is already a household: {{address}}',
    disagreesWithIdNumber: 'Does not match the ID number (gender and birth date come from it)',
    birthDateRange: 'A birth date lies between 1900-01-01 and today',
    attentionTagNotAllowed: 'Your role may not record attention-group tags',
    riskLevelOnlyForMentalDisorder: 'A risk level is recorded for severe mental disorder only',
    dateInFuture: 'The date cannot be after today',
    dateBeforeBirth: 'The date cannot be before the birth date',
    visitDateRange: 'A visit date lies between 2000-01-01 and today',
    uploadId: 'The uploaded file is not known; please upload it again',
    valueUnknown: 'Not a known value: “{{value}}”',
    dateFormat: 'A date is written YYYY-MM-DD, e.g. 1985-03-07',
    idNumberAsNumber:
      'The ID number was stored as a number and lost its last digits; format the column as text and type them again',
    idNumberRepeatedInFile: 'The same ID number appears more than once in the file (rows {{rows}})',
    addressUnparseable: 'Cannot find estate, building and room in “{{value}}”; write it like 振兴花园3栋2单元501室',
    gridUnknown: 'No micro-grid is named or coded “{{value}}”',
    gridAmbiguous:
      'More than one micro-grid is called “{{value}}”; give its path (community/grid/micro-grid) or its code',
    householdInOtherGrid: 'The household at this address belongs to {{grid}}, not to the grid of this row',
    hotlineOrderNoRequired: 'A 12345 work order needs its order number',
    hotlineDeadlineRequired: 'A 12345 work order needs its deadline',
    handlerRequired: 'Choose a handler or name a department (one of the two)',
    resolutionRequired: 'Say how it was resolved',
    periodEndsBeforeStart: 'The end date cannot be before the start date',
    caseCategoryNotUsable: 'Choose an active sub-category, or a top category without sub-categories',
    caseResidentUnknown: 'This resident is not on the register',
    caseHouseholdUnknown: 'This household is not on the register',
    caseHouseholdNotResidents: 'The resident does not live in this household',
    caseGridRequired: 'Choose a grid when no resident or household is linked',
    caseGridNotActive: 'Choose an active grid',
    caseHandlerCannotHandle: 'A case goes to an active account that handles cases',
    caseDuplicateOfRequired: 'Give the number of the case this one repeats',
    caseDuplicateOfUnknown: 'There is no other case numbered {{number}}',
    categoryOnlyTwoLevels: 'Categories have two levels: the parent must be an active top category',
    categoryNameTaken: 'There is already a category named “{{name}}” under the same parent',
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
