/**
 * A seeded generator of realistic 市场主体 (demo data, tests, benchmarks). Pure and fast: no I/O, the
 * same seed gives the same sequence, codes never repeat within one generator (the organisation part
 * of the USCC comes from a counter).
 */
import { HUNAN_COUNTIES, regionName } from '../reference/regions';
import { USCC_ALPHABET, usccCheckCharacter } from '../uscc/uscc';

export interface SyntheticEntity {
  uscc: string;
  name: string;
  entityType: 'enterprise' | 'individual_business' | 'organization';
  legalRepresentative: string;
  legalRepresentativeIdNo: string | null;
  contactPhone: string | null;
  industryCode: string;
  address: string;
  regionCode: string;
  establishedOn: string | null;
  newBusinessForm: boolean;
}

export interface GeneratorOptions {
  /** Regions to draw from (default: every county of Hunan). */
  regionCodes?: readonly string[];
  /** Share of entities with a legal representative's ID number (default 0.3; registry exports rarely carry it). */
  idNoRatio?: number;
  /** Share with a contact phone (default 0.6). */
  phoneRatio?: number;
}

/** mulberry32: a small, fast 32-bit PRNG, good enough for test data (not for anything secret). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Industry mix of a county registry: retail and catering first, then manufacturing, transport, services. */
const INDUSTRY_WEIGHTS: [string, number, string[]][] = [
  ['F521', 14, ['超市', '便利店', '百货商行']],
  ['F522', 8, ['食品店', '粮油店', '烟酒商行', '副食店']],
  ['F525', 4, ['大药房', '药店', '医药连锁店']],
  ['F512', 3, ['食品贸易', '粮油贸易', '副食批发部']],
  ['F515', 1, ['医药贸易', '医疗器械经营部']],
  ['H621', 9, ['酒家', '饭店', '农家乐', '土菜馆']],
  ['H622', 6, ['快餐店', '米粉店', '早餐店', '面馆']],
  ['H623', 2, ['奶茶店', '茶饮店']],
  ['H629', 2, ['小吃店', '烧烤店']],
  ['H612', 2, ['宾馆', '旅社', '酒店']],
  ['C13', 3, ['米业', '油脂', '肉食品加工厂']],
  ['C14', 3, ['食品', '糕点坊', '豆制品厂']],
  ['C15', 2, ['酒业', '茶业', '饮品']],
  ['C27', 1, ['制药', '中药饮片']],
  ['C30', 2, ['建材', '水泥制品厂']],
  ['C33', 2, ['五金制品', '金属结构件厂']],
  ['G543', 5, ['货运', '物流', '运输']],
  ['G542', 1, ['客运']],
  ['E50', 3, ['装饰工程', '建筑装修']],
  ['O80', 4, ['美容美发店', '洗浴中心', '家政服务部']],
  ['O81', 3, ['汽车修理厂', '家电维修部']],
  ['L72', 3, ['商务咨询', '广告', '劳务服务']],
  ['I65', 2, ['网络科技', '信息技术']],
  ['A01', 3, ['种植专业合作社', '农业开发']],
  ['A03', 2, ['养殖专业合作社', '生态养殖场']],
  ['Q84', 2, ['诊所', '口腔门诊部']],
  ['R90', 1, ['KTV', '网吧']],
  ['P83', 1, ['培训学校']],
];
const TOTAL_WEIGHT = INDUSTRY_WEIGHTS.reduce((s, w) => s + w[1], 0);

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢傅钟谭廖邹';
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '涛',
  '明',
  '超',
  '秀英',
  '建国',
  '志强',
  '桂兰',
  '国华',
  '红梅',
  '海燕',
  '建华',
  '小龙',
  '文斌',
  '德明',
  '春生',
  '晓东',
  '丽华',
];
const BRAND = [
  '鑫旺',
  '宏达',
  '兴隆',
  '福源',
  '顺发',
  '金穗',
  '湘南',
  '舜达',
  '瑞丰',
  '嘉禾',
  '益民',
  '康华',
  '佳美',
  '恒通',
  '永盛',
  '天成',
  '新城',
  '培元',
  '宜阳',
  '泉峰',
  '荣华',
  '盛世',
  '长青',
  '和顺',
  '万家',
  '华泰',
  '隆昌',
  '兴旺',
  '美佳',
  '优品',
];
const STREETS = [
  '建设路',
  '民主路',
  '解放路',
  '青阳路',
  '宜阳路',
  '新华路',
  '五一路',
  '人民路',
  '沿河路',
  '教育路',
  '迎宾大道',
  '向阳路',
  '工业园路',
];
const TOWNS = [
  '宜阳街道',
  '泉峰街道',
  '培元街道',
  '水口山镇',
  '柏坊镇',
  '洋泉镇',
  '烟洲镇',
  '荫田镇',
  '白沙镇',
  '西岭镇',
  '胜桥镇',
  '罗桥镇',
  '庙前镇',
  '大堡乡',
];
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** A 居民身份证号 with a valid GB 11643-1999 check digit. */
function idNumber(region: string, birth: string, seq: number): string {
  const body = `${region}${birth.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += Number(body[i]) * (ID_WEIGHTS[i] as number);
  }
  return body + ID_CHECK[sum % 11];
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function createEntityGenerator(seed: number, options: GeneratorOptions = {}) {
  const rnd = mulberry32(seed);
  const regions = options.regionCodes ?? HUNAN_COUNTIES.map((c) => c.code);
  const idNoRatio = options.idNoRatio ?? 0.3;
  const phoneRatio = options.phoneRatio ?? 0.6;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  let counter = Math.floor(rnd() * 1_000_000);
  const date = (from: number, to: number) => {
    const y = from + Math.floor(rnd() * (to - from + 1));
    const m = 1 + Math.floor(rnd() * 12);
    const d = 1 + Math.floor(rnd() * (DAYS[m - 1] as number));
    return `${y}-${two(m)}-${two(d)}`;
  };
  return {
    next(): SyntheticEntity {
      const region = pick(regions);
      const place = (regionName(region) ?? '').replace(/(市|县|区)$/, '');
      let w = rnd() * TOTAL_WEIGHT;
      let chosen = INDUSTRY_WEIGHTS[0] as (typeof INDUSTRY_WEIGHTS)[number];
      for (const entry of INDUSTRY_WEIGHTS) {
        w -= entry[1];
        if (w <= 0) {
          chosen = entry;
          break;
        }
      }
      const [industryCode, , kinds] = chosen;
      const kind = pick(kinds);
      const r = rnd();
      const isCoop = kind.includes('合作社');
      const entityType = isCoop ? 'organization' : r < 0.45 ? 'individual_business' : 'enterprise';
      const brand = pick(BRAND);
      const name =
        entityType === 'individual_business'
          ? `${place}${rnd() < 0.5 ? pick(TOWNS) : ''}${brand}${kind}`
          : entityType === 'organization'
            ? `${place}${brand}${kind}`
            : rnd() < 0.2
              ? `湖南${brand}${kind}有限公司`
              : `${place}${brand}${kind}有限公司`;
      // USCC: 9 (市场监管登记) + 1/2/3-type, the region, then a 9-character organisation code from a counter.
      const typeDigit = entityType === 'individual_business' ? '2' : entityType === 'organization' ? '3' : '1';
      counter++;
      let n = counter;
      let org = '';
      for (let k = 0; k < 8; k++) {
        org = USCC_ALPHABET[n % 31] + org;
        n = Math.floor(n / 31);
      }
      const body = `9${typeDigit}${region}M${org}`;
      const uscc = body + usccCheckCharacter(body);
      const legalRepresentative = pick([...SURNAMES]) + pick(GIVEN);
      const birth = date(1955, 2000);
      return {
        uscc,
        name,
        entityType,
        legalRepresentative,
        legalRepresentativeIdNo: rnd() < idNoRatio ? idNumber(region, birth, Math.floor(rnd() * 1000)) : null,
        contactPhone:
          rnd() < phoneRatio
            ? `1${pick(['35', '36', '37', '38', '39', '50', '51', '58', '59', '77', '80', '86', '87', '88', '89', '99'])}${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`
            : null,
        industryCode,
        address: `湖南省${regionName(region) ?? ''}${pick(TOWNS)}${pick(STREETS)}${1 + Math.floor(rnd() * 300)}号`,
        regionCode: region,
        establishedOn: date(1995, 2025),
        newBusinessForm: industryCode.startsWith('I') || industryCode === 'H624' ? rnd() < 0.5 : rnd() < 0.02,
      };
    },
  };
}
