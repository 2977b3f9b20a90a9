/**
 * GB/T 2260 行政区划代码 of Hunan province: the province, its 14 prefecture-level divisions and its 122
 * county-level divisions (as published by the Ministry of Civil Affairs; 祁阳市 since 2021, 邵东市
 * since 2019, 渌口区 since 2018, 宁乡市 since 2017).
 */
export interface Region {
  /** Six digits. */
  code: string;
  name: string;
  /** The code of the division above; null for the province. */
  parent: string | null;
  /** 1 province, 2 prefecture level, 3 county level (市辖区, 县, 县级市, 自治县). */
  level: 1 | 2 | 3;
}

const PREFECTURES: [string, string, string][] = [
  [
    '430100',
    '长沙市',
    '430102 芙蓉区,430103 天心区,430104 岳麓区,430105 开福区,430111 雨花区,430112 望城区,430121 长沙县,430181 浏阳市,430182 宁乡市',
  ],
  [
    '430200',
    '株洲市',
    '430202 荷塘区,430203 芦淞区,430204 石峰区,430211 天元区,430212 渌口区,430223 攸县,430224 茶陵县,430225 炎陵县,430281 醴陵市',
  ],
  ['430300', '湘潭市', '430302 雨湖区,430304 岳塘区,430321 湘潭县,430381 湘乡市,430382 韶山市'],
  [
    '430400',
    '衡阳市',
    '430405 珠晖区,430406 雁峰区,430407 石鼓区,430408 蒸湘区,430412 南岳区,430421 衡阳县,430422 衡南县,430423 衡山县,430424 衡东县,430426 祁东县,430481 耒阳市,430482 常宁市',
  ],
  [
    '430500',
    '邵阳市',
    '430502 双清区,430503 大祥区,430511 北塔区,430522 新邵县,430523 邵阳县,430524 隆回县,430525 洞口县,430527 绥宁县,430528 新宁县,430529 城步苗族自治县,430581 武冈市,430582 邵东市',
  ],
  [
    '430600',
    '岳阳市',
    '430602 岳阳楼区,430603 云溪区,430611 君山区,430621 岳阳县,430623 华容县,430624 湘阴县,430626 平江县,430681 汨罗市,430682 临湘市',
  ],
  [
    '430700',
    '常德市',
    '430702 武陵区,430703 鼎城区,430721 安乡县,430722 汉寿县,430723 澧县,430724 临澧县,430725 桃源县,430726 石门县,430781 津市市',
  ],
  ['430800', '张家界市', '430802 永定区,430811 武陵源区,430821 慈利县,430822 桑植县'],
  ['430900', '益阳市', '430902 资阳区,430903 赫山区,430921 南县,430922 桃江县,430923 安化县,430981 沅江市'],
  [
    '431000',
    '郴州市',
    '431002 北湖区,431003 苏仙区,431021 桂阳县,431022 宜章县,431023 永兴县,431024 嘉禾县,431025 临武县,431026 汝城县,431027 桂东县,431028 安仁县,431081 资兴市',
  ],
  [
    '431100',
    '永州市',
    '431102 零陵区,431103 冷水滩区,431122 东安县,431123 双牌县,431124 道县,431125 江永县,431126 宁远县,431127 蓝山县,431128 新田县,431129 江华瑶族自治县,431181 祁阳市',
  ],
  [
    '431200',
    '怀化市',
    '431202 鹤城区,431221 中方县,431222 沅陵县,431223 辰溪县,431224 溆浦县,431225 会同县,431226 麻阳苗族自治县,431227 新晃侗族自治县,431228 芷江侗族自治县,431229 靖州苗族侗族自治县,431230 通道侗族自治县,431281 洪江市',
  ],
  ['431300', '娄底市', '431302 娄星区,431321 双峰县,431322 新化县,431381 冷水江市,431382 涟源市'],
  [
    '433100',
    '湘西土家族苗族自治州',
    '433101 吉首市,433122 泸溪县,433123 凤凰县,433124 花垣县,433125 保靖县,433126 古丈县,433127 永顺县,433130 龙山县',
  ],
];

/** The province, then each prefecture followed by its counties, in code order. */
export const REGIONS: readonly Region[] = [
  { code: '430000', name: '湖南省', parent: null, level: 1 },
  ...PREFECTURES.flatMap(([code, name, counties]) => [
    { code, name, parent: '430000', level: 2 as const },
    ...counties.split(',').map((c) => {
      const [cc, cn] = c.split(' ') as [string, string];
      return { code: cc, name: cn, parent: code, level: 3 as const };
    }),
  ]),
];

/** The 122 county-level divisions. */
export const HUNAN_COUNTIES: readonly Region[] = REGIONS.filter((r) => r.level === 3);

const BY_CODE = new Map(REGIONS.map((r) => [r.code, r]));

/** The name of a listed region (`430482` → `常宁市`), or null. */
export function regionName(code: string): string | null {
  return BY_CODE.get(code)?.name ?? null;
}

/** The listed region with this code, or null. */
export function regionOf(code: string): Region | null {
  return BY_CODE.get(code) ?? null;
}

/**
 * The name from the province down, as an address writes it (`430482` → `湖南省衡阳市常宁市`); null when
 * the code is not listed.
 */
export function regionFullName(code: string): string | null {
  let r = BY_CODE.get(code);
  if (!r) {
    return null;
  }
  let name = '';
  while (r) {
    name = r.name + name;
    r = r.parent === null ? undefined : BY_CODE.get(r.parent);
  }
  return name;
}

/** The county-level divisions a code covers: itself for a county, its counties for a prefecture or the province. */
export function countiesUnder(code: string): readonly Region[] {
  const r = BY_CODE.get(code);
  if (!r) {
    return [];
  }
  if (r.level === 3) {
    return [r];
  }
  return r.level === 2 ? HUNAN_COUNTIES.filter((c) => c.parent === r.code) : HUNAN_COUNTIES;
}
