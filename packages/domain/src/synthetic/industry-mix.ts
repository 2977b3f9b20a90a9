/**
 * The industry mix of a county registry, and the words a name takes in each industry. Weights are
 * relative; they put retail, catering, food, small manufacturing, transport and household services
 * first, as a county's 市场主体 are (about two in three are 个体工商户).
 */

/** One industry of the mix. */
export interface IndustryProfile {
  /** GB/T 4754-2017 code listed in INDUSTRIES (a division or a group). */
  code: string;
  weight: number;
  /** Share of 个体工商户; the rest are enterprises (or cooperatives when `cooperative` is set). */
  individualShare: number;
  /** 个体工商户 name endings: 行业 + 组织形式 (`米粉店`). */
  individual: readonly string[];
  /** Enterprise 行业 words before `有限公司` (`餐饮管理`). */
  enterprise: readonly string[];
  /** 农民专业合作社: share of the non-individual entities and the name endings. */
  cooperative?: { share: number; names: readonly string[] };
  /** Probability of 新业态新模式 (platform, delivery, e-commerce and online services lead). */
  newBusinessForm: number;
}

const p = (
  code: string,
  weight: number,
  individualShare: number,
  individual: readonly string[],
  enterprise: readonly string[],
  newBusinessForm = 0.01,
  cooperative?: IndustryProfile['cooperative'],
): IndustryProfile => ({ code, weight, individualShare, individual, enterprise, newBusinessForm, cooperative });

export const INDUSTRY_MIX: readonly IndustryProfile[] = [
  // Retail (零售业)
  p('F521', 12, 0.85, ['超市', '便利店', '百货商店', '日杂店'], ['商贸', '超市']),
  p('F522', 8, 0.92, ['副食店', '食品店', '粮油店', '烟酒商行', '水果店', '茶叶店'], ['食品商贸', '粮油']),
  p('F523', 4, 0.92, ['服装店', '鞋店', '童装店', '床上用品店'], ['服饰']),
  p('F525', 4, 0.55, ['大药房', '药店', '医药商店'], ['大药房', '医药连锁']),
  p('F526', 1, 0.55, ['摩托车行', '汽车配件店', '电动车行'], ['汽车销售服务', '汽车贸易']),
  p('F527', 2, 0.85, ['家电商行', '手机店', '电器商行'], ['电器', '通讯设备']),
  p('F528', 3, 0.8, ['五金店', '建材商行', '灯饰店', '瓷砖店'], ['建材', '五金机电']),
  p('F529', 2, 0.85, ['网店', '商贸部', '便民服务部'], ['电子商务'], 0.3),
  // Wholesale (批发业)
  p('F512', 3, 0.45, ['副食批发部', '粮油批发部', '酒水批发部'], ['食品贸易', '粮油贸易', '副食品贸易']),
  p('F515', 1, 0.15, ['医疗器械经营部'], ['医药', '医疗器械']),
  p('F516', 1, 0.3, ['建材批发部'], ['建材贸易', '化工贸易']),
  p('F517', 1, 0.4, ['农机经营部', '五金批发部'], ['机电设备', '农机']),
  // Catering and lodging (住宿和餐饮业)
  p('H621', 8, 0.88, ['饭店', '酒家', '土菜馆', '农家乐', '餐馆', '鱼庄'], ['餐饮', '餐饮管理']),
  p('H622', 6, 0.95, ['快餐店', '米粉店', '面馆', '早餐店', '粉面馆'], ['餐饮管理']),
  p('H623', 2, 0.95, ['奶茶店', '茶饮店', '咖啡馆'], ['餐饮管理', '茶饮']),
  p('H624', 1, 0.6, ['外卖店', '盒饭配送店'], ['餐饮配送', '团餐配送'], 0.4),
  p('H629', 2, 0.97, ['小吃店', '烧烤店', '卤味店'], ['餐饮']),
  p('H612', 2, 0.8, ['宾馆', '旅社', '招待所'], ['酒店管理', '宾馆']),
  p('H613', 1, 0.85, ['民宿', '客栈'], ['民宿管理', '文化旅游'], 0.05),
  // Food, drink and drug manufacturing (C13, C14, C15, C27)
  p('C131', 1, 0.5, ['碾米厂', '米厂'], ['米业', '粮食加工']),
  p('C133', 1, 0.5, ['榨油坊', '油茶坊'], ['油脂', '油茶']),
  p('C135', 1, 0.45, ['肉食加工坊', '屠宰场'], ['肉类食品', '食品']),
  p('C139', 1, 0.8, ['豆腐坊', '豆制品坊', '米粉加工坊'], ['食品', '豆制品']),
  p('C141', 1, 0.8, ['糕点坊', '面包店', '饼店'], ['食品', '烘焙']),
  p('C146', 1, 0.6, ['酱园', '辣椒酱坊'], ['调味品', '食品']),
  p('C151', 1, 0.6, ['酒坊', '酿酒坊'], ['酒业', '酿造']),
  p('C153', 1, 0.5, ['茶厂', '制茶坊'], ['茶业', '茶叶']),
  p('C273', 0.5, 0, [], ['中药饮片', '药业']),
  p('C274', 0.3, 0, [], ['制药', '药业']),
  // Other manufacturing
  p('C18', 1, 0.6, ['制衣厂', '服装加工店'], ['服饰', '制衣']),
  p('C20', 1, 0.6, ['木材加工厂', '竹木加工厂'], ['木业', '竹木制品']),
  p('C21', 1, 0.6, ['家具厂', '家具加工店'], ['家具']),
  p('C30', 2, 0.45, ['水泥制品厂', '砖厂', '石材加工厂'], ['建材', '新型建材', '矿业']),
  p('C33', 2, 0.5, ['铝合金加工店', '门窗加工店', '五金加工厂'], ['金属制品', '钢结构', '门窗']),
  // Construction, transport
  p('E47', 1, 0, [], ['建筑工程', '建设工程']),
  p('E48', 0.5, 0, [], ['路桥工程', '水利建设工程']),
  p('E50', 2, 0.35, ['装饰部', '水电安装部'], ['装饰工程', '建筑装饰']),
  p('G543', 5, 0.6, ['货运部', '搬家服务部'], ['物流', '运输', '货运']),
  p('G542', 0.5, 0, [], ['客运', '汽车运输']),
  p('G544', 0.5, 0.6, ['停车场', '汽车服务站'], ['汽车服务']),
  // Household, repair and business services
  p('O801', 1, 0.7, ['家政服务部'], ['家政服务'], 0.05),
  p('O804', 4, 0.96, ['理发店', '美容美发店', '美甲店'], ['美容', '形象设计']),
  p('O805', 1, 0.85, ['足浴店', '养生馆'], ['健康管理', '养生']),
  p('O806', 0.5, 0.9, ['照相馆', '摄影店'], ['文化传媒']),
  p('O811', 3, 0.85, ['汽车修理厂', '汽车美容店', '摩托车修理店'], ['汽车服务', '汽车维修']),
  p('O813', 1, 0.95, ['家电维修部'], ['电器维修']),
  p('L72', 3, 0.25, ['广告部', '图文广告店'], ['商务咨询', '企业管理', '劳务', '广告传媒'], 0.1),
  p('I65', 1.5, 0.1, ['电脑服务部'], ['网络科技', '信息技术', '科技'], 0.35),
  p('K70', 1, 0, [], ['房地产开发', '物业管理']),
  p('R90', 1, 0.75, ['歌厅', '网吧', '棋牌室'], ['文化娱乐']),
  p('P83', 0.5, 0.2, ['培训中心'], ['教育咨询', '教育科技']),
  // Agriculture: cooperatives and farms
  p('A01', 3, 0.25, ['种植场', '家庭农场'], ['农业开发', '生态农业'], 0.02, {
    share: 0.7,
    names: ['种植专业合作社', '油茶专业合作社', '果蔬专业合作社', '水稻种植专业合作社'],
  }),
  p('A03', 2, 0.35, ['养殖场', '家庭农场'], ['生态养殖', '牧业'], 0.01, {
    share: 0.6,
    names: ['养殖专业合作社', '生猪养殖专业合作社', '畜禽养殖专业合作社'],
  }),
];
