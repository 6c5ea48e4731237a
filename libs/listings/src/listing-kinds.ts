/**
 * Listing kinds, their lifecycle and the labels users see. Demands (技术需求) and outcomes
 * (科技成果) share one lifecycle: pending → published | rejected → closed | fulfilled; a
 * published listing its owner does not reconfirm expires (and comes back when reconfirmed).
 */
export const LISTING_KINDS = ['demand', 'outcome'] as const;
export type ListingKind = (typeof LISTING_KINDS)[number];

export const LISTING_KIND_LABELS: Record<ListingKind, string> = {
  demand: '技术需求',
  outcome: '科技成果',
};

export const LISTING_STATUSES = ['pending', 'published', 'rejected', 'closed', 'fulfilled', 'expired'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export const LISTING_STATUS_LABELS: Record<ListingStatus, string> = {
  pending: '待审核',
  published: '已发布',
  rejected: '已驳回',
  closed: '已关闭',
  fulfilled: '已成交',
  expired: '已过期',
};

/** Statuses an owner may still edit or close; closed and fulfilled listings are final. */
export const OPEN_STATUSES: readonly ListingStatus[] = ['pending', 'published', 'rejected', 'expired'];

/** Intellectual-property types of an outcome. */
export const IP_TYPES = [
  'invention_patent',
  'utility_model',
  'design_patent',
  'software_copyright',
  'ic_layout',
  'plant_variety',
  'know_how',
  'other',
] as const;
export type IpType = (typeof IP_TYPES)[number];

export const IP_TYPE_LABELS: Record<IpType, string> = {
  invention_patent: '发明专利',
  utility_model: '实用新型专利',
  design_patent: '外观设计专利',
  software_copyright: '软件著作权',
  ic_layout: '集成电路布图设计',
  plant_variety: '植物新品种权',
  know_how: '技术秘密',
  other: '其他',
};
