/**
 * Word pools for synthetic names and addresses. Invented combinations, not real businesses or people.
 */

/** Common surnames, most frequent first (Hunan's own frequent ones — 谭, 彭, 曾, 邓, 肖, 唐, 蒋 — included). */
export const SURNAMES: readonly string[] = [
  ...'李王刘张陈杨黄周唐谭彭曾邓肖罗蒋谢胡吴赵廖欧文朱何徐孙马郭高林郑梁宋许贺龙邹段雷尹田颜袁阳向易伍苏钟汤陆毛曹',
];

/** Characters of given names, by the sex the ID number's 17th digit records. */
export const GIVEN_MALE: readonly string[] = [...'伟强磊军勇杰涛明超刚平辉华建国志鹏飞斌波宇浩俊峰文武晨东林海龙生祥松亮'];
export const GIVEN_FEMALE: readonly string[] = [...'芳娜敏静丽艳秀英玲霞燕红梅兰琴慧婷莉萍娟琳雪月凤桂菊珍玉春晓'];

/** 字号 (trade names): two characters people choose for luck and trust. */
export const BRAND_CHARS_A: readonly string[] = [...'鑫宏兴福顺金瑞嘉益康佳恒永天新荣盛长和万华隆湘舜众汇聚诚信德润'];
export const BRAND_CHARS_B: readonly string[] = [...'旺达隆源发穗丰禾民华美通盛成城元世青顺家泰昌安利祥辉鸿星邦业'];

/** Streets found in almost every Hunan county town. */
export const ROADS: readonly string[] = [
  '建设路',
  '民主路',
  '解放路',
  '人民路',
  '新华路',
  '五一路',
  '沿河路',
  '教育路',
  '向阳路',
  '迎宾大道',
  '工业园路',
  '文化路',
  '胜利路',
  '健康路',
  '车站路',
  '中山路',
  '滨江路',
  '商贸街',
];

/** 常宁市 (430482), the pilot county: its 街道 and 乡镇. */
export const CHANGNING_TOWNS: readonly string[] = [
  '宜阳街道',
  '泉峰街道',
  '培元街道',
  '水口山镇',
  '松柏镇',
  '柏坊镇',
  '烟洲镇',
  '荫田镇',
  '白沙镇',
  '西岭镇',
  '洋泉镇',
  '罗桥镇',
  '胜桥镇',
  '庙前镇',
  '大堡乡',
];

/** Invented village names for rural addresses outside 常宁市 (towns are not in the reference data). */
export const VILLAGES: readonly string[] = [
  '石桥村',
  '新塘村',
  '大塘村',
  '长冲村',
  '枫树村',
  '桥头村',
  '杨柳村',
  '竹山村',
  '茶园村',
  '上湾村',
  '荷塘村',
  '樟树村',
  '双江村',
  '黄泥村',
  '龙井村',
  '光明村',
];

/** Mobile number segments in use (MIIT allocation), so that `1[3-9]\d{9}` holds. */
export const MOBILE_PREFIXES: readonly string[] = [
  '130',
  '131',
  '132',
  '133',
  '134',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '153',
  '155',
  '156',
  '157',
  '158',
  '159',
  '166',
  '173',
  '175',
  '176',
  '177',
  '180',
  '181',
  '182',
  '183',
  '184',
  '185',
  '186',
  '187',
  '188',
  '189',
  '191',
  '193',
  '195',
  '198',
  '199',
];
