/**
 * The terms of a technology contract the registration form asks for, as plain data with no
 * framework (the web front end shares them through @app/rules): how the price was set, how it
 * is paid, and the contract's category within its type.
 */

/** How the price was set (定价方式): by agreement (协议定价), at the listed price (挂牌), or at auction (拍卖). */
export const DEAL_PRICINGS = ['agreement', 'listing', 'auction'] as const;
export type DealPricing = (typeof DEAL_PRICINGS)[number];
export const DEAL_PRICING_LABELS: Record<DealPricing, string> = { agreement: '协议定价', listing: '挂牌交易', auction: '拍卖' };

/** 支付方式 as the technology contract registration form asks it. */
export const PAYMENT_MODES = ['一次总付', '分期支付', '提成支付', '其他'] as const;
export type PaymentMode = (typeof PAYMENT_MODES)[number];

/**
 * 合同类别 below the contract type, as the technology contract registration form (技术合同认定
 * 登记, 《技术合同认定规则》) asks it: development by commission or in cooperation, and the object
 * of a transfer or a licence (the law's 专利权, 专利申请权, 技术秘密 and the other rights it names).
 */
export const CONTRACT_SUBTYPES = {
  development: ['委托开发', '合作开发'],
  transfer: ['专利权', '专利申请权', '技术秘密', '计算机软件著作权', '集成电路布图设计专有权', '植物新品种权', '其他'],
  license: ['专利权', '技术秘密', '计算机软件著作权', '集成电路布图设计专有权', '植物新品种权', '其他'],
  consulting: ['可行性论证', '技术预测', '专题技术调查', '分析评价报告', '其他'],
  service: ['一般技术服务', '技术培训', '技术中介', '其他'],
} as const satisfies Record<string, readonly string[]>;
