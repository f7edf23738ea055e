// The words registers use, in one place: column headers and cell values as Chinese (and English) sheets
// write them, mapped to the register's fields and categories; the first word of each is what exports write.
import type { ImportField } from '../../../shared/contract/transfer';
import type {
  Gender,
  HouseUse,
  PoliticalStatus,
  RelationToHead,
  ResidenceStatus,
  ResidenceType,
  ResidentTag,
  RiskLevel,
} from '../../../shared/domain/residents';
import type { Language } from '../../../shared/i18n/validation';

/** How each field is called in a sheet; the first Chinese word is the field's own name, used in messages and exports. */
export const fieldWords: Record<ImportField, { 'zh-CN': string[]; en: string[] }> = {
  name: { 'zh-CN': ['姓名', '居民姓名', '人员姓名'], en: ['Name', 'Full name'] },
  idNumber: {
    'zh-CN': ['公民身份号码', '身份证号', '身份证号码', '证件号码', '身份证', '身份号码', '证件号'],
    en: ['ID number', 'Citizen ID', 'ID No'],
  },
  gender: { 'zh-CN': ['性别'], en: ['Gender', 'Sex'] },
  birthDate: { 'zh-CN': ['出生日期', '出生年月', '生日'], en: ['Birth date', 'Date of birth', 'Birthday'] },
  phone: {
    'zh-CN': ['联系电话', '手机号码', '电话', '手机', '手机号', '电话号码', '联系方式'],
    en: ['Phone', 'Mobile', 'Telephone'],
  },
  ethnicity: { 'zh-CN': ['民族'], en: ['Ethnicity', 'Ethnic group'] },
  relationToHead: { 'zh-CN': ['与户主关系', '与户主的关系', '户主关系', '关系'], en: ['Relation to head', 'Relation'] },
  residenceType: { 'zh-CN': ['户籍类型', '人口类型', '人员类型', '户口性质'], en: ['Residence type'] },
  residenceStatus: { 'zh-CN': ['人户状态', '人户情况', '人户分离情况'], en: ['Residence status'] },
  politicalStatus: { 'zh-CN': ['政治面貌'], en: ['Political status'] },
  address: {
    'zh-CN': ['住址', '地址', '家庭住址', '现住址', '居住地址', '房屋地址', '现居住地址'],
    en: ['Address', 'Home address'],
  },
  estate: { 'zh-CN': ['小区', '小区名称', '街路巷', '小区/街路巷'], en: ['Estate'] },
  building: { 'zh-CN': ['楼栋', '楼号', '楼栋号', '幢', '栋'], en: ['Building'] },
  unit: { 'zh-CN': ['单元', '单元号'], en: ['Unit'] },
  room: { 'zh-CN': ['室', '房号', '门牌号', '房间号', '室号', '户号'], en: ['Room'] },
  grid: { 'zh-CN': ['所属网格', '网格', '微网格', '所属微网格', '网格名称'], en: ['Grid', 'Micro-grid'] },
  houseUse: { 'zh-CN': ['房屋用途', '房屋性质', '居住性质', '房屋类型'], en: ['House use'] },
  tags: {
    'zh-CN': ['标签', '人群类别', '人员类别', '特殊人群', '关怀对象', '重点人群', '人群标签'],
    en: ['Tags', 'Groups'],
  },
  note: { 'zh-CN': ['备注', '说明'], en: ['Note', 'Notes', 'Remarks'] },
};

/** A field's name in a language, for messages and for the header row of exports. */
export function fieldLabel(field: ImportField, lang: Language): string {
  return fieldWords[field][lang][0] as string;
}

/** Headers compare without spaces, required-field stars, colons, case or a bracketed remark like (必填). */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/[(（[【].*?[)）\]】]/g, '')
    .replace(/[\s*:：_\-—·.]/g, '')
    .toLowerCase();
}

const fieldByHeader = new Map<string, ImportField>();
for (const [field, words] of Object.entries(fieldWords) as [ImportField, { 'zh-CN': string[]; en: string[] }][]) {
  for (const word of [...words['zh-CN'], ...words.en]) fieldByHeader.set(headerKey(word), field);
}

/** The field a header names, or null; exact words only, so 户主姓名 is not taken for 姓名. */
export function fieldOfHeader(header: string): ImportField | null {
  return fieldByHeader.get(headerKey(header)) ?? null;
}

/** A category's values as sheets write them; the first word is the one exports write. */
type Words<T extends string> = Record<T, string[]>;

export const genderWords: Words<Gender> = { male: ['男', '男性', 'M', 'male'], female: ['女', '女性', 'F', 'female'] };

export const relationWords: Words<RelationToHead> = {
  head: ['户主', '本人', '户主本人', 'head'],
  spouse: ['配偶', '妻子', '丈夫', '妻', '夫', '之妻', '之夫', '爱人', 'spouse'],
  son: ['子', '之子', '儿子', '长子', '次子', '三子', '四子', '独子', '养子', '继子', 'son'],
  daughter: ['女', '之女', '女儿', '长女', '次女', '三女', '四女', '独女', '养女', '继女', 'daughter'],
  parent: ['父母', '父亲', '母亲', '父', '母', '之父', '之母', 'parent'],
  parent_in_law: ['岳父母', '公公', '婆婆', '岳父', '岳母', '公婆', 'parent_in_law'],
  grandparent: ['祖父母', '祖父', '祖母', '外祖父', '外祖母', '爷爷', '奶奶', '外公', '外婆', 'grandparent'],
  grandchild: ['孙子女', '孙子', '孙女', '外孙', '外孙子', '外孙女', '之孙', '之孙女', 'grandchild'],
  sibling: ['兄弟姐妹', '兄', '弟', '姐', '妹', '哥哥', '弟弟', '姐姐', '妹妹', 'sibling'],
  child_in_law: ['儿媳', '女婿', '儿媳妇', '之媳', '之婿', 'child_in_law'],
  tenant: ['租户', '租客', '承租人', '租住人员', 'tenant'],
  other: ['其他', '其它', '其他亲属', '非亲属', 'other'],
};

export const residenceTypeWords: Words<ResidenceType> = {
  registered: ['户籍', '户籍人口', '常住户籍', '本地户籍', 'registered'],
  floating: ['流动', '流动人口', '外来人口', '暂住', 'floating'],
  unregistered: ['未落户', '未落户人员', 'unregistered'],
  foreign: ['境外', '境外人员', '外籍', '外籍人员', 'foreign'],
};

export const residenceStatusWords: Words<ResidenceStatus> = {
  present_registered: ['人户同在', '人户一致', 'present_registered'],
  registered_absent: ['户在人不在', '人户分离（户在人不在）', 'registered_absent'],
  present_unregistered: ['人在户不在', '人户分离（人在户不在）', 'present_unregistered'],
};

export const politicalStatusWords: Words<PoliticalStatus> = {
  masses: ['群众', 'masses'],
  league_member: ['共青团员', '团员', 'league_member'],
  party_member: ['中共党员', '党员', '中国共产党党员', 'party_member'],
  probationary_member: ['中共预备党员', '预备党员', 'probationary_member'],
};

export const houseUseWords: Words<HouseUse> = {
  owner_occupied: ['自住', '自有', '自用', '自住房', 'owner_occupied'],
  rented: ['出租', '租赁', '出租房', '租住', 'rented'],
  vacant: ['空置', '闲置', '空房', 'vacant'],
  commercial: ['商用', '商铺', '经营', '门面', '商业', 'commercial'],
};

export const tagWords: Words<ResidentTag> = {
  elderly_alone: ['独居老人', '独居', 'elderly_alone'],
  elderly_80_plus: ['高龄老人', '高龄', '80岁以上老人', 'elderly_80_plus'],
  disabled: ['残疾人', '残疾', '残障人士', 'disabled'],
  minimum_allowance: ['低保', '低保户', '低保对象', 'minimum_allowance'],
  hardship: ['困难群众', '困难户', '特困', '特困人员', 'hardship'],
  veteran_family: ['优抚对象', '优抚', '军属', 'veteran_family'],
  left_behind_child: ['留守儿童', 'left_behind_child'],
  released_prisoner: ['刑满释放', '刑满释放人员', 'released_prisoner'],
  community_correction: ['社区矫正', '社区矫正对象', '社区矫正人员', 'community_correction'],
  drug_rehabilitation: ['社区戒毒', '吸毒', '吸毒人员', '社区戒毒人员', '社区康复', 'drug_rehabilitation'],
  severe_mental_disorder: ['严重精神障碍', '严重精神障碍患者', '精神障碍', 'severe_mental_disorder'],
  repeat_petitioner: ['信访重点', '重点信访人员', '信访重点人员', 'repeat_petitioner'],
};

export const riskLevelWords: Words<RiskLevel> = {
  high: ['高', '高风险', 'high'],
  medium: ['中', '中风险', 'medium'],
  low: ['低', '低风险', 'low'],
};

function valueKey(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

function lookupOf<T extends string>(words: Words<T>): (value: string) => T | null {
  const byWord = new Map<string, T>();
  for (const [value, list] of Object.entries(words) as [T, string[]][]) {
    for (const word of list) byWord.set(valueKey(word), value);
  }
  return (text) => byWord.get(valueKey(text)) ?? null;
}

export const genderOf = lookupOf(genderWords);
export const relationOf = lookupOf(relationWords);
export const residenceTypeOf = lookupOf(residenceTypeWords);
export const residenceStatusOf = lookupOf(residenceStatusWords);
export const politicalStatusOf = lookupOf(politicalStatusWords);
export const houseUseOf = lookupOf(houseUseWords);
export const tagOf = lookupOf(tagWords);
export const riskLevelOf = lookupOf(riskLevelWords);

/** The word an export writes for a value: the first of its list. */
export function wordFor<T extends string>(words: Words<T>, value: T): string {
  return words[value][0] as string;
}
