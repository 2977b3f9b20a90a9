import { type ErrorCodeSpec, refusal } from './spec';

/** Parties and 公益抵罚 carried out (常政办发〔2025〕5号 第五项): SERVICE.*. */
export const PARTY_ERROR_CODES = {
  'SERVICE.NOT_VERIFIED': refusal('公益服务须经核实后才能批准折抵罚款（常政办发〔2025〕5号 第五项）'),
  'SERVICE.HOURS_MISMATCH': refusal('折抵所依据的服务时长须与经核实的公益服务时长一致（常政办发〔2025〕5号 第五项）'),
  'SERVICE.SELF_VERIFICATION': refusal('公益服务须由记录人以外的本部门工作人员核实'),
  'SERVICE.ALREADY_VERIFIED': refusal('该公益服务记录已经核实'),
  'SERVICE.EVIDENCE_MISSING': refusal('公益服务记录须附本案已归入的证明材料'),
} as const satisfies Record<string, ErrorCodeSpec>;
