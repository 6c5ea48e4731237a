import { ApiProperty } from '@nestjs/swagger';
import { PIPELINE_STAGES, type PipelineStage, type PipelineStats } from '@app/deals';

export class PipelineStageResponse {
  @ApiProperty({ enum: PIPELINE_STAGES }) stage: PipelineStage;
  @ApiProperty({ type: String, example: '公示中' }) label: string;
  @ApiProperty({ type: String, enum: ['confirmed'], nullable: true, description: 'in_notice and awaiting_registration split confirmed' })
  partOf: 'confirmed' | null;
  @ApiProperty({ type: Number }) dealCount: number;
  @ApiProperty({ type: String, example: '1250000.00', description: '成交额 of the deals at this stage' }) amount: string;
}

export class PipelineStepResponse {
  @ApiProperty({ type: String, enum: ['confirm', 'register', 'record', 'declaredToRecorded'] }) step: string;
  @ApiProperty({ type: String }) label: string;
  @ApiProperty({ type: Number, description: 'deals that took the step' }) dealCount: number;
  @ApiProperty({ type: Number, nullable: true, description: 'median days (percentile_cont 0.5), two decimals' }) medianDays: number | null;
}

export class LargeContractResponse {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ type: String, enum: ['registered', 'recorded'] }) status: string;
  @ApiProperty({ type: String }) buyerName: string;
  @ApiProperty({ type: String }) sellerName: string;
  @ApiProperty({ type: String }) amount: string;
  @ApiProperty({ type: String, format: 'date' }) signedAt: string;
  @ApiProperty({ type: String, nullable: true }) registrationNo: string | null;
}

export class LargeContractsResponse {
  @ApiProperty({ type: String, example: '5000000.00', description: 'LARGE_CONTRACT_YUAN' }) threshold: string;
  @ApiProperty({ type: Number }) count: number;
  @ApiProperty({ type: String }) amount: string;
  @ApiProperty({ type: [LargeContractResponse], description: 'largest first, at most 50' }) items: LargeContractResponse[];
}

export class PipelineStatsResponse {
  @ApiProperty({ type: Number }) year: number;
  @ApiProperty({ type: [PipelineStageResponse] }) stages: PipelineStageResponse[];
  @ApiProperty({ type: [PipelineStepResponse] }) steps: PipelineStepResponse[];
  @ApiProperty({ type: LargeContractsResponse, description: '重大技术合同 for expert review' }) largeContracts: LargeContractsResponse;
}

export const toPipelineStatsResponse = (s: PipelineStats): PipelineStatsResponse => s;
