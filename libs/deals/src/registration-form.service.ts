import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { CONTRACT_TYPE_LABELS, FIELD_LABELS, formatFen, type ContractType } from '@app/common';
import { AppConfig } from '@app/config';
import type { Caller } from './deal-intake.service.js';
import { DEAL_PRICING_LABELS, DEAL_STATUS_LABELS } from './deal.entity.js';
import { DealQueriesService } from './deal-queries.service.js';
import { dealStateConflict } from './deals.errors.js';
import type { ExportFile } from './exports.service.js';
import { RegistrationFormRepository } from './registration-form.repository.js';
import { AccountsService, type Organization } from '@app/accounts';

/** What the form follows; the README says the same. */
export const REGISTRATION_FORM_BASIS =
  '《技术合同认定登记管理办法》（国科发政字〔2000〕063号）与《技术合同认定规则》（国科发政字〔2001〕253号）所附技术合同登记表';

/** The stages at which both parties have agreed: the form goes to the registration office from here on. */
const FORM_STATUSES = ['confirmed', 'registered', 'recorded'] as const;

/** How the Civil Code names the two parties of each technology contract (buyer first). */
const PARTY_ROLES: Record<ContractType, [string, string]> = {
  development: ['委托方', '受托方'],
  transfer: ['受让方', '让与方'],
  license: ['被许可方', '许可方'],
  consulting: ['委托方', '受托方（顾问方）'],
  service: ['委托方', '受托方'],
};

export interface RegistrationFormParty {
  role: string;
  name: string;
  creditCode: string;
  region: string;
  contactName: string | null;
  contactPhone: string | null;
}

export interface RegistrationForm {
  form: string;
  basis: string;
  dealId: string;
  status: string;
  statusLabel: string;
  registrationNo: string | null;
  contract: {
    name: string;
    contractType: ContractType;
    contractTypeLabel: string;
    contractSubtype: string | null;
    field: string;
    fieldLabel: string;
    pricing: string;
    pricingLabel: string;
    signedAt: string;
    termStart: string | null;
    termEnd: string | null;
    paymentMode: string | null;
    amount: string;
    technologyAmount: string;
    large: boolean;
  };
  buyer: RegistrationFormParty;
  seller: RegistrationFormParty;
  registrar: { name: string; creditCode: string; region: string };
  sources: {
    demand: { id: string; title: string } | null;
    outcome: { id: string; title: string; ipType: string | null; patentNumbers: string[] } | null;
    inquiry: { id: string; listingKind: string; listingTitle: string; openedAt: string } | null;
  };
}

/**
 * The 认定登记 package (GET /deals/:id/registration-form): a confirmed (or later) deal
 * pre-filled as the technology contract registration form asks — contract name, type per the
 * Civil Code with its category, both parties with credit codes, regions and contacts, 成交额 and
 * 技术交易额, signing date and term, payment mode, and the listings and inquiry it came from —
 * for the parties and the bureau, as JSON or XLSX.
 */
@Injectable()
export class RegistrationFormService {
  constructor(
    private readonly queries: DealQueriesService,
    private readonly repo: RegistrationFormRepository,
    private readonly accounts: AccountsService,
    private readonly config: AppConfig,
  ) {}

  async form(caller: Caller, id: string): Promise<RegistrationForm> {
    const view = await this.queries.get(caller, id);
    const deal = view.deal;
    if (!(FORM_STATUSES as readonly string[]).includes(deal.status)) {
      throw dealStateConflict(deal.status, DEAL_STATUS_LABELS[deal.status], 'given a registration form before both parties confirmed it');
    }
    const [orgs, listings, inquiry, buyerActor, sellerActor] = await Promise.all([
      this.accounts.findOrganizations({ ids: [deal.buyerOrgId, deal.sellerOrgId] }),
      this.repo.listings(deal.demandId, deal.outcomeId),
      this.repo.inquiry(deal.inquiryId),
      this.repo.actingMember(deal.id, deal.buyerOrgId),
      this.repo.actingMember(deal.id, deal.sellerOrgId),
    ]);
    const demand = listings.find((l) => l.kind === 'demand') ?? null;
    const outcome = listings.find((l) => l.kind === 'outcome') ?? null;
    const [buyerRole, sellerRole] =
      deal.contractType === 'development' && deal.contractSubtype === '合作开发' ? ['合作方', '合作方'] : PARTY_ROLES[deal.contractType];
    const party = (orgId: string, role: string, listing: typeof demand, actor: string | null): RegistrationFormParty => {
      const org = orgs.find((o) => o.id === orgId) as Organization;
      return {
        role,
        name: org.name,
        creditCode: org.creditCode,
        region: org.region,
        contactName: listing?.contactName ?? actor,
        contactPhone: listing?.contactPhone ?? null,
      };
    };
    const typeLabel = CONTRACT_TYPE_LABELS[deal.contractType];
    return {
      form: '技术合同登记表',
      basis: REGISTRATION_FORM_BASIS,
      dealId: deal.id,
      status: deal.status,
      statusLabel: DEAL_STATUS_LABELS[deal.status],
      registrationNo: deal.registrationNo,
      contract: {
        name: deal.title ?? (outcome ? `${outcome.title}${typeLabel}合同` : `${typeLabel}合同`),
        contractType: deal.contractType,
        contractTypeLabel: typeLabel,
        contractSubtype: deal.contractSubtype,
        field: deal.field,
        fieldLabel: FIELD_LABELS[deal.field],
        pricing: deal.pricing,
        pricingLabel: DEAL_PRICING_LABELS[deal.pricing],
        signedAt: deal.signedAt,
        termStart: deal.termStart,
        termEnd: deal.termEnd,
        paymentMode: deal.paymentMode,
        amount: formatFen(deal.amountFen),
        technologyAmount: formatFen(deal.technologyAmountFen),
        large: view.large,
      },
      buyer: party(deal.buyerOrgId, buyerRole, demand, buyerActor),
      seller: party(deal.sellerOrgId, sellerRole, outcome, sellerActor),
      registrar: { name: this.config.bureau.orgName, creditCode: this.config.bureau.orgCreditCode, region: this.config.bureau.region },
      sources: {
        demand: demand ? { id: demand.id, title: demand.title } : null,
        outcome: outcome
          ? { id: outcome.id, title: outcome.title, ipType: outcome.ipType, patentNumbers: outcome.patentNumbers ?? [] }
          : null,
        inquiry: inquiry
          ? { id: inquiry.id, listingKind: inquiry.listingKind, listingTitle: inquiry.listingTitle, openedAt: inquiry.openedAt }
          : null,
      },
    };
  }

  /** The same form as a one-sheet workbook: 栏目 and 填写内容, in the form's order. */
  async xlsx(caller: Caller, id: string): Promise<ExportFile> {
    const f = await this.form(caller, id);
    const book = new ExcelJS.Workbook();
    book.creator = 'techmarket';
    const sheet = book.addWorksheet('技术合同登记表');
    sheet.addRow([f.form]).font = { bold: true, size: 14 };
    sheet.addRow([`依据：${f.basis}`]);
    sheet.addRow(['栏目', '填写内容']).font = { bold: true };
    for (const row of formRows(f)) sheet.addRow(row.map(neutral));
    sheet.getColumn(1).width = 28;
    sheet.getColumn(2).width = 60;
    return {
      filename: `registration-form-${f.registrationNo ?? f.dealId}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body: Buffer.from(await book.xlsx.writeBuffer()),
    };
  }
}

/** A text that a spreadsheet would run as a formula is written as text. */
const neutral = (value: string) => (/^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value);

function formRows(f: RegistrationForm): [string, string][] {
  const c = f.contract;
  const party = (p: RegistrationFormParty, side: string): [string, string][] => [
    [`${side}（${p.role}）名称`, p.name],
    [`${side}统一社会信用代码`, p.creditCode],
    [`${side}所在地区（行政区划代码）`, p.region],
    [`${side}联系人`, p.contactName ?? ''],
    [`${side}联系电话`, p.contactPhone ?? ''],
  ];
  return [
    ['合同名称', c.name],
    ['技术合同登记号', f.registrationNo ?? '（登记时由登记机构填写）'],
    ['合同类型', c.contractTypeLabel],
    ['合同类别', c.contractSubtype ?? ''],
    ['技术领域', c.fieldLabel],
    ['定价方式', c.pricingLabel],
    ['签订日期', c.signedAt],
    ['合同期限', c.termStart || c.termEnd ? `${c.termStart ?? ''} 至 ${c.termEnd ?? ''}` : ''],
    ['支付方式', c.paymentMode ?? ''],
    ['合同成交额（元）', c.amount],
    ['技术交易额（元）', c.technologyAmount],
    ['重大技术合同（须专家评审）', c.large ? '是' : '否'],
    ...party(f.seller, '卖方'),
    ...party(f.buyer, '买方'),
    ['来源成果', f.sources.outcome ? `${f.sources.outcome.title}（${f.sources.outcome.id}）` : ''],
    ['成果知识产权类型', f.sources.outcome?.ipType ?? ''],
    ['专利号', f.sources.outcome?.patentNumbers.join('、') ?? ''],
    ['来源需求', f.sources.demand ? `${f.sources.demand.title}（${f.sources.demand.id}）` : ''],
    [
      '对接记录',
      f.sources.inquiry ? `${f.sources.inquiry.listingTitle}（${f.sources.inquiry.openedAt} 发起，${f.sources.inquiry.id}）` : '',
    ],
    ['登记机构', f.registrar.name],
    ['登记机构统一社会信用代码', f.registrar.creditCode],
    ['登记机构所在地区', f.registrar.region],
    ['当前状态', f.statusLabel],
  ];
}
