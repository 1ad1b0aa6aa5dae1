#!/usr/bin/env node
// Writes the demo disclosure catalogue, src/main/resources/demo/disclosures.ndjson: one record a line, loaded into an
// empty database by demo/DemoDataLoader through DisclosureImportService (the same rules as a submission).
//
// Re-run after changing it (Node 20, no dependencies), from backend/:
//     node tools/demo-disclosures.mjs
// It is deterministic: a seeded generator, fixed dates, ids drawn from the same seed, so a re-run writes the same file.
//
// What it holds (the seed, Huludao's 2017 open-government annual report, parts 二, 三, 五, 六):
//   2017: the gazette as the report gives it (8 issues listing 48 documents), the 45 NPC and 145 CPPCC replies, 86 policy
//   documents published after the interpretation rule of 10 March (葫政办发〔2017〕46号) with their interpretations, and a
//   few from before it left uninterpreted; the power list adjusted three times (each adjustment supersedes the last).
//   2025–2026: budgets of 2025 and 2026 and final accounts of 2025 for ten departments in the four-part layout, newer
//   policy documents (most interpreted), everyday records of every department and every key-domain sub-item, some
//   ON_REQUEST / NOT_DISCLOSED records and some unpublished drafts, which the public never sees.
// Every figure the 2017 report counts is checked below before the file is written.

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'main', 'resources', 'demo', 'disclosures.ndjson');

// ---- a seeded generator (mulberry32) -----------------------------------------------------------------------------
let seed = 20171231;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const pick = (list) => list[Math.floor(random() * list.length)];
function uuid() {
  const h = [];
  for (let i = 0; i < 16; i++) h.push(int(0, 255));
  h[6] = (h[6] & 0x0f) | 0x40;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

// ---- dates: the city's zone is UTC+8 -----------------------------------------------------------------------------
const day = (y, m, d) => new Date(Date.UTC(y, m - 1, d));
const addDays = (date, n) => new Date(date.getTime() + n * 86_400_000);
const iso = (date) => date.toISOString().slice(0, 10);
/** An instant on that local day, during office hours. */
function at(date) {
  const minutes = int(8 * 60 + 30, 17 * 60);
  return new Date(date.getTime() + (minutes - 8 * 60) * 60_000 + int(0, 59) * 1000).toISOString().replace('.000Z', 'Z');
}
/** A working day (Mon–Fri) on or after the date. */
function workday(date) {
  let d = date;
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d = addDays(d, 1);
  return d;
}
const between = (from, to) => workday(addDays(from, int(0, Math.max(0, Math.round((to - from) / 86_400_000) - 3))));
const cn = (date) => `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;

// ---- the directory (shared/domain/departments.csv) ----------------------------------------------------------------
const DEPARTMENTS = {
  'gov-office': ['葫芦岛市人民政府办公室', '葫政办发', '综合政务'],
  'development-reform': ['葫芦岛市发展和改革委员会', '葫发改发', '综合政务'],
  education: ['葫芦岛市教育局', '葫教发', '教育'],
  'science-technology': ['葫芦岛市科学技术局', '葫科发', '科技'],
  'industry-it': ['葫芦岛市工业和信息化局', '葫工信发', '工业、交通'],
  'ethnic-religious': ['葫芦岛市民族和宗教事务局', '葫民宗发', '民族、宗教'],
  'public-security': ['葫芦岛市公安局', '葫公发', '公安、安全、司法'],
  'civil-affairs': ['葫芦岛市民政局', '葫民发', '民政、扶贫、救灾'],
  justice: ['葫芦岛市司法局', '葫司发', '公安、安全、司法'],
  finance: ['葫芦岛市财政局', '葫财发', '财政、金融、审计'],
  'human-resources': ['葫芦岛市人力资源和社会保障局', '葫人社发', '劳动、人事、监察'],
  'natural-resources': ['葫芦岛市自然资源局', '葫自然资发', '国土资源、能源'],
  'ecology-environment': ['葫芦岛市生态环境局', '葫环发', '环境监测、保护与治理'],
  housing: ['葫芦岛市住房和城乡建设局', '葫住建发', '城乡建设、环境保护'],
  transport: ['葫芦岛市交通运输局', '葫交发', '工业、交通'],
  water: ['葫芦岛市水利局', '葫水发', '农业、林业、水利'],
  agriculture: ['葫芦岛市农业农村局', '葫农发', '农业、林业、水利'],
  commerce: ['葫芦岛市商务局', '葫商发', '商贸、海关、旅游'],
  'culture-tourism': ['葫芦岛市文化旅游和广播电视局', '葫文旅发', '文化、广电、新闻出版'],
  health: ['葫芦岛市卫生健康委员会', '葫卫发', '卫生、体育'],
  veterans: ['葫芦岛市退役军人事务局', '葫退役军人发', '民政、扶贫、救灾'],
  emergency: ['葫芦岛市应急管理局', '葫应急发', '市场监管、安全生产监管'],
  audit: ['葫芦岛市审计局', '葫审发', '财政、金融、审计'],
  'state-assets': ['葫芦岛市人民政府国有资产监督管理委员会', '葫国资发', '国有资产监管'],
  'market-regulation': ['葫芦岛市市场监督管理局', '葫市监发', '市场监管、安全生产监管'],
  sports: ['葫芦岛市体育局', '葫体发', '卫生、体育'],
  statistics: ['葫芦岛市统计局', '葫统发', '综合政务'],
  'medical-security': ['葫芦岛市医疗保障局', '葫医保发', '卫生、体育'],
  'business-environment': ['葫芦岛市营商环境建设局', '葫营商发', '综合政务'],
  'urban-management': ['葫芦岛市城市管理综合行政执法局', '葫城管发', '城乡建设、环境保护'],
  petitions: ['葫芦岛市信访局', '葫信发', '综合政务'],
  'civil-air-defence': ['葫芦岛市人民防空办公室', '葫人防发', '公安、安全、司法'],
  'housing-fund': ['葫芦岛市住房公积金管理中心', '葫公积金发', '城乡建设、环境保护'],
};
const name = (code) => DEPARTMENTS[code][0];
const SUB_ITEMS = [
  'power-list', 'responsibility-list', 'government-budgets', 'department-budgets', 'three-public-expenses', 'food-drug-sampling',
  'food-drug-licences-penalties', 'product-quality-checks', 'special-equipment', 'environmental-quality', 'key-polluters',
  'environmental-impact', 'project-approval', 'project-tendering', 'expropriation-compensation', 'medical-institutions',
  'public-health', 'medical-prices', 'minimum-living', 'extreme-poverty-support', 'temporary-assistance', 'poverty-policies',
  'poverty-funds', 'poverty-projects', 'tax-incentives', 'fee-catalogue', 'business-fees', 'government-procurement',
  'land-transfer', 'state-property-trading', 'accident-reports', 'safety-inspections', 'emergency-plans',
];

// ---- what each department writes: policy topics [what, sub-item, form] and everyday records [title, sub-item] -----------
// form: 办法 / 意见 / 方案 / 通知 / 规定 / 细则 (the title is built from it)
const POLICY = {
  'development-reform': [['政府投资项目管理', 'project-approval', '办法'], ['重大建设项目信息公开', 'project-approval', '方案'], ['涉企收费清单管理', 'business-fees', '办法'], ['降低实体经济企业成本', 'business-fees', '意见']],
  education: [['城区中小学学区划分', 'fee-catalogue', '意见'], ['学前教育收费管理', 'fee-catalogue', '办法'], ['家庭经济困难学生资助', 'temporary-assistance', '办法']],
  'science-technology': [['高新技术企业培育', 'tax-incentives', '方案'], ['科技创新券管理', 'tax-incentives', '办法']],
  'industry-it': [['工业企业技术改造专项资金管理', 'business-fees', '办法'], ['中小企业减负', 'business-fees', '意见']],
  'ethnic-religious': [['少数民族发展资金管理', 'responsibility-list', '办法'], ['宗教事务管理权责清单', 'power-list', '通知']],
  'public-security': [['户籍管理便民措施', 'power-list', '通知'], ['道路交通安全专项整治', 'safety-inspections', '方案'], ['公安行政权力运行', 'power-list', '规定']],
  'civil-affairs': [['城乡居民最低生活保障审核确认', 'minimum-living', '办法'], ['特困人员认定', 'extreme-poverty-support', '办法'], ['临时救助', 'temporary-assistance', '细则'], ['养老服务体系建设', 'extreme-poverty-support', '意见']],
  justice: [['行政执法公示', 'power-list', '办法'], ['法律援助经济困难标准', 'temporary-assistance', '通知']],
  finance: [['市级预算绩效管理', 'government-budgets', '办法'], ['部门预决算公开', 'department-budgets', '办法'], ['政府采购负面清单', 'government-procurement', '通知'], ['财政专项扶贫资金管理', 'poverty-funds', '办法']],
  'human-resources': [['阶段性降低社会保险费率', 'business-fees', '通知'], ['就业创业补贴资金管理', 'tax-incentives', '办法'], ['根治拖欠农民工工资', 'responsibility-list', '方案']],
  'natural-resources': [['国有建设用地使用权网上交易', 'land-transfer', '规定'], ['集体土地征收补偿安置', 'expropriation-compensation', '办法'], ['征地区片综合地价', 'expropriation-compensation', '通知']],
  'ecology-environment': [['大气污染防治', 'environmental-quality', '方案'], ['重点排污单位名录管理', 'key-polluters', '办法'], ['建设项目环境影响评价审批', 'environmental-impact', '细则'], ['水污染防治', 'environmental-quality', '方案']],
  housing: [['国有土地上房屋征收与补偿', 'expropriation-compensation', '办法'], ['房屋建筑和市政工程招标投标管理', 'project-tendering', '办法'], ['老旧小区改造', 'project-approval', '方案']],
  transport: [['农村公路建设管理', 'project-approval', '办法'], ['交通建设工程招标投标监督', 'project-tendering', '细则']],
  water: [['水利工程建设管理', 'project-approval', '办法'], ['防汛抗旱应急预案管理', 'emergency-plans', '办法']],
  agriculture: [['产业扶贫项目管理', 'poverty-projects', '办法'], ['精准扶贫', 'poverty-policies', '意见'], ['农产品质量安全监管', 'food-drug-sampling', '方案']],
  commerce: [['外贸企业减税降费', 'tax-incentives', '通知'], ['商贸流通企业收费清理', 'business-fees', '方案']],
  'culture-tourism': [['旅游市场秩序整治', 'power-list', '方案'], ['公共文化服务体系建设', 'responsibility-list', '意见']],
  health: [['医疗机构依法执业管理', 'medical-institutions', '办法'], ['基本公共卫生服务项目', 'public-health', '方案'], ['突发公共卫生事件', 'public-health', '预案'], ['健康扶贫', 'poverty-policies', '方案']],
  veterans: [['退役军人优抚对象临时救助', 'temporary-assistance', '办法'], ['退役士兵安置', 'responsibility-list', '细则']],
  emergency: [['生产安全事故调查处理', 'accident-reports', '办法'], ['安全生产监督检查', 'safety-inspections', '方案'], ['生产安全事故应急预案管理', 'emergency-plans', '细则']],
  audit: [['扶贫资金审计', 'poverty-funds', '方案'], ['审计发现问题整改', 'responsibility-list', '办法']],
  'state-assets': [['企业国有产权交易管理', 'state-property-trading', '办法'], ['国有企业负责人经营业绩考核', 'responsibility-list', '办法']],
  'market-regulation': [['食品安全监督抽检', 'food-drug-sampling', '方案'], ['药品经营许可管理', 'food-drug-licences-penalties', '办法'], ['产品质量监督抽查', 'product-quality-checks', '细则'], ['特种设备安全监督管理', 'special-equipment', '办法']],
  sports: [['全民健身', 'responsibility-list', '方案'], ['公共体育设施开放管理', 'fee-catalogue', '办法']],
  statistics: [['统计违法行为查处', 'power-list', '办法'], ['统计数据质量管理', 'responsibility-list', '办法']],
  'medical-security': [['医疗服务价格调整', 'medical-prices', '方案'], ['城乡居民基本医疗保险', 'medical-prices', '办法'], ['医疗救助', 'temporary-assistance', '办法']],
  'business-environment': [['公共资源交易管理', 'government-procurement', '办法'], ['行政审批中介服务收费', 'fee-catalogue', '规定'], ['国有产权进场交易', 'state-property-trading', '细则']],
  'urban-management': [['城市管理行政执法', 'power-list', '办法'], ['城市生活垃圾处理收费管理', 'fee-catalogue', '办法']],
  petitions: [['信访事项办理', 'responsibility-list', '办法'], ['网上信访', 'responsibility-list', '细则']],
  'civil-air-defence': [['防空地下室易地建设费征收管理', 'fee-catalogue', '办法'], ['人民防空应急预案', 'emergency-plans', '通知']],
  'housing-fund': [['住房公积金缴存管理', 'fee-catalogue', '办法'], ['住房公积金个人住房贷款管理', 'responsibility-list', '办法']],
};

// the government's own documents (葫政发 / 葫政办发 / 政府令), each drafted by a department that interprets it
const GOVERNMENT = [
  ['全市政务公开工作要点', 'responsibility-list', '通知', 'gov-office'],
  ['市政府部门权责清单动态调整管理', 'power-list', '办法', 'gov-office'],
  ['城乡居民最低生活保障', 'minimum-living', '办法', 'civil-affairs'],
  ['特困人员救助供养制度', 'extreme-poverty-support', '意见', 'civil-affairs'],
  ['临时救助', 'temporary-assistance', '办法', 'civil-affairs'],
  ['打赢脱贫攻坚战', 'poverty-policies', '方案', 'agriculture'],
  ['财政专项扶贫资金使用管理', 'poverty-funds', '办法', 'finance'],
  ['大气污染防治行动计划', 'environmental-quality', '方案', 'ecology-environment'],
  ['重点排污单位环境信息公开', 'key-polluters', '办法', 'ecology-environment'],
  ['建设项目环境影响评价分级审批', 'environmental-impact', '规定', 'ecology-environment'],
  ['政府投资项目审批', 'project-approval', '办法', 'development-reform'],
  ['工程建设项目招标投标监督管理', 'project-tendering', '办法', 'business-environment'],
  ['国有土地上房屋征收与补偿', 'expropriation-compensation', '办法', 'housing'],
  ['食品安全监督抽检', 'food-drug-sampling', '方案', 'market-regulation'],
  ['药品安全专项整治', 'food-drug-licences-penalties', '方案', 'market-regulation'],
  ['产品质量监督抽查管理', 'product-quality-checks', '办法', 'market-regulation'],
  ['特种设备安全监督管理', 'special-equipment', '办法', 'market-regulation'],
  ['深化医药卫生体制改革', 'medical-institutions', '方案', 'health'],
  ['城市公立医院综合改革', 'medical-prices', '方案', 'health'],
  ['突发公共卫生事件', 'public-health', '预案', 'health'],
  ['进一步减轻企业负担', 'business-fees', '意见', 'industry-it'],
  ['行政事业性收费目录清单管理', 'fee-catalogue', '办法', 'finance'],
  ['落实小微企业税收优惠政策', 'tax-incentives', '通知', 'finance'],
  ['政府采购管理', 'government-procurement', '办法', 'finance'],
  ['国有建设用地使用权出让管理', 'land-transfer', '办法', 'natural-resources'],
  ['企业国有产权交易监督管理', 'state-property-trading', '办法', 'state-assets'],
  ['生产安全事故调查处理', 'accident-reports', '规定', 'emergency'],
  ['安全生产大检查', 'safety-inspections', '方案', 'emergency'],
  ['突发事件总体', 'emergency-plans', '预案', 'emergency'],
  ['市级预算绩效管理', 'government-budgets', '意见', 'finance'],
  ['市直部门预决算公开', 'department-budgets', '办法', 'finance'],
  ['市直机关"三公"经费管理', 'three-public-expenses', '办法', 'finance'],
  ['优化营商环境', 'business-fees', '意见', 'business-environment'],
  ['推进"互联网+政务服务"', 'responsibility-list', '方案', 'business-environment'],
  ['城区供热管理', 'fee-catalogue', '办法', 'housing'],
  ['农村人居环境整治', 'poverty-projects', '方案', 'agriculture'],
  ['推进医养结合', 'medical-institutions', '意见', 'health'],
  ['促进全民健身', 'responsibility-list', '意见', 'sports'],
  ['河长制', 'environmental-quality', '方案', 'water'],
  ['就业创业', 'tax-incentives', '意见', 'human-resources'],
  ['棚户区改造', 'expropriation-compensation', '方案', 'housing'],
  ['城市管理综合行政执法', 'power-list', '办法', 'urban-management'],
  ['推进"多证合一"改革', 'power-list', '方案', 'market-regulation'],
  ['兴海强港', 'project-approval', '意见', 'transport'],
  ['全域旅游发展', 'project-approval', '意见', 'culture-tourism'],
  ['社会信用体系建设', 'responsibility-list', '方案', 'development-reform'],
];
// the city's regulations (政府规章), published by the government as 葫芦岛市人民政府令
const REGULATIONS = [
  ['葫芦岛市城市供热管理办法', 'fee-catalogue', 'housing'],
  ['葫芦岛市政府信息公开规定', 'responsibility-list', 'gov-office'],
  ['葫芦岛市城市市容和环境卫生管理办法', 'power-list', 'urban-management'],
  ['葫芦岛市养犬管理规定', 'power-list', 'public-security'],
];

const GENERAL = {
  'gov-office': [['市政府常务会议纪要', 'responsibility-list'], ['政府网站工作年度报表', 'responsibility-list'], ['政务公开工作考核结果', 'responsibility-list']],
  'development-reform': [['重点建设项目计划', 'project-approval'], ['政府定价的经营服务性收费目录清单', 'fee-catalogue'], ['企业投资项目备案信息', 'project-approval']],
  education: [['义务教育阶段学校招生工作方案', 'responsibility-list'], ['教育收费项目和标准公示', 'fee-catalogue'], ['校园食品安全检查情况', 'food-drug-sampling']],
  'science-technology': [['科技计划项目立项公示', 'project-approval'], ['高新技术企业认定名单', 'tax-incentives']],
  'industry-it': [['涉企收费目录清单', 'business-fees'], ['工业企业安全生产检查情况', 'safety-inspections']],
  'ethnic-religious': [['行政权力清单', 'power-list'], ['宗教活动场所年检结果', 'responsibility-list']],
  'public-security': [['行政处罚权力清单', 'power-list'], ['道路交通事故调查处理情况', 'accident-reports'], ['烟花爆竹安全检查情况', 'safety-inspections']],
  'civil-affairs': [['城乡最低生活保障标准', 'minimum-living'], ['特困人员救助供养标准', 'extreme-poverty-support'], ['临时救助资金发放情况', 'temporary-assistance'], ['低保对象名单公示', 'minimum-living']],
  justice: [['行政执法责任清单', 'responsibility-list'], ['法律援助服务事项清单', 'power-list']],
  finance: [['市本级预算执行情况', 'government-budgets'], ['市本级政府预算报告', 'government-budgets'], ['政府采购意向公开', 'government-procurement'], ['市直部门"三公"经费预算汇总', 'three-public-expenses'], ['扶贫资金分配结果', 'poverty-funds']],
  'human-resources': [['社会保险费减免政策执行情况', 'business-fees'], ['职业资格目录清单', 'fee-catalogue']],
  'natural-resources': [['国有建设用地使用权挂牌出让公告', 'land-transfer'], ['征收土地预公告', 'expropriation-compensation'], ['土地出让结果公示', 'land-transfer']],
  'ecology-environment': [['环境质量状况月报', 'environmental-quality'], ['重点排污单位名录', 'key-polluters'], ['建设项目环境影响评价文件受理公示', 'environmental-impact'], ['集中式饮用水水源水质状况', 'environmental-quality']],
  housing: [['建设工程招标投标情况', 'project-tendering'], ['房屋征收补偿方案', 'expropriation-compensation'], ['建筑施工安全检查情况', 'safety-inspections']],
  transport: [['公路建设项目批准信息', 'project-approval'], ['交通工程中标候选人公示', 'project-tendering']],
  water: [['水利工程建设项目信息', 'project-approval'], ['防汛抗旱应急预案', 'emergency-plans']],
  agriculture: [['扶贫项目库公示', 'poverty-projects'], ['农产品质量安全监督抽检结果', 'food-drug-sampling'], ['扶贫政策汇编', 'poverty-policies']],
  commerce: [['减税降费政策汇编', 'tax-incentives'], ['涉企收费公示', 'business-fees']],
  'culture-tourism': [['A级旅游景区名录', 'responsibility-list'], ['文化市场行政处罚信息', 'power-list']],
  health: [['医疗机构执业登记信息', 'medical-institutions'], ['法定传染病疫情概况', 'public-health'], ['医疗机构校验结果', 'medical-institutions']],
  veterans: [['优抚对象抚恤补助标准', 'temporary-assistance'], ['行政权力清单', 'power-list']],
  emergency: [['生产安全事故调查报告', 'accident-reports'], ['安全生产监督检查计划', 'safety-inspections'], ['生产安全事故应急预案', 'emergency-plans']],
  audit: [['扶贫资金审计结果公告', 'poverty-funds'], ['审计工作报告', 'responsibility-list']],
  'state-assets': [['国有产权转让信息', 'state-property-trading'], ['国有企业经营情况', 'state-property-trading']],
  'market-regulation': [['食品安全监督抽检信息', 'food-drug-sampling'], ['药品经营许可及行政处罚信息', 'food-drug-licences-penalties'], ['产品质量监督抽查结果', 'product-quality-checks'], ['特种设备安全状况', 'special-equipment']],
  sports: [['公共体育场馆开放信息', 'fee-catalogue'], ['行政权力清单', 'power-list']],
  statistics: [['国民经济和社会发展统计公报', 'responsibility-list'], ['统计执法检查结果', 'power-list']],
  'medical-security': [['医疗服务价格项目调整', 'medical-prices'], ['医疗救助资金使用情况', 'temporary-assistance']],
  'business-environment': [['政府采购中标结果公告', 'government-procurement'], ['国有产权交易结果公示', 'state-property-trading'], ['中介服务收费清单', 'fee-catalogue']],
  'urban-management': [['行政处罚权力清单', 'power-list'], ['城市生活垃圾处理收费标准', 'fee-catalogue']],
  petitions: [['信访工作责任清单', 'responsibility-list'], ['信访事项办理情况', 'responsibility-list']],
  'civil-air-defence': [['人民防空应急预案', 'emergency-plans'], ['防空地下室易地建设费收费标准', 'fee-catalogue']],
  'housing-fund': [['住房公积金年度报告', 'responsibility-list'], ['住房公积金缴存标准', 'fee-catalogue']],
};

// suggestions (建议) and proposals (提案) of 2017 and who answers them
const PROPOSALS = {
  'development-reform': ['加快葫芦岛港扩能升级', '推进县域经济高质量发展', '加快清洁能源项目建设'],
  education: ['解决城区中小学大班额问题', '加强乡村教师队伍建设', '规范校外培训机构', '增加城区公办幼儿园学位', '改善农村学校寄宿条件'],
  'science-technology': ['支持企业建设研发机构', '加快科技成果转化'],
  'industry-it': ['扶持泳装产业集群发展', '支持中小企业融资', '推动传统产业转型升级'],
  'ethnic-religious': ['加大少数民族聚居村扶持力度'],
  'public-security': ['治理城区交通拥堵', '加强校园周边治安管理', '规范电动自行车管理', '增设城区停车泊位'],
  'civil-affairs': ['完善居家养老服务体系', '提高农村低保标准', '加强困境儿童保障', '规范社会组织管理'],
  justice: ['加强基层公共法律服务', '扩大法律援助覆盖面'],
  finance: ['加大对农业的财政投入', '规范政府性债务管理', '提高财政资金使用效益'],
  'human-resources': ['促进高校毕业生就业', '保障农民工工资支付', '加强职业技能培训'],
  'natural-resources': ['盘活闲置土地资源', '加强矿山地质环境治理', '保护海岸线资源'],
  'ecology-environment': ['加强五里河流域污染治理', '治理冬季燃煤污染', '加强近岸海域环境保护', '推进农村生活污水治理'],
  housing: ['加快老旧小区改造', '推进棚户区改造', '解决城区供热不达标问题', '加强物业服务管理'],
  transport: ['优化城区公交线路', '加快农村公路建设', '规范出租车运营'],
  water: ['加强中小河流治理', '保障农村饮水安全'],
  agriculture: ['发展特色农业产业', '推进农村土地流转', '加强动物疫病防控', '扶持农民专业合作社'],
  commerce: ['扶持电子商务发展', '建设城区农贸市场'],
  'culture-tourism': ['打造兴城古城旅游品牌', '加强文物保护利用', '丰富群众文化生活', '发展滨海旅游'],
  health: ['推进分级诊疗', '加强基层医疗卫生服务能力', '加强社区卫生服务中心建设', '推进家庭医生签约服务'],
  veterans: ['做好退役军人就业安置'],
  emergency: ['加强危险化学品安全监管', '提高防灾减灾能力'],
  audit: ['加强民生资金审计监督'],
  'state-assets': ['推进国有企业改革'],
  'market-regulation': ['加强食品安全监管', '整治农村假冒伪劣食品', '加强电梯安全管理', '规范校园周边食品经营'],
  sports: ['建设城区全民健身设施'],
  statistics: ['提高统计数据质量'],
  'medical-security': ['提高城乡居民医保报销比例', '将更多慢性病纳入门诊报销'],
  'business-environment': ['优化营商环境', '提高行政审批效率', '推进"最多跑一次"改革'],
  'urban-management': ['加强城区环境卫生管理', '治理占道经营', '增设公共厕所'],
  petitions: ['畅通群众诉求表达渠道'],
  'civil-air-defence': ['加强人防工程维护利用'],
  'housing-fund': ['放宽住房公积金提取条件', '提高住房公积金贷款额度'],
};

// ---- the records -------------------------------------------------------------------------------------------------
const records = [];
/** A record of the file; the importer publishes it (and marks it demo) unless it says otherwise. */
function add(departmentCode, kind, published, content, extra = {}) {
  const id = uuid();
  const publishedAt = at(published);
  const createdAt = at(addDays(published, -int(1, 6)));
  const r = { id, departmentCode, kind, createdAt: createdAt < publishedAt ? createdAt : publishedAt, publishedAt, ...extra, content: clean(content) };
  records.push(r);
  return r;
}
function clean(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null));
}
const para = (...text) => text.map((t) => `<p>${t}</p>`).join('');
const section = (heading, ...text) => `<h2>${heading}</h2>${para(...text)}`;

const FORM_TITLE = { 办法: '办法', 意见: '实施意见', 方案: '实施方案', 通知: '工作的通知', 规定: '若干规定', 细则: '实施细则', 预案: '应急预案' };
function policyTitle(issuer, what, form, government, revised) {
  const doc = form === '通知' ? null : `葫芦岛市${what}${FORM_TITLE[form]}${revised ? `（${revised}年修订）` : ''}`;
  if (!doc) return { title: `${issuer}关于进一步做好${what}工作的通知`, quoted: `关于进一步做好${what}工作的通知` };
  return government ? { title: `${issuer}关于印发${doc}的通知`, quoted: doc } : { title: `${issuer}关于印发《${doc}》的通知`, quoted: doc };
}
function policyBody(what, form, lead) {
  return para('各县（市）区人民政府，市政府各部门，各直属机构：',
    `为深入贯彻落实国家和省有关要求，进一步做好${what}工作，经研究，现将有关事项通知如下，请结合实际认真贯彻执行。`)
    + section('一、总体要求', `坚持以人民为中心的发展思想，围绕${what}中群众和企业反映集中的问题，明确责任分工，规范工作程序，做到公开透明、便民高效。`)
    + section('二、主要任务', `（一）健全制度。由${name(lead)}牵头，会同有关部门制定配套措施，按照“谁制定、谁公开、谁解读”的原则同步做好信息公开和政策解读。`,
      `（二）强化落实。各地区、各部门要将${what}纳入年度重点工作，细化任务清单，明确完成时限。`)
    + section('三、保障措施', '各地区、各部门要加强组织领导，落实工作责任，强化督促检查，工作中遇到的重大问题及时报告。',
      `本${form === '通知' ? '通知' : form}自印发之日起施行。`);
}
function interpretationBody(quoted, lead, published) {
  return section('一、出台背景', `为贯彻落实国家和省有关部署，结合我市实际，${name(lead)}起草了《${quoted}》，经市政府同意，于${cn(published)}印发实施。`)
    + section('二、主要内容', '文件共分为总体要求、主要任务和保障措施三个部分，明确了适用范围、工作职责、办理程序和时限要求，对群众和企业关心的条件、标准作出了具体规定。')
    + section('三、创新举措', '一是简化办理环节，推行网上办理；二是明确办理时限，实行限时办结；三是强化信息公开，主动接受社会监督。')
    + section('四、解读机关及联系方式', `解读机关：${name(lead)}。联系电话：0429-${int(2100000, 3199999)}。`);
}

let govNumber = { 葫政发: 0, 葫政办发: 0 };
const deptNumber = {};
function docNumber(code, year, government) {
  if (government) {
    const series = random() < 0.35 ? '葫政发' : '葫政办发';
    govNumber[series] += int(1, 4);
    return `${series}〔${year}〕${govNumber[series]}号`;
  }
  const key = `${code}/${year}`;
  deptNumber[key] = (deptNumber[key] ?? 0) + int(1, 6);
  return `${DEPARTMENTS[code][1]}〔${year}〕${deptNumber[key]}号`;
}

/** A policy document; returns the record and, when interpreted, its interpretation(s) are added later. */
function policy({ code, lead, what, subItem, form, published, government, kind, number, title, quoted, revised }) {
  const issuer = government ? (number?.startsWith('葫政发') ? '葫芦岛市人民政府' : '葫芦岛市人民政府办公室') : name(code);
  const t = title ? { title, quoted: quoted ?? title } : policyTitle(issuer, what, form, government, revised);
  const written = addDays(published, -int(1, 6));
  const r = add(code, kind ?? (government || random() < 0.4 ? 'NORMATIVE_DOCUMENT' : 'POLICY'), published, {
    title: t.title, documentNumber: number, writtenOn: iso(written), topic: DEPARTMENTS[lead ?? code][2],
    keywords: [what.replace(/["“”]/g, '').slice(0, 12), form === '通知' ? '通知' : form], subItems: [subItem], disclosureMode: 'PROACTIVE',
    category: form === '方案' || form === '通知' ? 'EXECUTION' : 'DECISION', validity: 'VALID', validFrom: iso(written),
    body: policyBody(what ?? t.quoted, form ?? '办法', lead ?? code),
  });
  r.quoted = t.quoted;
  r.lead = lead ?? code;
  return r;
}
function interpret(doc, published, form = 'TEXT') {
  const [lead, c] = [doc.lead, doc.content];
  const media = form === 'VIDEO' || form === 'INTERVIEW';
  const title = form === 'VIDEO' ? `政务访谈：解读《${doc.quoted}》` : form === 'INTERVIEW' ? `《舆情聚焦》访谈：《${doc.quoted}》`
    : form === 'GRAPHIC' ? `图解：《${doc.quoted}》` : `《${doc.quoted}》政策解读`;
  return add(lead, 'INTERPRETATION', published, {
    title, writtenOn: iso(published), topic: c.topic, keywords: ['政策解读', ...c.keywords.slice(0, 1)], subItems: c.subItems,
    disclosureMode: 'PROACTIVE', category: 'DECISION', validity: 'VALID',
    body: interpretationBody(doc.quoted, lead, day(...c.writtenOn.split('-').map(Number))),
    interprets: doc.id, interpretationForm: form,
    mediaUrl: media ? `https://www.hld.gov.cn/video/${published.getUTCFullYear()}-${String(int(1, 999)).padStart(3, '0')}.mp4` : undefined,
  });
}

// ---- 2017 ---------------------------------------------------------------------------------------------------------
const RULE_IN_FORCE = day(2017, 3, 10); // 葫政办发〔2017〕46号: from here on every policy document is interpreted
const policies2017 = [];
const gazetteDates = [day(2017, 2, 24), day(2017, 4, 14), day(2017, 5, 26), day(2017, 7, 7), day(2017, 8, 25), day(2017, 10, 13),
  day(2017, 11, 17), day(2017, 12, 22)].map(workday);
// the government's documents, issue by issue: five or six of each issue's six entries have a record
const gazetteEntries = [];
const government = [...GOVERNMENT];
const regulations = [...REGULATIONS];
let decree = 1;
for (let i = 0; i < 8; i++) {
  const from = i === 0 ? day(2017, 1, 9) : addDays(gazetteDates[i - 1], 1);
  const to = addDays(gazetteDates[i], -4);
  const unlinked = i % 2 === 1 ? 1 : 0;
  const entries = [];
  for (let k = 0; k < 6 - unlinked; k++) {
    const published = between(from, to);
    let doc;
    if (i === 1 && k === 0) {
      doc = policy({ code: 'gov-office', lead: 'gov-office', what: '政策文件解读', subItem: 'responsibility-list', form: '办法', government: true,
        published: workday(day(2017, 3, 10)), number: '葫政办发〔2017〕46号', kind: 'NORMATIVE_DOCUMENT',
        title: '葫芦岛市人民政府办公室关于印发葫芦岛市行政机关政策文件解读实施办法的通知', quoted: '葫芦岛市行政机关政策文件解读实施办法' });
    } else if (k === 5 && regulations.length > 0) {
      const [title, subItem, lead] = regulations.shift();
      doc = policy({ code: 'gov-office', lead, what: title.replace('葫芦岛市', '').replace(/管理办法|管理规定|规定$/, ''), subItem, form: '规定',
        government: true, published, number: `葫芦岛市人民政府令第${decree++ + 80}号`, kind: 'REGULATION', title, quoted: title });
    } else {
      const [what, subItem, form, lead] = government.shift();
      doc = policy({ code: 'gov-office', lead, what, subItem, form, government: true, published, number: docNumber('gov-office', 2017, true) });
    }
    entries.push({ title: doc.content.title, documentNumber: doc.content.documentNumber, record: doc.id, published: doc.publishedAt });
    policies2017.push(doc);
  }
  if (unlinked) {
    entries.push({ title: '葫芦岛市人民政府关于任免工作人员职务的通知', documentNumber: `葫政任〔2017〕${i * 3 + 2}号`, published: at(to) });
  }
  entries.sort((a, b) => a.published.localeCompare(b.published));
  gazetteEntries.push(entries.map(({ published, ...e }) => e));
}
// the two documents the report itself names, and the departments' own documents
policies2017.push(policy({ code: 'gov-office', lead: 'gov-office', what: '政府网站信息内容建设管理', subItem: 'responsibility-list', form: '意见',
  government: true, published: workday(day(2017, 9, 18)), number: '葫政办发〔2017〕102号', kind: 'NORMATIVE_DOCUMENT',
  title: '葫芦岛市人民政府办公室关于加强政府网站信息内容建设管理的实施意见', quoted: '关于加强政府网站信息内容建设管理的实施意见' }));
policies2017.push(policy({ code: 'gov-office', lead: 'gov-office', what: '2017年政务公开工作安排', subItem: 'responsibility-list', form: '通知',
  government: true, published: workday(day(2017, 9, 25)), number: '葫政办发〔2017〕103号', kind: 'NORMATIVE_DOCUMENT',
  title: '葫芦岛市人民政府办公室关于印发葫芦岛市2017年政务公开工作安排的通知', quoted: '葫芦岛市2017年政务公开工作安排' }));
const departmentCodes = Object.keys(DEPARTMENTS).filter((c) => c !== 'gov-office');
const topicsUsed = Object.fromEntries(departmentCodes.map((c) => [c, 0]));
// two departments' documents from before the rule stay uninterpreted; after it, every department one document (the larger
// ones more) until 86 documents of 2017 were published under the rule
for (const code of ['civil-affairs', 'finance']) {
  const [what, subItem, form] = POLICY[code][topicsUsed[code]++];
  policies2017.push(policy({ code, what, subItem, form, published: between(day(2017, 1, 9), day(2017, 3, 8)), number: docNumber(code, 2017, false) }));
}
const underRule = () => policies2017.filter((d) => d.publishedAt >= RULE_IN_FORCE.toISOString()).length;
for (let turn = 0; underRule() < 86; turn++) {
  const code = departmentCodes[turn % departmentCodes.length];
  if (topicsUsed[code] >= POLICY[code].length) continue;
  const [what, subItem, form] = POLICY[code][topicsUsed[code]++];
  policies2017.push(policy({ code, what, subItem, form, published: between(day(2017, 3, 13), day(2017, 12, 12)), number: docNumber(code, 2017, false) }));
}
// interpretations: every document published from 10 March on, within days, some also as a video or an interview
const interpreted2017 = policies2017.filter((d) => d.publishedAt >= RULE_IN_FORCE.toISOString());
for (const doc of interpreted2017) {
  const published = workday(addDays(day(...doc.publishedAt.slice(0, 10).split('-').map(Number)), int(1, 5)));
  interpret(doc, published, random() < 0.12 ? 'GRAPHIC' : 'TEXT');
}
for (const doc of interpreted2017.filter((d) => d.content.documentNumber?.startsWith('葫政')).slice(0, 10)) {
  const published = workday(addDays(day(...doc.publishedAt.slice(0, 10).split('-').map(Number)), int(6, 12)));
  interpret(doc, published, random() < 0.7 ? 'VIDEO' : 'INTERVIEW');
}
// some 2017 documents have run their course: a plan that ended, a few measures repealed since
const ends = [['EXPIRED', day(2020, 12, 31), '实施期限届满'], ['EXPIRED', day(2020, 12, 31), '实施期限届满'], ['REPEALED', day(2021, 6, 30), '经清理决定废止'],
  ['REPEALED', day(2023, 3, 31), '经清理决定废止'], ['EXPIRED', day(2022, 12, 31), '有效期届满']];
policies2017.filter((d) => d.kind !== 'REGULATION' && !d.content.documentNumber.endsWith('46号')).filter((_, i) => i % 17 === 3).slice(0, ends.length)
  .filter((d) => !(d.content.subItems[0] === 'minimum-living' && d.content.documentNumber.startsWith('葫政')))
  .forEach((d, i) => Object.assign(d.content, { validity: ends[i][0], validUntil: iso(ends[i][1]) }));

// the gazette of 2017: 8 issues, 48 documents
let serial = 112;
gazetteDates.forEach((published, i) => {
  const entries = gazetteEntries[i];
  const subItems = [...new Set(policies2017.filter((d) => entries.some((e) => e.record === d.id)).flatMap((d) => d.content.subItems))].slice(0, 10);
  add('gov-office', 'GAZETTE_ISSUE', published, {
    title: `葫芦岛市人民政府公报 2017年第${i + 1}期（总第${serial + i}期）`, writtenOn: iso(addDays(published, -2)), topic: '综合政务',
    keywords: ['政府公报'], subItems, disclosureMode: 'PROACTIVE', category: 'RESULT', validity: 'VALID',
    body: para(`《葫芦岛市人民政府公报》2017年第${i + 1}期刊登市政府及市政府办公室文件${entries.length}件，印发至各县（市）区、乡镇街道、社区（村）。`)
      + `<table border="1"><thead><tr><th>文件名称</th><th>文号</th></tr></thead><tbody>${entries.map((e) => `<tr><td>${e.title}</td><td>${e.documentNumber}</td></tr>`).join('')}</tbody></table>`,
    gazette: { year: 2017, issue: i + 1, documents: entries },
  });
});

// the power list, adjusted three times in 2017: each adjustment replaces the last
let previous = null;
[[day(2017, 1, 20), '2017年第一次调整'], [day(2017, 6, 16), '2017年第二次调整'], [day(2017, 11, 3), '2017年第三次调整']].forEach(([published, round]) => {
  const r = add('gov-office', 'GENERAL', workday(published), {
    title: `葫芦岛市市级政府部门权责清单（${round}）`, writtenOn: iso(addDays(published, -3)), topic: '综合政务', keywords: ['权责清单', '简政放权'],
    subItems: ['power-list', 'responsibility-list'], disclosureMode: 'PROACTIVE', category: 'RESULT', validity: 'VALID',
    body: para(`根据简政放权、放管结合、优化服务改革要求，市政府对市级政府部门权责清单进行了${round.slice(5)}，现予公布。`)
      + section('调整情况', `本次共取消行政职权${int(8, 30)}项，下放${int(3, 12)}项，调整${int(10, 40)}项。调整后，市级政府部门共保留行政职权${int(3500, 4200)}项。`)
      + '<table border="1"><thead><tr><th>部门</th><th>行政许可</th><th>行政处罚</th><th>行政强制</th><th>其他</th></tr></thead><tbody>'
      + ['public-security', 'market-regulation', 'ecology-environment', 'housing', 'transport'].map((c) =>
        `<tr><td>${name(c)}</td><td>${int(5, 60)}</td><td>${int(40, 400)}</td><td>${int(2, 20)}</td><td>${int(5, 40)}</td></tr>`).join('') + '</tbody></table>',
    supersedes: previous?.id,
  });
  previous = r;
});

// every department's everyday records of 2017
for (const code of Object.keys(DEPARTMENTS)) {
  for (const [what, subItem] of GENERAL[code].slice(0, 2)) {
    const published = between(day(2017, 2, 6), day(2017, 12, 22));
    add(code, 'GENERAL', published, generalContent(code, `${name(code)}2017年${what}`, what, subItem, published));
  }
}
function generalContent(code, title, what, subItem, published, mode = 'PROACTIVE') {
  return {
    title, writtenOn: iso(addDays(published, -int(0, 4))), topic: DEPARTMENTS[code][2], keywords: [what.replace(/["“”]/g, '').slice(0, 12)],
    subItems: [subItem], disclosureMode: mode, category: pick(['MANAGEMENT', 'SERVICE', 'RESULT', 'EXECUTION']), validity: 'VALID',
    body: para(`根据《中华人民共和国政府信息公开条例》和重点领域信息公开要求，现将${what}公开如下。`)
      + section('一、基本情况', `${name(code)}按照职责分工，依法依规开展${what.replace(/公示|公告|信息$/, '')}相关工作，截至${cn(published)}，各项工作按计划推进。`)
      + `<table border="1"><thead><tr><th>项目</th><th>数量</th><th>备注</th></tr></thead><tbody><tr><td>本期事项</td><td>${int(3, 90)}</td><td>已全部办结</td></tr>`
      + `<tr><td>上年同期</td><td>${int(3, 90)}</td><td>—</td></tr></tbody></table>`
      + section('二、监督方式', `对公开内容有异议的，可在公示期内向${name(code)}反映。监督电话：0429-${int(2100000, 3199999)}。`),
  };
}

// replies of 2017: 45 suggestions of NPC deputies, 145 proposals of CPPCC members, answered from June to September
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何林高罗郑梁谢宋唐韩曹许邓冯于董萧程潘袁蔡'.split('');
const PARTIES = ['民革葫芦岛市委员会', '民盟葫芦岛市委员会', '民建葫芦岛市委员会', '民进葫芦岛市委员会', '农工党葫芦岛市委员会', '九三学社葫芦岛市委员会', '市工商联'];
const proposalTopics = Object.entries(PROPOSALS).flatMap(([code, topics]) => topics.map((t) => [code, t]));
function numbers(count, max) {
  const set = new Set();
  while (set.size < count) set.add(int(1, max));
  return [...set].sort((a, b) => a - b);
}
function replies(kind, count, max) {
  const npc = kind === 'NPC_REPLY';
  numbers(count, max).forEach((n, i) => {
    const [code, topic] = proposalTopics[(i * 7 + (npc ? 3 : 0)) % proposalTopics.length];
    const who = npc ? (random() < 0.3 ? `${pick(SURNAMES)}某某等${int(2, 10)}名代表` : `${pick(SURNAMES)}某某代表`)
      : (random() < 0.15 ? pick(PARTIES) : random() < 0.3 ? `${pick(SURNAMES)}某某等${int(2, 6)}名委员` : `${pick(SURNAMES)}某某委员`);
    const replied = between(day(2017, 6, 1), day(2017, 9, 15));
    const published = workday(addDays(replied, int(3, 20)));
    const title = npc ? `对市人大十五届一次会议第${n}号建议的答复` : `对市政协十一届一次会议第${n}号提案的答复`;
    const what = npc ? '建议' : '提案';
    const subItem = POLICY[code][i % POLICY[code].length][1];
    add(code, kind, published, {
      title, writtenOn: iso(replied), topic: DEPARTMENTS[code][2], keywords: [npc ? '人大代表建议' : '政协提案', topic.slice(0, 12)],
      subItems: [subItem], disclosureMode: 'PROACTIVE', category: 'RESULT', validity: 'VALID',
      body: para(`${who}：`, `您提出的《关于${topic}的${what}》收悉。感谢您对${name(code).replace('葫芦岛市', '我市')}工作的关心和支持。经认真研究，现答复如下：`)
        + section('一、基本情况', `近年来，${name(code)}认真贯彻落实市委、市政府部署，围绕${topic}做了大量工作，取得了阶段性成效，但与群众期盼相比仍有差距。`)
        + section('二、下一步工作', `一是将您的${what}纳入年度重点工作，制定具体措施；二是积极争取上级资金和政策支持；三是加强与有关部门的沟通协调，确保${what}落到实处。`)
        + para(`办理类型：${pick(['A类（所提问题已经解决或采纳）', 'B类（所提问题正在解决或列入计划逐步解决）', 'B类（所提问题正在解决或列入计划逐步解决）', 'C类（因条件限制暂时不能解决）'])}。`,
          `联系人：${pick(SURNAMES)}某某；联系电话：0429-${int(2100000, 3199999)}。`, `${name(code)}`, cn(replied)),
      reply: { number: `第${String(n).padStart(3, '0')}号`, proposer: who, repliedOn: iso(replied) },
    });
  });
}
replies('NPC_REPLY', 45, 268);
replies('CPPCC_REPLY', 145, 412);

// ---- 2025–2026: budgets and final accounts in the four-part layout -----------------------------------------------
const FUNCTIONS = {
  'gov-office': [['2010301', '行政运行'], ['2010302', '一般行政管理事务'], ['2010303', '机关服务'], ['2010350', '事业运行'], ['2010399', '其他政府办公厅（室）及相关机构事务支出']],
  education: [['2050101', '行政运行'], ['2050201', '学前教育'], ['2050202', '小学教育'], ['2050203', '初中教育'], ['2050204', '高中教育'], ['2050302', '中等职业教育']],
  'civil-affairs': [['2080201', '行政运行'], ['2081002', '老年福利'], ['2081901', '城市最低生活保障金支出'], ['2081902', '农村最低生活保障金支出'], ['2082001', '临时救助支出'], ['2082101', '城市特困人员救助供养支出']],
  finance: [['2010601', '行政运行'], ['2010602', '一般行政管理事务'], ['2010607', '信息化建设'], ['2010608', '财政委托业务支出'], ['2010650', '事业运行']],
  'public-security': [['2040201', '行政运行'], ['2040202', '一般行政管理事务'], ['2040219', '信息化建设'], ['2040220', '执法办案'], ['2040221', '特别业务']],
  health: [['2100101', '行政运行'], ['2100201', '综合医院'], ['2100401', '疾病预防控制机构'], ['2100408', '基本公共卫生服务'], ['2100409', '重大公共卫生服务']],
  'ecology-environment': [['2110101', '行政运行'], ['2110102', '一般行政管理事务'], ['2110301', '大气'], ['2110302', '水体'], ['2110402', '农村环境保护']],
  agriculture: [['2130101', '行政运行'], ['2130104', '事业运行'], ['2130108', '病虫害控制'], ['2130122', '农业生产发展'], ['2130505', '生产发展']],
  emergency: [['2240101', '行政运行'], ['2240102', '一般行政管理事务'], ['2240106', '安全监管'], ['2240108', '应急救援'], ['2240109', '应急管理']],
  'market-regulation': [['2013801', '行政运行'], ['2013802', '一般行政管理事务'], ['2013812', '药品事务'], ['2013815', '质量安全监管'], ['2013816', '食品安全监管']],
};
const COMMON = [['2080505', '机关事业单位基本养老保险缴费支出'], ['2101101', '行政单位医疗'], ['2210201', '住房公积金']];
const yuan = (cents) => (cents / 100).toFixed(2);
const sum = (rows) => rows.reduce((s, r) => s + r[2], 0);
const rowsOf = (rows) => [...rows.map(([code, n, a]) => clean({ code, name: n, amount: Number(yuan(a)) })), { name: '合计', amount: Number(yuan(sum(rows))) }];

function budgetFigures(code, scale) {
  // basic expenditure by economic class; the pension, medical and housing-fund lines also appear by function
  const staff = Math.round(int(900_00, 4_800_00) * scale);
  const economic = [['30101', '基本工资', Math.round(staff * 0.34)], ['30102', '津贴补贴', Math.round(staff * 0.22)], ['30103', '奖金', Math.round(staff * 0.05)],
    ['30108', '机关事业单位基本养老保险缴费', Math.round(staff * 0.12)], ['30110', '职工基本医疗保险缴费', Math.round(staff * 0.06)],
    ['30113', '住房公积金', Math.round(staff * 0.09)], ['30201', '办公费', Math.round(staff * 0.03)], ['30211', '差旅费', Math.round(staff * 0.015)],
    ['30217', '公务接待费', Math.round(staff * 0.004)], ['30231', '公务用车运行维护费', Math.round(staff * 0.012)], ['30302', '退休费', Math.round(staff * 0.05)]];
  const basic = sum(economic);
  const pension = economic[3][2], medical = economic[4][2], fund = economic[5][2];
  const project = Math.round(basic * (0.3 + random() * 1.8));
  const own = FUNCTIONS[code];
  const operating = basic - pension - medical - fund; // the rest of basic expenditure runs the office (行政运行)
  const weights = own.slice(1).map(() => 1 + random() * 4);
  const w = weights.reduce((a, b) => a + b, 0);
  const projectRows = own.slice(1).map(([c, n], i) => [c, n, Math.round((project * weights[i]) / w)]);
  projectRows[projectRows.length - 1][2] += project - sum(projectRows);
  const functional = [[own[0][0], own[0][1], operating], ...projectRows, [...COMMON[0], pension], [...COMMON[1], medical], [...COMMON[2], fund]];
  const total = sum(functional);
  const fundIncome = random() < 0.3 ? Math.round(total * 0.04) : 0;
  const other = Math.round(total * 0.02);
  const income = [[null, '一般公共预算拨款收入', total - fundIncome - other], [null, '政府性基金预算拨款收入', fundIncome], [null, '其他收入', other]];
  const cars = random() < 0.3 ? int(18_00, 30_00) : 0;
  const threePublic = [[null, '因公出国（境）费用', 0], [null, '公务接待费', economic[8][2]], [null, '公务用车购置费', cars], [null, '公务用车运行维护费', economic[9][2]]];
  return { income, functional, economic, threePublic, total, basic, project, threePublicTotal: sum(threePublic) };
}
const budgetsByDepartment = {};
for (const code of Object.keys(FUNCTIONS)) {
  const base = 0.6 + random() * 1.6;
  let last = null;
  for (const [kind, year, published] of [['BUDGET', 2025, day(2025, 2, 14)], ['BUDGET', 2026, day(2026, 2, 13)], ['FINAL_ACCOUNTS', 2025, day(2026, 8, 21)]]) {
    const f = budgetFigures(code, base * (year === 2026 ? 1.04 : 1) * (kind === 'FINAL_ACCOUNTS' ? 0.97 : 1));
    const budget = kind === 'BUDGET';
    const word = budget ? '预算' : '决算';
    const before = budget ? last : budgetsByDepartment[code][0];
    const change = before ? f.total - before.total : null;
    const r = add(code, kind, workday(addDays(published, int(0, 8))), {
      title: `${name(code)}${year}年部门${word}`, writtenOn: iso(addDays(published, -int(3, 10))), topic: '财政、金融、审计',
      keywords: [`部门${word}`, '“三公”经费'], subItems: ['department-budgets', 'three-public-expenses'], disclosureMode: 'PROACTIVE', category: 'RESULT',
      validity: 'VALID', body: para(`${name(code)}${year}年部门${word}按照部门概况、部门${word}表、情况说明、名词解释的统一格式公开，金额单位为万元。`),
      related: last && budget ? [last.id] : undefined,
      budget: {
        year,
        overview: `一、主要职责\n${name(code)}是市政府工作部门，负责贯彻执行国家和省有关方针政策和法律法规，承担本行业、本领域的管理和服务职责。\n二、机构设置\n本部门${word}由机关本级和所属${int(1, 6)}个事业单位${word}组成，编制人数${int(40, 400)}人。`,
        tables: [
          { code: '表一', name: `部门收入${word}表`, rows: rowsOf(f.income) },
          { code: '表二', name: `部门支出${word}表（按功能分类）`, rows: rowsOf(f.functional) },
          { code: '表三', name: `一般公共预算基本支出${word}表（按经济分类）`, rows: rowsOf(f.economic) },
          { code: '表四', name: `一般公共预算“三公”经费支出${word}表`, rows: rowsOf(f.threePublic) },
        ],
        explanation: `一、收支总体情况\n${year}年收支${word}总计${yuan(f.total)}万元${change === null ? '' : `，比${budget ? '上年' : '年初预算'}${change >= 0 ? '增加' : '减少'}${yuan(Math.abs(change))}万元，主要原因是${change >= 0 ? '人员经费标准调整和项目支出增加' : '压减一般性支出'}`}。\n二、支出情况\n基本支出${yuan(f.basic)}万元，项目支出${yuan(f.project)}万元。\n三、“三公”经费情况\n“三公”经费${word}${yuan(f.threePublicTotal)}万元，其中因公出国（境）费用0万元。`,
        glossary: '一般公共预算拨款收入：指市级财政当年拨付的资金。\n基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。\n项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。\n“三公”经费：指用一般公共预算拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。\n机关运行经费：指为保障行政单位运行用于购买货物和服务的各项资金。',
      },
    });
    r.total = f.total;
    if (budget) last = r;
    (budgetsByDepartment[code] ??= []).push(r);
  }
  const [budget2025, , accounts2025] = budgetsByDepartment[code];
  accounts2025.content.related = [budget2025.id];
}

// ---- 2025–2026: newer documents, most interpreted; one replaces its 2017 predecessor --------------------------------
const RECENT_GOVERNMENT = [
  ['推动大规模设备更新和消费品以旧换新', 'business-fees', '方案', 'development-reform'], ['城市更新行动', 'project-approval', '方案', 'housing'],
  ['养老服务高质量发展', 'extreme-poverty-support', '意见', 'civil-affairs'], ['社会救助综合改革', 'temporary-assistance', '方案', 'civil-affairs'],
  ['巩固拓展脱贫攻坚成果同乡村振兴有效衔接', 'poverty-policies', '意见', 'agriculture'], ['衔接推进乡村振兴补助资金管理', 'poverty-funds', '办法', 'finance'],
  ['空气质量持续改善行动', 'environmental-quality', '方案', 'ecology-environment'], ['政府投资项目全过程管理', 'project-approval', '办法', 'development-reform'],
  ['进一步优化营商环境降低企业成本', 'business-fees', '意见', 'business-environment'], ['公共资源交易平台管理', 'project-tendering', '办法', 'business-environment'],
  ['紧密型县域医疗卫生共同体建设', 'medical-institutions', '方案', 'health'], ['医疗服务价格动态调整', 'medical-prices', '办法', 'medical-security'],
  ['安全生产治本攻坚三年行动', 'safety-inspections', '方案', 'emergency'], ['突发事件应急预案管理', 'emergency-plans', '办法', 'emergency'],
  ['国有建设用地供应管理', 'land-transfer', '办法', 'natural-resources'], ['重点排污单位环境信息依法披露', 'key-polluters', '方案', 'ecology-environment'],
];
const recent = [];
const government2 = RECENT_GOVERNMENT;
let g = 0;
for (const [year, from, to] of [[2025, day(2025, 1, 13), day(2025, 12, 19)], [2026, day(2026, 1, 12), day(2026, 11, 20)]]) {
  govNumber = { 葫政发: 0, 葫政办发: 0 };
  for (let k = 0; k < 8; k++) {
    const [what, subItem, form, lead] = government2[g++ % government2.length];
    recent.push(policy({ code: 'gov-office', lead, what, subItem, form, government: true,
      published: between(from, to), number: docNumber('gov-office', year, true) }));
  }
  for (let k = 0; k < 14; k++) {
    const code = departmentCodes[(k * 5 + year) % departmentCodes.length];
    const [what, subItem, form] = POLICY[code][(k + year) % POLICY[code].length];
    const yearly = form === '方案' || form === '通知';
    recent.push(policy({ code, what: yearly ? `${year}年${what}` : what, subItem, form, published: between(from, to), number: docNumber(code, year, false),
      revised: yearly ? undefined : year }));
  }
}
// the 2017 minimum-living rules, revised in 2025: the new text supersedes the old
const oldLiving = policies2017.find((d) => d.content.subItems[0] === 'minimum-living' && d.content.documentNumber.startsWith('葫政'));
const newLiving = policy({ code: 'gov-office', lead: 'civil-affairs', what: '城乡居民最低生活保障', subItem: 'minimum-living', form: '办法', government: true,
  published: workday(day(2025, 9, 12)), number: `葫政发〔2025〕${int(20, 30)}号`, revised: 2025 });
newLiving.content.supersedes = oldLiving.id;
Object.assign(oldLiving.content, { validity: 'REPEALED', validUntil: newLiving.publishedAt.slice(0, 10) });
recent.push(newLiving);
// interpretations of the newer documents, but for the three most recent ones (their interpretation is still being written)
recent.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
const uninterpretedRecent = recent.slice(-3);
for (const doc of recent.slice(0, -3)) {
  const published = workday(addDays(day(...doc.publishedAt.slice(0, 10).split('-').map(Number)), int(1, 4)));
  interpret(doc, published, random() < 0.15 ? 'GRAPHIC' : random() < 0.06 ? 'VIDEO' : 'TEXT');
}

// gazette issues of 2026 so far, listing that year's government documents
const gov2026 = recent.filter((d) => d.content.documentNumber?.startsWith('葫政') && d.publishedAt.startsWith('2026'));
[[day(2026, 3, 20), 0, 3], [day(2026, 7, 17), 3, 6], [day(2026, 11, 27), 6, 9]].forEach(([published, a, b], i) => {
  const docs = gov2026.slice(a, b).filter((d) => d.publishedAt < at(published));
  if (docs.length === 0) return;
  add('gov-office', 'GAZETTE_ISSUE', workday(published), {
    title: `葫芦岛市人民政府公报 2026年第${i + 1}期`, writtenOn: iso(addDays(published, -2)), topic: '综合政务', keywords: ['政府公报'],
    subItems: [...new Set(docs.flatMap((d) => d.content.subItems))], disclosureMode: 'PROACTIVE', category: 'RESULT', validity: 'VALID',
    body: para(`本期刊登市政府及市政府办公室文件${docs.length}件。`),
    gazette: { year: 2026, issue: i + 1, documents: docs.map((d) => ({ title: d.content.title, documentNumber: d.content.documentNumber, record: d.id })) },
  });
});

// everyday records of 2025–2026: every department, every sub-item
for (const code of Object.keys(DEPARTMENTS)) {
  GENERAL[code].forEach(([what, subItem], i) => {
    const year = i % 2 === 0 ? 2026 : 2025;
    const published = year === 2026 ? between(day(2026, 1, 5), day(2026, 11, 27)) : between(day(2025, 1, 6), day(2025, 12, 26));
    add(code, 'GENERAL', published, generalContent(code, `${name(code)}${year}年${what}`, what, subItem, published));
  });
}
// what the public does not see: records disclosed only on request or not at all, and unpublished drafts
[['civil-affairs', '低保对象家庭经济状况核查明细', 'minimum-living', 'ON_REQUEST'], ['public-security', '道路交通事故现场勘查记录汇总', 'accident-reports', 'ON_REQUEST'],
  ['finance', '市直部门预算执行审核意见', 'department-budgets', 'ON_REQUEST'], ['natural-resources', '征收土地现状调查成果', 'expropriation-compensation', 'ON_REQUEST'],
  ['emergency', '重大危险源企业监控数据', 'safety-inspections', 'NOT_DISCLOSED']].forEach(([code, what, subItem, mode]) => {
  const published = between(day(2026, 3, 2), day(2026, 10, 30));
  add(code, 'GENERAL', published, generalContent(code, `${name(code)}2026年${what}`, what, subItem, published, mode));
});
[['education', '2027年义务教育阶段学校招生工作方案（征求意见稿）', 'responsibility-list', 'DRAFT'], ['health', '2026年第四季度法定传染病疫情概况', 'public-health', 'DRAFT'],
  ['market-regulation', '2026年第11期食品安全监督抽检信息', 'food-drug-sampling', 'IN_REVIEW'], ['ecology-environment', '2026年11月环境质量状况月报', 'environmental-quality', 'IN_REVIEW'],
  ['transport', '2026年农村公路养护工程中标候选人公示', 'project-tendering', 'DRAFT'], ['housing-fund', '2026年住房公积金缴存基数调整通知', 'fee-catalogue', 'IN_REVIEW']]
  .forEach(([code, title, subItem, stage]) => {
    const created = between(day(2026, 11, 16), day(2026, 11, 30));
    const r = add(code, 'GENERAL', created, generalContent(code, `${name(code)}${title}`, title.replace(/^\d+年/, ''), subItem, created), { stage });
    delete r.publishedAt;
  });

// ---- checks, then the file ----------------------------------------------------------------------------------------
const is2017 = (r) => r.publishedAt?.startsWith('2017') && r.content.disclosureMode === 'PROACTIVE' && !r.stage;
const count = (kind) => records.filter((r) => r.kind === kind && is2017(r)).length;
const ids = new Map(records.map((r) => [r.id, r]));
const interpretedIds = new Set(records.filter((r) => r.kind === 'INTERPRETATION').map((r) => r.content.interprets));
const policies = (r) => ['REGULATION', 'NORMATIVE_DOCUMENT', 'POLICY'].includes(r.kind);
const figures = {
  gazetteIssues2017: count('GAZETTE_ISSUE'),
  gazetteDocuments2017: records.filter((r) => r.kind === 'GAZETTE_ISSUE' && is2017(r)).reduce((s, r) => s + r.content.gazette.documents.length, 0),
  npcReplies2017: count('NPC_REPLY'),
  cppccReplies2017: count('CPPCC_REPLY'),
  interpretedPolicies2017: records.filter((r) => policies(r) && is2017(r) && interpretedIds.has(r.id)).length,
  uninterpretedPolicies: records.filter((r) => policies(r) && !interpretedIds.has(r.id)).length,
};
const expected = { gazetteIssues2017: 8, gazetteDocuments2017: 48, npcReplies2017: 45, cppccReplies2017: 145, interpretedPolicies2017: 86 };
for (const [k, v] of Object.entries(expected)) {
  if (figures[k] !== v) throw new Error(`${k}: ${figures[k]}, the seed says ${v}`);
}
for (const r of records) {
  if (r.content.interprets && !(ids.get(r.content.interprets)?.publishedAt < r.publishedAt && policies(ids.get(r.content.interprets)))) {
    throw new Error(`${r.content.title} interprets a document published after it`);
  }
  if (r.content.interprets && !r.publishedAt.startsWith(ids.get(r.content.interprets).publishedAt.slice(0, 4))) {
    throw new Error(`${r.content.title}: an interpretation of another year`);
  }
  if (r.publishedAt && r.publishedAt > '2026-12-01') throw new Error(`${r.content.title} is published in the future`);
}
const used = new Set(records.flatMap((r) => r.content.subItems));
const missing = SUB_ITEMS.filter((s) => !used.has(s));
if (missing.length || used.size !== 33) throw new Error(`sub-items not used: ${missing}`);
const publicDepartments = new Set(records.filter((r) => r.publishedAt && r.content.disclosureMode === 'PROACTIVE').map((r) => r.departmentCode));
if (publicDepartments.size !== 33) throw new Error('a department without public records');
const kinds = new Set(records.map((r) => r.kind));
if (kinds.size !== 10) throw new Error(`kinds: ${[...kinds]}`);

// documents first, then what points at them (interpretations, replacements), each group in order of publication
const order = (r) => (r.kind === 'INTERPRETATION' ? 2 : r.content.supersedes ? 1 : 0);
records.sort((a, b) => order(a) - order(b) || (a.publishedAt ?? a.createdAt).localeCompare(b.publishedAt ?? b.createdAt) || a.id.localeCompare(b.id));
const lines = records.map(({ quoted, lead, total, ...r }) => JSON.stringify(r));
writeFileSync(OUT, lines.join('\n') + '\n');
const byKind = Object.fromEntries([...kinds].sort().map((k) => [k, records.filter((r) => r.kind === k).length]));
console.log(`${records.length} records, ${(lines.join('\n').length / 1024).toFixed(0)} KiB → ${OUT}`);
console.log(JSON.stringify({ ...figures, byKind }));
