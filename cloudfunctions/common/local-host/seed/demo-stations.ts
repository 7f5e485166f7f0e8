import type { Facility } from '@core/enums/welfare';

/**
 * 驿站 of the demo district (青山区, 武汉), GCJ-02 coordinates as WeChat's map gives them, each run by a
 * union of the demo tree. demo-staff's union runs the first one, where demo-member picks packs up.
 */
export interface DemoStation {
  id: string;
  name: string;
  address: string;
  lat: number;
  lng: number;
  hours: string;
  facilities: Facility[];
  contact: string;
  unionId: string;
}

export const demoStationId = 'st_meituan_changqing';

export const demoStations: readonly DemoStation[] = [
  {
    id: demoStationId,
    name: '美团长青站骑手驿站',
    address: '青山区长青路128号美团外卖长青站一楼',
    lat: 30.64021,
    lng: 114.38972,
    hours: '全天开放',
    facilities: ['water', 'charging', 'microwave', 'rest', 'toilet'],
    contact: '027-86801128',
    unionId: 'meituan-changqing',
  },
  {
    id: 'st_heping_ave',
    name: '和平大道户外劳动者爱心驿站',
    address: '青山区和平大道1188号区总工会一楼',
    lat: 30.63248,
    lng: 114.39581,
    hours: '08:00-22:00',
    facilities: ['water', 'charging', 'rest', 'toilet', 'firstAid'],
    contact: '027-86801188',
    unionId: 'root',
  },
  {
    id: 'st_changqing_street',
    name: '长青街道新就业群体驿站',
    address: '青山区长青路66号街道办一楼',
    lat: 30.63607,
    lng: 114.38619,
    hours: '07:30-21:30',
    facilities: ['water', 'charging', 'microwave', 'rest'],
    contact: '027-86801066',
    unionId: 'changqing-xjy',
  },
  {
    id: 'st_gangdu_eleme',
    name: '港都骑手之家',
    address: '青山区港都大道21号饿了么港都站旁',
    lat: 30.61983,
    lng: 114.40307,
    hours: '全天开放',
    facilities: ['water', 'charging', 'rest'],
    contact: '027-86802021',
    unionId: 'eleme-gangdu',
  },
  {
    id: 'st_honggang_courier',
    name: '红钢城快递小哥驿站',
    address: '青山区红钢城八街坊12号顺丰营业部旁',
    lat: 30.62834,
    lng: 114.41092,
    hours: '09:00-21:00',
    facilities: ['water', 'charging', 'toilet', 'firstAid'],
    contact: '027-86803012',
    unionId: 'sf-qingshan',
  },
  {
    id: 'st_logistics_park',
    name: '物流园货车司机之家',
    address: '青山区工业大道88号物流园综合楼一楼',
    lat: 30.64968,
    lng: 114.42103,
    hours: '全天开放',
    facilities: ['water', 'charging', 'microwave', 'toilet', 'rest', 'firstAid'],
    contact: '027-86804088',
    unionId: 'freight-drivers',
  },
];
