import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CONTRACT_TYPES, type ContractType } from '@app/common';

export class RegistrationFormQuery {
  @ApiPropertyOptional({ enum: ['json', 'xlsx'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'xlsx'], { message: 'format must be json or xlsx' })
  format?: 'json' | 'xlsx';
}

export class RegistrationFormContract {
  @ApiProperty({ type: String, description: '合同名称' }) name: string;
  @ApiProperty({ enum: CONTRACT_TYPES }) contractType: ContractType;
  @ApiProperty({ type: String, example: '技术开发' }) contractTypeLabel: string;
  @ApiProperty({ type: String, nullable: true, description: '合同类别 (委托开发/合作开发, 专利权 …)' }) contractSubtype: string | null;
  @ApiProperty({ type: String }) field: string;
  @ApiProperty({ type: String }) fieldLabel: string;
  @ApiProperty({ type: String }) pricing: string;
  @ApiProperty({ type: String }) pricingLabel: string;
  @ApiProperty({ type: String, format: 'date' }) signedAt: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) termStart: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) termEnd: string | null;
  @ApiProperty({ type: String, nullable: true, description: '支付方式' }) paymentMode: string | null;
  @ApiProperty({ type: String, description: '合同成交额 (yuan)' }) amount: string;
  @ApiProperty({ type: String, description: '技术交易额 (yuan)' }) technologyAmount: string;
  @ApiProperty({ type: Boolean, description: 'at or above LARGE_CONTRACT_YUAN: expert review' }) large: boolean;
}

export class RegistrationFormParty {
  @ApiProperty({ type: String, example: '委托方', description: 'the party as the Civil Code names it for the contract type' }) role: string;
  @ApiProperty({ type: String }) name: string;
  @ApiProperty({ type: String, description: '统一社会信用代码' }) creditCode: string;
  @ApiProperty({ type: String, description: 'GB/T 2260 code' }) region: string;
  @ApiProperty({ type: String, nullable: true, description: "the listing's contact, else the member who acted for the party" })
  contactName: string | null;
  @ApiProperty({ type: String, nullable: true }) contactPhone: string | null;
}

export class RegistrationFormRegistrar {
  @ApiProperty({ type: String }) name: string;
  @ApiProperty({ type: String }) creditCode: string;
  @ApiProperty({ type: String }) region: string;
}

export class RegistrationFormListingRef {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String }) title: string;
}

export class RegistrationFormOutcomeRef extends RegistrationFormListingRef {
  @ApiProperty({ type: String, nullable: true }) ipType: string | null;
  @ApiProperty({ type: [String] }) patentNumbers: string[];
}

export class RegistrationFormInquiryRef {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String }) listingKind: string;
  @ApiProperty({ type: String }) listingTitle: string;
  @ApiProperty({ type: String, format: 'date' }) openedAt: string;
}

export class RegistrationFormSources {
  @ApiProperty({ type: RegistrationFormListingRef, nullable: true }) demand: RegistrationFormListingRef | null;
  @ApiProperty({ type: RegistrationFormOutcomeRef, nullable: true }) outcome: RegistrationFormOutcomeRef | null;
  @ApiProperty({ type: RegistrationFormInquiryRef, nullable: true }) inquiry: RegistrationFormInquiryRef | null;
}

export class RegistrationFormResponse {
  @ApiProperty({ type: String, example: '技术合同登记表' }) form: string;
  @ApiProperty({ type: String, description: 'the rules the form follows' }) basis: string;
  @ApiProperty({ type: String, format: 'uuid' }) dealId: string;
  @ApiProperty({ type: String }) status: string;
  @ApiProperty({ type: String }) statusLabel: string;
  @ApiProperty({ type: String, nullable: true }) registrationNo: string | null;
  @ApiProperty({ type: RegistrationFormContract }) contract: RegistrationFormContract;
  @ApiProperty({ type: RegistrationFormParty }) buyer: RegistrationFormParty;
  @ApiProperty({ type: RegistrationFormParty }) seller: RegistrationFormParty;
  @ApiProperty({ type: RegistrationFormRegistrar, description: 'the registration office (the bureau)' })
  registrar: RegistrationFormRegistrar;
  @ApiProperty({ type: RegistrationFormSources }) sources: RegistrationFormSources;
}
