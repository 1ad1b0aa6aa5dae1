#!/usr/bin/env node
// Writes src/main/resources/demo/applications.ndjson: the seed's 2017 on-request applications — 51, all
// handled in the year (「今年全市共收到依申请公开51件，已按照相关规定全部办理」) — spread over departments,
// applicant types and outcomes as a city's are. Invented people, fixed seed: the same file every run.
//   node backend/tools/demo-applications.mjs
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

let seed = 20170101
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
const pick = (list) => list[Math.floor(random() * list.length)]

const departments = ['natural-resources', 'housing', 'public-security', 'human-resources', 'education', 'civil-affairs',
  'ecology-environment', 'market-regulation', 'finance', 'transport', 'health', 'agriculture', 'gov-office']
const surnames = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'
const given = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '超', '霞', '平', '刚']
const companies = { COMMERCIAL: ['葫芦岛市某建材有限公司', '辽宁某物流有限公司', '葫芦岛某房地产开发有限公司', '兴城市某食品有限公司', '某某锌业股份有限公司', '绥中县某贸易有限公司'],
  RESEARCH: ['某大学公共管理学院课题组'], PUBLIC_INTEREST: ['某环保公益服务中心'], LEGAL_SERVICE: ['辽宁某律师事务所', '葫芦岛某法律服务所'], OTHER: ['某小区业主委员会'] }
const topics = {
  'natural-resources': ['连山区某地块土地征收批复文件', '2016年度建设用地供应计划', '某村集体土地征收补偿安置方案'],
  housing: ['龙港区老旧小区改造项目资金使用情况', '某小区房屋维修资金使用明细', '棚户区改造项目安置房分配方案'],
  'public-security': ['2016年交通事故统计数据', '户籍迁移办理依据', '某路段交通信号设置依据'],
  'human-resources': ['2017年事业单位公开招聘成绩', '最低工资标准调整文件', '工伤认定相关规定'],
  education: ['2017年义务教育学区划分方案', '某中学改扩建项目审批文件'],
  'civil-affairs': ['城乡低保资金发放情况', '养老机构补贴发放标准'],
  'ecology-environment': ['某化工企业环境影响评价报告', '2016年空气质量监测数据', '某项目环评批复'],
  'market-regulation': ['某企业行政处罚决定书', '2017年食品抽检结果'],
  finance: ['2017年市本级部门预算', '政府采购项目中标结果'],
  transport: ['某公路改建工程批复', '出租车经营权配置方案'],
  health: ['某医院医疗服务收费标准', '2016年传染病疫情统计'],
  agriculture: ['农机购置补贴发放名单', '耕地地力保护补贴标准'],
  'gov-office': ['市政府2017年第5次常务会议纪要', '某项目会议纪要'],
}
// how the 51 ended: table 三's rows as a city's typically are
const outcomes = [
  ...Array(28).fill(['DISCLOSED', null]), ...Array(6).fill(['PARTLY_DISCLOSED', null]),
  ['NOT_DISCLOSED', 'THIRD_PARTY_RIGHTS'], ['NOT_DISCLOSED', 'PROCESS_INFORMATION'], ['NOT_DISCLOSED', 'INTERNAL_AFFAIRS'], ['NOT_DISCLOSED', 'ENFORCEMENT_FILES'],
  ...Array(5).fill(['UNABLE_TO_PROVIDE', 'NOT_HELD']), ...Array(2).fill(['UNABLE_TO_PROVIDE', 'NEEDS_CREATION']),
  ['NOT_PROCESSED', 'PETITION_OR_COMPLAINT'], ['NOT_PROCESSED', 'PETITION_OR_COMPLAINT'], ['NOT_PROCESSED', 'REPEATED'],
  ['OTHER', 'NOT_CORRECTED'], ['OTHER', 'OTHER'], ['OTHER', 'OTHER'],
]
const organisations = ['COMMERCIAL', 'COMMERCIAL', 'COMMERCIAL', 'COMMERCIAL', 'COMMERCIAL', 'COMMERCIAL', 'RESEARCH', 'PUBLIC_INTEREST', 'LEGAL_SERVICE', 'LEGAL_SERVICE', 'OTHER']
const iso = (d) => d.toISOString().slice(0, 10)
const texts = {
  DISCLOSED: '经审查，您申请的信息属于公开范围，现予以提供，详见附件。', PARTLY_DISCLOSED: '经审查，您申请的信息中涉及个人隐私的部分不予公开，其余部分予以提供。',
  NOT_DISCLOSED: '经审查，您申请的信息依法不予公开，理由如下。', UNABLE_TO_PROVIDE: '经检索，本机关未制作或获取您申请的信息。',
  NOT_PROCESSED: '您的申请不属于政府信息公开申请，本机关不作为政府信息公开申请处理。', OTHER: '您的申请已依法处理。',
}

const lines = []
for (let i = 0; i < 51; i++) {
  const department = departments[i % departments.length]
  const [outcome, reason] = outcomes[(i * 7) % 51]
  const organisation = i % 5 === 4 ? organisations[lines.filter((l) => l.applicantType === 'ORGANISATION').length % organisations.length] : null
  const received = new Date(Date.UTC(2017, 0, 9 + Math.floor((i * 320) / 51) + Math.floor(random() * 4)))
  if (received.getUTCDay() === 0) received.setUTCDate(received.getUTCDate() + 1)
  if (received.getUTCDay() === 6) received.setUTCDate(received.getUTCDate() + 2)
  const replied = new Date(received)
  replied.setUTCDate(replied.getUTCDate() + 4 + Math.floor(random() * 16))
  if (replied.getUTCDay() === 0) replied.setUTCDate(replied.getUTCDate() + 1)
  if (replied.getUTCDay() === 6) replied.setUTCDate(replied.getUTCDate() + 2)
  const person = pick(surnames.split('')) + pick(given) + (random() < 0.5 ? pick(given) : '')
  lines.push({
    departmentCode: department,
    channel: i % 6 === 0 ? 'LETTER' : 'ONLINE',
    applicantType: organisation ? 'ORGANISATION' : 'NATURAL_PERSON',
    organisationKind: organisation,
    applicantName: organisation ? pick(companies[organisation]) : person,
    idType: organisation ? 'UNIFIED_CREDIT_CODE' : 'RESIDENT_ID',
    idNumber: organisation ? `91211400MA0${String(100000 + i * 37).padStart(6, '0')}X` : `2114021980${String(1000 + i * 13).padStart(4, '0')}${String(1000 + i * 7).slice(0, 4)}`,
    phone: `0429-${String(2100000 + i * 1013).slice(0, 7)}`,
    description: pick(topics[department]),
    formWanted: random() < 0.6 ? 'ELECTRONIC' : 'PAPER',
    delivery: random() < 0.6 ? 'EMAIL' : 'POST',
    email: `demo${i + 1}@example.com`,
    postalAddress: `辽宁省葫芦岛市连山区示例路${i + 1}号`,
    receivedOn: iso(received),
    repliedOn: iso(replied),
    outcome,
    reason,
    replyText: texts[outcome],
  })
}
const out = fileURLToPath(new URL('../src/main/resources/demo/applications.ndjson', import.meta.url))
writeFileSync(out, lines.map((l) => JSON.stringify(l)).join('\n') + '\n')
console.log(`wrote ${lines.length} applications to ${out}`)
