/**
 * The grounds on which a whitelisted entity may be inspected again within the calendar year (常政办发〔2025〕5号 第十二项:
 * 对名单内企业实行"一年最多查一次""进一次门、查多项事""触发式监管"). The policy's own line is 常政办发〔2025〕5号 第四项: key items
 * stay under 刚性查 and the floor of product quality and safety holds; non-key items are inspected when triggered. Each
 * ground still needs the reviewer's approval of the plan that claims it, and the visit is still counted and reported.
 */
import type { ExemptionGround } from '@rouxing/contracts';

export interface WhitelistExemptionGround {
  ground: ExemptionGround;
  label: string;
  /** Where the ground comes from. */
  citation: string;
}

export const WHITELIST_EXEMPTION_GROUNDS: readonly WhitelistExemptionGround[] = [
  {
    ground: 'key_item_rigid',
    label: '重点监管事项“刚性查”',
    citation: '常政办发〔2025〕5号 第四项：对重点监管事项坚持"刚性查"，牢牢守住产品质量和安全底线',
  },
  {
    ground: 'complaint_clue',
    label: '投诉举报线索',
    citation: '常政办发〔2025〕5号 第四项：变"主动查"为"触发查"；常政办发〔2025〕5号 第十二项：对名单内企业实行"触发式监管"',
  },
  {
    ground: 'public_safety_life_health',
    label: '涉及公共安全和人民群众生命健康',
    citation: '常政办发〔2025〕5号 第四项：牢牢守住产品质量和安全底线；常政办发〔2025〕5号 第十二项：保安全与促发展有机结合',
  },
  {
    ground: 'referral',
    label: '有关部门移送或上级交办',
    citation: '常政办发〔2025〕5号 第十二项：对名单内企业实行"触发式监管"（移送、交办的线索即触发）',
  },
];

/** Whether a ground lets a plan past the whitelist's 一年最多查一次 (a 上级专项 alone does not: it is a planned campaign). */
export const isWhitelistExemptionGround = (g: ExemptionGround): boolean => WHITELIST_EXEMPTION_GROUNDS.some((x) => x.ground === g);
