/** The `explanation`: one Chinese paragraph a party can read, citing the articles applied. */
import type { DecisionRequest, DecisionResponse } from '@rouxing/contracts';
import { cite as citeBasis } from './basis';

const OUTCOME_TEXT: Record<DecisionResponse['outcome'], string> = {
  time_barred: '不再给予行政处罚',
  no_penalty: '依法不予行政处罚',
  may_waive: '可以不予行政处罚',
  mitigate: '应当从轻或者减轻行政处罚',
  may_mitigate: '可以从轻或者减轻行政处罚',
  penalty: '依法给予行政处罚',
};

const EDUCATION = '依据《中华人民共和国行政处罚法》第三十三条第三款，对不予行政处罚的当事人，行政机关应当对其进行教育';

const FLAG_TEXT: Record<DecisionResponse['flags'][number], string> = {
  no_second_fine: '当事人的同一违法行为已被处以罚款，依据《中华人民共和国行政处罚法》第二十九条不得再次罚款',
  disproportionate: '拟作出的处罚与上述结论或裁量基准不符，存在“小案重罚、过罚不当”的风险，请在作出决定前予以纠正',
  guardian_discipline: '应当责令其监护人加以管教',
  guardian_custody: '应当责令其监护人严加看管和治疗',
  observation_period:
    '当事人处于观察期内，宜优先采取教育提醒、劝导示范、警示告诫、行政提示、行政指导、行政约谈等柔性措施；确需处罚或采取强制措施的，应说明法定事由并经法制审核',
};

export function explain(req: DecisionRequest, r: DecisionResponse, limitationLastDay: string | null): string {
  const titleOf = (listId: string) => req.listEntries.find((e) => e.listId === listId)?.listTitle;
  const cite = (b: DecisionResponse['basis'][number]) => citeBasis(b, titleOf);
  let text: string;
  if (r.outcome === 'time_barred') {
    const f = req.facts;
    text = `该违法行为于${f.endedOn ?? f.occurredOn}${f.endedOn ? '终了' : '发生'}，追责期限至${limitationLastDay}届满，至${f.discoveredOn}发现时已超过期限，依据${cite(r.basis[0] as DecisionResponse['basis'][number])}${OUTCOME_TEXT.time_barred}`;
  } else if (r.basis.length > 0) {
    let cites = cite(r.basis[0] as DecisionResponse['basis'][number]);
    for (let i = 1; i < r.basis.length; i++) {
      cites += `、${cite(r.basis[i] as DecisionResponse['basis'][number])}`;
    }
    text = `依据${cites}，对本案当事人${OUTCOME_TEXT[r.outcome]}`;
  } else {
    text = `本案不具有法定不予处罚或者从轻、减轻处罚的情形，${OUTCOME_TEXT[r.outcome]}`;
  }
  if (r.fineRange) {
    text += `；如给予罚款，裁量基准范围为${r.fineRange.min}元至${r.fineRange.max}元`;
  }
  if (r.educationRequired) {
    text += `；${EDUCATION}`;
  }
  for (const flag of r.flags) {
    text += `；${FLAG_TEXT[flag]}`;
  }
  return `${text}。`;
}
