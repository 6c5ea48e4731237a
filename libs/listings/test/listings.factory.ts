/** Valid demand and outcome bodies for the api, unique per call so that searches can find exactly one. */
import { randomBytes } from 'node:crypto';

export const uniqueWord = (prefix = 'zx') => `${prefix}${randomBytes(4).toString('hex')}`;

export function futureDate(days = 90): string {
  return new Date(Date.now() + days * 86400 * 1000).toISOString().slice(0, 10);
}

export function demandBody(overrides: Record<string, unknown> = {}) {
  return {
    title: '茶叶杀青后叶片发黄打卷，求工艺改进',
    description: '我们厂的滚筒杀青机出叶后叶片发黄打卷，香气不足，夏秋茶尤其明显，想找懂工艺的专家帮忙调整温度和投叶量。',
    field: 'modern_agriculture',
    keywords: ['杀青', '发黄', '茶叶加工'],
    budgetMax: '200000.00',
    deadline: futureDate(),
    region: '331127',
    cooperationModes: ['joint_development', 'service'],
    contactName: '陈志远',
    contactPhone: '13812345678',
    contactEmail: 'chen@example.cn',
    ...overrides,
  };
}

export function outcomeBody(overrides: Record<string, unknown> = {}) {
  return {
    title: '名优绿茶连续化杀青温控技术',
    abstract: '基于多点红外测温与热风循环的连续化杀青工艺控制方法，杀青叶含水率波动小于2%，显著减少黄变与焦边，已在三家茶企中试。',
    field: 'modern_agriculture',
    keywords: ['杀青', '温控', '绿茶'],
    trl: 6,
    ipType: 'invention_patent',
    patentNumbers: ['CN201310699744.2'],
    transferModes: ['license', 'transfer'],
    askingPrice: '800000.00',
    contactName: '周明',
    contactPhone: '0577-86123456',
    contactEmail: 'tto@example.edu.cn',
    ...overrides,
  };
}
