import type { Occupation } from '@core/enums/occupation';
import type { UnionDoc } from '../../collections/unions.collection';

/**
 * The demo union tree of 青山区 (a district of 武汉): the district federation, one street union and two
 * industry federations above eight grassroots unions that accept members. Ids are readable slugs so
 * URLs and test failures say which union they mean.
 */
export interface DemoUnion {
  id: string;
  name: string;
  parentId: string | null;
  level: UnionDoc['level'];
  area: string;
  address: string | null;
  /** `2019-04-28`, Asia/Shanghai. */
  founded: string;
  /** Grassroots unions of one depot or hub organize one occupation group; street unions take everyone. */
  mainOccupation?: Occupation;
}

export const rootUnionId = 'root';
/** The grassroots union demo-staff serves (reviewer + operator) and demo-member belongs to. */
export const staffUnionId = 'meituan-changqing';
/** The riders' union of another platform's depot, served by demo-staff-2: where demo-member can transfer to. */
export const secondStaffUnionId = 'eleme-gangdu';
/** Another grassroots union, in a different branch: its applications must stay out of demo-staff's view. */
export const otherUnionId = 'sf-qingshan';

export const demoUnions: readonly DemoUnion[] = [
  { id: rootUnionId, name: '青山区总工会', parentId: null, level: 'district', area: '青山区', address: '青山区和平大道1188号', founded: '1955-06-01' },
  { id: 'changqing-street', name: '长青街道总工会', parentId: rootUnionId, level: 'street', area: '青山区长青街道', address: '青山区长青路66号街道办二楼', founded: '2003-09-15' },
  { id: 'express-industry', name: '青山区快递物流行业工会联合会', parentId: rootUnionId, level: 'industry', area: '青山区', address: '青山区工业大道88号物流园综合楼', founded: '2018-11-20' },
  { id: 'food-delivery-industry', name: '青山区网约送餐行业工会联合会', parentId: rootUnionId, level: 'industry', area: '青山区', address: '青山区和平大道1188号区总工会三楼', founded: '2019-04-28' },
  { id: staffUnionId, name: '青山区美团外卖长青站点工会', parentId: 'food-delivery-industry', level: 'grassroots', area: '青山区长青街道', address: '青山区长青路128号美团外卖长青站', founded: '2020-07-10', mainOccupation: 'rider' },
  { id: 'eleme-gangdu', name: '青山区饿了么港都站点工会', parentId: 'food-delivery-industry', level: 'grassroots', area: '青山区港都街道', address: '青山区港都大道21号', founded: '2021-03-18', mainOccupation: 'rider' },
  { id: otherUnionId, name: '顺丰速运青山营业部工会', parentId: 'express-industry', level: 'grassroots', area: '青山区红钢城街道', address: '青山区红钢城八街坊12号', founded: '2019-08-06', mainOccupation: 'courier' },
  { id: 'zto-qingshan', name: '中通快递青山分拨中心工会', parentId: 'express-industry', level: 'grassroots', area: '青山区工人村街道', address: '青山区工业大道88号物流园B区', founded: '2020-12-02', mainOccupation: 'courier' },
  { id: 'freight-drivers', name: '青山区货运司机联合工会', parentId: 'express-industry', level: 'grassroots', area: '青山区', address: '青山区临江大道货运停车场服务中心', founded: '2021-09-23', mainOccupation: 'trucker' },
  { id: 'changqing-xjy', name: '长青街道新就业形态劳动者联合工会', parentId: 'changqing-street', level: 'grassroots', area: '青山区长青街道', address: '青山区长青路66号街道办一楼', founded: '2022-05-01' },
  { id: 'changqing-security', name: '长青街道物业保安联合工会', parentId: 'changqing-street', level: 'grassroots', area: '青山区长青街道', address: '青山区长青路66号街道办一楼', founded: '2021-06-16', mainOccupation: 'security' },
  { id: 'changqing-domestic', name: '长青街道家政服务员联合工会', parentId: 'changqing-street', level: 'grassroots', area: '青山区长青街道', address: '青山区长青社区服务中心', founded: '2023-03-08', mainOccupation: 'domestic' },
];

export const demoUnionById = (id: string): DemoUnion => {
  const union = demoUnions.find((candidate) => candidate.id === id);
  if (!union) throw new Error(`no demo union ${id}`);
  return union;
};

/** `/root/food-delivery-industry/meituan-changqing/`, walked up the definitions above. */
export const demoUnionPathOf = (id: string): string => {
  const union = demoUnionById(id);
  return `${union.parentId ? demoUnionPathOf(union.parentId) : '/'}${union.id}/`;
};
