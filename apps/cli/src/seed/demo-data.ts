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
  {
    key: 'electronics',
    name: '青岚智联电子科技有限公司',
    type: 'enterprise',
    creditCode: '91331127MA28QL004L',
    region: '331127',
    verified: true,
    user: { email: 'electronics@demo.techmarket.cn', displayName: '徐建国' },
  },
  {
    key: 'solar',
    name: '青岚光能新能源有限公司',
    type: 'enterprise',
    creditCode: '91331127MA28QL005P',
    region: '331127',
    verified: true,
    user: { email: 'solar@demo.techmarket.cn', displayName: '郑丽华' },
  },
  {
    key: 'pharma',
    name: '青岚本草生物制药有限公司',
    type: 'enterprise',
    creditCode: '91331127MA28QL006T',
    region: '331127',
    verified: true,
    user: { email: 'pharma@demo.techmarket.cn', displayName: '蒋文斌' },
  },
  {
    key: 'bamboo',
    name: '青岚竹木新材料有限公司',
    type: 'enterprise',
    creditCode: '91331127MA28QL007X',
    region: '331127',
    verified: false,
    user: { email: 'bamboo@demo.techmarket.cn', displayName: '叶小兵' },
  },
  {
    key: 'farm',
    name: '青岚高山果蔬专业合作社',
    type: 'enterprise',
    creditCode: '93331127MA28QL008T',
    region: '331127',
    verified: true,
    user: { email: 'farm@demo.techmarket.cn', displayName: '雷春生' },
  },
  {
    key: 'materials',
    name: '浙南新材料与能源研究院',
    type: 'institution',
    creditCode: '12331127MB0000003D',
    region: '331100',
    verified: true,
    user: { email: 'materials@demo.techmarket.cn', displayName: '孙立群' },
  },
  {
    key: 'medical',
    name: '东瓯医科大学',
    type: 'institution',
    creditCode: '12331127MB0000004G',
    region: '330300',
    verified: true,
    user: { email: 'medical@demo.techmarket.cn', displayName: '林若曦' },
  },
];

export const DEMO_BUREAU = { email: 'bureau@demo.techmarket.cn', password: 'Qinglan2026kj' };
