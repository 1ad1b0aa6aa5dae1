import type { AnnualReport, ApplicationStatistics, Table3Row } from '@/api/types'

/** The 30 rows of table 三 as the API sends them, with the counts given by key (others 0). */
const OUTCOMES: [string, string, [string, string][]][] = [
  ['DISCLOSED', '（一）予以公开', []],
  ['PARTLY_DISCLOSED', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', []],
  [
    'NOT_DISCLOSED',
    '（三）不予公开',
    [
      ['STATE_SECRET', '属于国家秘密'],
      ['LAW_PROHIBITS', '其他法律行政法规禁止公开'],
      ['SECURITY_STABILITY', '危及“三安全一稳定”'],
      ['THIRD_PARTY_RIGHTS', '保护第三方合法权益'],
      ['INTERNAL_AFFAIRS', '属于三类内部事务信息'],
      ['PROCESS_INFORMATION', '属于四类过程性信息'],
      ['ENFORCEMENT_FILES', '属于行政执法案卷'],
      ['ADMINISTRATIVE_QUERY', '属于行政查询事项'],
    ],
  ],
  [
    'UNABLE_TO_PROVIDE',
    '（四）无法提供',
    [
      ['NOT_HELD', '本机关不掌握相关政府信息'],
      ['NEEDS_CREATION', '没有现成信息需要另行制作'],
      ['UNCLEAR_AFTER_CORRECTION', '补正后申请内容仍不明确'],
    ],
  ],
  [
    'NOT_PROCESSED',
    '（五）不予处理',
    [
      ['PETITION_OR_COMPLAINT', '信访举报投诉类申请'],
      ['REPEATED', '重复申请'],
      ['PUBLICATION_REQUESTED', '要求提供公开出版物'],
      ['EXCESSIVE', '无正当理由大量反复申请'],
      ['CONFIRMATION_REQUESTED', '要求行政机关确认或重新出具已获取信息'],
    ],
  ],
  [
    'OTHER',
    '（六）其他处理',
    [
      ['NOT_CORRECTED', '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
      ['FEE_UNPAID', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
      ['OTHER', '其他'],
    ],
  ],
]

export function table3Rows(counts: Record<string, number[]> = {}): Table3Row[] {
  const row = (key: string, label: string, level: number): Table3Row => ({
    key,
    label,
    level,
    counts: counts[key] ?? [0, 0, 0, 0, 0, 0, 0],
  })
  return [
    row('received', '一、本年新收政府信息公开申请数量', 0),
    row('carriedIn', '二、上年结转政府信息公开申请数量', 0),
    { key: 'results', label: '三、本年度办理结果', level: 0, counts: null },
    ...OUTCOMES.flatMap(([key, label, reasons]) => [
      row(key, label, 1),
      ...reasons.map(([reason, text], i) => row(`${key}.${reason}`, `${i + 1}.${text}`, 2)),
    ]),
    row('handled', '（七）总计', 1),
    row('carriedOut', '四、结转下年度继续办理', 0),
  ]
}

/** A city report of `year`: 51 applications received and handled as in the seed year. */
export function annualReport(year = 2017, department: string | null = null): AnnualReport {
  const received = year === 2017 ? 51 : year === 2016 ? 40 : 0
  return {
    year,
    departmentCode: department,
    title: `葫芦岛市${year}年政府信息公开工作年度报告`,
    dueOn: department ? `${year + 1}-01-31` : `${year + 1}-03-31`,
    figures: {
      serviceItems: 664,
      recordsPublished: year === 2017 ? 120 : 80,
      gazetteIssues: 8,
      gazetteDocuments: 48,
      npcReplies: 45,
      cppccReplies: 145,
      interpretedPolicyDocuments: 86,
      interpretations: 90,
      applicationsReceived: received,
      applicationsHandled: received,
      applicationsCarriedOver: 0,
      reviewsAndLawsuits: 0,
    },
    table2Documents: [
      { kind: 'REGULATION', label: '第二十条第（一）项 规章', issued: 2, repealed: 1, inForce: 14 },
      {
        kind: 'NORMATIVE_DOCUMENT',
        label: '第二十条第（一）项 行政规范性文件',
        issued: 11,
        repealed: 0,
        inForce: 73,
      },
    ],
    table2Entered: [
      {
        item: 'LICENSING',
        label: '第二十条第（五）项 行政许可 本年处理决定数量',
        value: 1520,
        entered: true,
      },
      { item: 'PUNISHMENT', label: '第二十条第（六）项 行政处罚 本年处理决定数量', entered: false },
      { item: 'COERCION', label: '第二十条第（六）项 行政强制 本年处理决定数量', entered: false },
      {
        item: 'FEES',
        label: '第二十条第（八）项 行政事业性收费 本年收费金额（万元）',
        value: 356.2,
        entered: true,
      },
    ],
    table3Columns: [
      '自然人',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      '总计',
    ],
    table3: table3Rows({
      received: [40, 6, 1, 1, 1, 2, received],
      DISCLOSED: [30, 5, 1, 1, 1, 2, 40],
      NOT_DISCLOSED: [4, 0, 0, 0, 0, 0, 4],
      'NOT_DISCLOSED.STATE_SECRET': [1, 0, 0, 0, 0, 0, 1],
      'NOT_DISCLOSED.THIRD_PARTY_RIGHTS': [3, 0, 0, 0, 0, 0, 3],
      UNABLE_TO_PROVIDE: [6, 1, 0, 0, 0, 0, 7],
      'UNABLE_TO_PROVIDE.NOT_HELD': [6, 1, 0, 0, 0, 0, 7],
      handled: [40, 6, 1, 1, 1, 2, received],
    }),
    table4: [
      {
        kind: 'REVIEW',
        label: '行政复议',
        upheld: 0,
        corrected: 0,
        other: 0,
        pending: 0,
        total: 0,
      },
      {
        kind: 'LAWSUIT_DIRECT',
        label: '行政诉讼（未经复议直接起诉）',
        upheld: 0,
        corrected: 0,
        other: 0,
        pending: 0,
        total: 0,
      },
      {
        kind: 'LAWSUIT_AFTER_REVIEW',
        label: '行政诉讼（复议后起诉）',
        upheld: 0,
        corrected: 0,
        other: 0,
        pending: 0,
        total: 0,
      },
    ],
    violations: [],
  }
}

export function applicationStatistics(department: string | null = null): ApplicationStatistics {
  return {
    year: 2017,
    departmentCode: department,
    received: department ? 12 : 51,
    handled: department ? 12 : 51,
    onTime: department ? 11 : 49,
    onTimeRate: department ? 11 / 12 : 49 / 51,
    medianWorkingDays: 9,
    p90WorkingDays: 18,
    withdrawn: 0,
    open: 0,
    outcomes: [
      { outcome: 'DISCLOSED', label: '予以公开', count: 40 },
      { outcome: 'NOT_DISCLOSED', label: '不予公开', count: 4 },
      { outcome: 'UNABLE_TO_PROVIDE', label: '无法提供', count: 7 },
    ],
  }
}
