/**
 * The exchange format of issued penalty decisions (.xlsx or UTF-8 .csv): one header row with these
 * Chinese column names, then one decision per row. The server's template and import, the synthetic
 * generator and the tests use this one definition.
 */
export interface DecisionColumn {
  header: string;
  /** The field's path in IssuedDecisionInputSchema (facts.* for the facts). */
  path: string;
  kind: 'text' | 'date' | 'bool' | 'list' | 'money' | 'party' | 'harm' | 'penalties';
  required: boolean;
  note: string;
  example: string;
}

export const DECISION_IMPORT_COLUMNS: readonly DecisionColumn[] = [
  { header: '决定书文号', path: 'documentNo', kind: 'text', required: true, note: '本部门内唯一', example: '常市监处罚〔2026〕1号' },
  { header: '当事人类型', path: 'partyType', kind: 'party', required: true, note: '法人、其他组织或自然人', example: '法人' },
  {
    header: '统一社会信用代码',
    path: 'uscc',
    kind: 'text',
    required: false,
    note: '单位当事人必填，须已在主体名录中登记',
    example: '91430482MA4PJ2KX3C',
  },
  { header: '当事人姓名', path: 'personName', kind: 'text', required: false, note: '自然人当事人必填', example: '' },
  { header: '公民身份号码', path: 'idNumber', kind: 'text', required: false, note: '自然人当事人必填，18位；加密存储', example: '' },
  { header: '违法行为编码', path: 'violationCode', kind: 'text', required: true, note: '违法行为事项目录中的编码', example: 'SC-FOOD-017' },
  { header: '违法行为发生日期', path: 'facts.occurredOn', kind: 'date', required: true, note: 'YYYY-MM-DD', example: '2026-05-01' },
  {
    header: '行为终了日期',
    path: 'facts.endedOn',
    kind: 'date',
    required: false,
    note: '连续或继续状态的违法行为终了之日，可空',
    example: '',
  },
  { header: '仍在持续', path: 'facts.continuing', kind: 'bool', required: false, note: '是或否，默认否', example: '否' },
  { header: '发现日期', path: 'facts.discoveredOn', kind: 'date', required: true, note: 'YYYY-MM-DD', example: '2026-06-10' },
  { header: '危害后果', path: 'facts.harm', kind: 'harm', required: true, note: '无、轻微、一般或严重', example: '轻微' },
  { header: '违法行为轻微', path: 'facts.minorViolation', kind: 'bool', required: false, note: '是或否，默认否', example: '否' },
  { header: '及时改正', path: 'facts.correctedInTime', kind: 'bool', required: false, note: '是或否，默认否', example: '是' },
  {
    header: '初次违法',
    path: 'facts.firstOffense',
    kind: 'bool',
    required: false,
    note: '是或否；留空则按平台记录的处罚决定判断',
    example: '否',
  },
  { header: '有证据证明无主观过错', path: 'facts.provenNoFault', kind: 'bool', required: false, note: '是或否，默认否', example: '否' },
  {
    header: '涉及公民生命健康安全或金融安全',
    path: 'facts.involvesLifeHealthOrFinancialSecurity',
    kind: 'bool',
    required: false,
    note: '是或否，默认否',
    example: '否',
  },
  {
    header: '从轻减轻情形',
    path: 'facts.mitigating',
    kind: 'list',
    required: false,
    note: '《行政处罚法》第三十二条情形代码，以、分隔，可空',
    example: '',
  },
  {
    header: '从重情形',
    path: 'facts.aggravating',
    kind: 'list',
    required: false,
    note: '裁量基准的从重情形代码，以、分隔，可空',
    example: '',
  },
  {
    header: '同一行为已被罚款',
    path: 'facts.alreadyFinedForSameAct',
    kind: 'bool',
    required: false,
    note: '是或否，默认否',
    example: '否',
  },
  {
    header: '处罚种类',
    path: 'penalties',
    kind: 'penalties',
    required: true,
    note: '如 警告、罚款（《行政处罚法》第九条），以、分隔',
    example: '罚款',
  },
  { header: '罚款金额（元）', path: 'fineYuan', kind: 'money', required: false, note: '处罚种类含罚款时必填', example: '5000' },
  { header: '决定日期', path: 'decidedOn', kind: 'date', required: true, note: 'YYYY-MM-DD', example: '2026-06-20' },
  { header: '履行日期', path: 'fulfilledOn', kind: 'date', required: false, note: '缴纳罚款或履行完毕之日，可空', example: '' },
];
