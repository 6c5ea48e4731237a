/**
 * Demo organizations and users for a newcomer's first start. Written for techmarket: the
 * names are invented, the credit codes are valid (checksummed) but fictitious.
 */
export const DEMO_PASSWORD = 'Demo2026market';

export interface DemoOrganization {
  key: string;
  name: string;
  type: 'enterprise' | 'institution';
  creditCode: string;
  region: string;
  verified: boolean;
  user: { email: string; displayName: string };
}

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    key: 'tea',
    name: '青岚云雾茶业有限公司',
    type: 'enterprise',
    creditCode: '91331127MA28QL001B',
    region: '331127',
    verified: true,
    user: { email: 'tea@demo.techmarket.cn', displayName: '陈志远' },
  },
  {
    key: 'machinery',
    name: '青岚精工机械制造有限公司',
    type: 'enterprise',
    creditCode: '91331127MA28QL002E',
    region: '331127',
    verified: true,
    user: { email: 'machinery@demo.techmarket.cn', displayName: '王海峰' },
  },
  {
    key: 'eco',
    name: '青岚绿源环保科技有限公司',
    type: 'enterprise',
    creditCode: '91331127MA28QL003H',
    region: '331127',
    verified: false,
    user: { email: 'eco@demo.techmarket.cn', displayName: '李娜' },
  },
  {
    key: 'university',
    name: '东瓯理工大学',
    type: 'institution',
    creditCode: '12331127MB00000017',
    region: '330300',
    verified: true,
    user: { email: 'tto@demo.techmarket.cn', displayName: '周明' },
  },
  {
    key: 'agri',
    name: '浙南农业科学研究院',
    type: 'institution',
    creditCode: '12331127MB0000002A',
    region: '331100',
    verified: true,
    user: { email: 'agri@demo.techmarket.cn', displayName: '吴晓燕' },
  },
];

export const DEMO_BUREAU = { email: 'bureau@demo.techmarket.cn', password: 'Qinglan2026kj' };
