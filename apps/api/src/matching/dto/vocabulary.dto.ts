import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateIf } from 'class-validator';
import { FIELD_LABELS, FIELDS, type Field } from '@app/common';
import {
  VOCABULARY_ACTIONS,
  VOCABULARY_KIND_LABELS,
  VOCABULARY_KINDS,
  type KeywordSuggestion,
  type VocabularyAction,
  type VocabularyChange,
  type VocabularyEntry,
  type VocabularyKind,
  type VocabularySnapshot,
} from '@app/matching';
import { LimitParam, PageOf, PageParam } from '../../http/paging.js';

const word = { each: true, message: 'each word must be a string of 1–20 characters' } as const;

export class CreateVocabularyEntryDto {
  @ApiProperty({
    enum: VOCABULARY_KINDS,
    description: 'bridge: workshop words → research terms (one way); synonym: words that mean the same',
  })
  @IsIn(VOCABULARY_KINDS)
  kind: VocabularyKind;

  @ApiPropertyOptional({ enum: FIELDS, nullable: true, description: 'the field it belongs to; null = any' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIn(FIELDS)
  field?: Field | null;

  @ApiProperty({
    type: [String],
    example: ['电费太高', '耗电'],
    description: 'bridge: words an enterprise writes; synonym: the group (≥ 2)',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsString(word)
  @Length(1, 20, word)
  triggers: string[];

  @ApiPropertyOptional({ type: [String], example: ['节能', '变频'], description: 'bridge only: the research terms they call for' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString(word)
  @Length(1, 20, word)
  terms?: string[];

  @ApiPropertyOptional({ type: String, maxLength: 200, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(200)
  note?: string | null;
}

export class UpdateVocabularyEntryDto {
  @ApiPropertyOptional({ enum: FIELDS, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIn(FIELDS)
  field?: Field | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsString(word)
  @Length(1, 20, word)
  triggers?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString(word)
  @Length(1, 20, word)
  terms?: string[];

  @ApiPropertyOptional({ type: String, maxLength: 200, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(200)
  note?: string | null;
}

export class VocabularyListQuery {
  @ApiPropertyOptional({ enum: VOCABULARY_KINDS })
  @IsOptional()
  @IsIn(VOCABULARY_KINDS)
  kind?: VocabularyKind;

  @ApiPropertyOptional({ enum: FIELDS })
  @IsOptional()
  @IsIn(FIELDS)
  field?: Field;

  @ApiPropertyOptional({ type: String, maxLength: 20, description: 'a word a trigger or term contains' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  q?: string;

  @PageParam()
  page: number = 1;

  @LimitParam(200, 50)
  limit: number = 50;
}

export class VocabularyHistoryQuery {
  @ApiPropertyOptional({ type: String, format: 'uuid', description: 'one entry’s history; all when absent' })
  @IsOptional()
  @IsUUID('4')
  entryId?: string;

  @PageParam()
  page: number = 1;

  @LimitParam(200, 50)
  limit: number = 50;
}

export class SuggestKeywordsDto {
  @ApiProperty({ type: String, minLength: 1, maxLength: 100, example: '车间空压机电费太高' })
  @IsString()
  @Length(1, 100)
  title: string;

  @ApiPropertyOptional({ type: String, maxLength: 5000, description: 'the description or abstract written so far' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  text?: string;

  @ApiPropertyOptional({ type: [String], description: 'keywords already chosen (not suggested again)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(20, { each: true })
  keywords?: string[];
}

export class VocabularyEntryResponse {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ enum: VOCABULARY_KINDS }) kind: VocabularyKind;
  @ApiProperty({ type: String, example: '术语桥接' }) kindLabel: string;
  @ApiProperty({ enum: FIELDS, nullable: true }) field: Field | null;
  @ApiProperty({ type: String, nullable: true, example: '新能源与节能' }) fieldLabel: string | null;
  @ApiProperty({ type: [String] }) triggers: string[];
  @ApiProperty({ type: [String] }) terms: string[];
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: Boolean, description: 'false once deleted' }) active: boolean;
  @ApiProperty({ type: Boolean, description: 'seeded from the code’s vocabulary' }) seeded: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}

export const VocabularyPageResponse = PageOf(VocabularyEntryResponse, 'VocabularyPageResponse');

class VocabularySnapshotResponse {
  @ApiProperty({ enum: VOCABULARY_KINDS }) kind: string;
  @ApiProperty({ enum: FIELDS, nullable: true }) field: string | null;
  @ApiProperty({ type: [String] }) triggers: string[];
  @ApiProperty({ type: [String] }) terms: string[];
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: Boolean }) active: boolean;
}

export class VocabularyChangeResponse {
  @ApiProperty({ type: String, description: 'increasing; the highest is the vocabulary’s revision' }) id: string;
  @ApiProperty({ type: String, format: 'uuid' }) entryId: string;
  @ApiProperty({ enum: VOCABULARY_ACTIONS }) action: VocabularyAction;
  @ApiProperty({ type: VocabularySnapshotResponse, nullable: true }) before: VocabularySnapshot | null;
  @ApiProperty({ type: VocabularySnapshotResponse, nullable: true }) after: VocabularySnapshot | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorUserId: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export const VocabularyHistoryResponse = PageOf(VocabularyChangeResponse, 'VocabularyHistoryResponse');

class KeywordSuggestionResponse {
  @ApiProperty({ type: String, example: '变频' }) word: string;
  @ApiProperty({
    enum: ['text', 'vocabulary'],
    description: 'text: a distinctive word of the listing; vocabulary: a research term its words bridge to',
  })
  source: 'text' | 'vocabulary';
}

export class KeywordSuggestionsResponse {
  @ApiProperty({ type: [KeywordSuggestionResponse] }) items: KeywordSuggestion[];
}

export function toVocabularyEntryResponse(e: VocabularyEntry): VocabularyEntryResponse {
  return {
    id: e.id,
    kind: e.kind,
    kindLabel: VOCABULARY_KIND_LABELS[e.kind],
    field: e.field,
    fieldLabel: e.field ? FIELD_LABELS[e.field] : null,
    triggers: e.triggers,
    terms: e.terms,
    note: e.note,
    active: e.active,
    seeded: e.seedKey !== null,
    updatedAt: e.updatedAt.toISOString(),
  };
}

export function toVocabularyChangeResponse(c: VocabularyChange): VocabularyChangeResponse {
  return { ...c, createdAt: c.createdAt.toISOString() };
}
