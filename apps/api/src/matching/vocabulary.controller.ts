import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ApiErrors } from '../http/api-errors.js';
import { Authenticated, CurrentPrincipal, Roles, type Principal } from '@app/accounts';
import { KeywordSuggestions, VocabularyService } from '@app/matching';
import {
  CreateVocabularyEntryDto,
  KeywordSuggestionsResponse,
  SuggestKeywordsDto,
  toVocabularyChangeResponse,
  toVocabularyEntryResponse,
  UpdateVocabularyEntryDto,
  VocabularyEntryResponse,
  VocabularyHistoryQuery,
  VocabularyHistoryResponse,
  VocabularyChangeResponse,
  VocabularyListQuery,
  VocabularyPageResponse,
} from './dto/vocabulary.dto.js';
import type { Page } from '../http/paging.js';

const uuid = new ParseUUIDPipe({ version: '4' });

/** The matching vocabulary the bureau grows: bridges and synonyms, with their history. */
@ApiTags('vocabulary')
@ApiBearerAuth()
@Controller('vocabulary')
@Roles('bureau')
@ApiUnauthorizedResponse({ description: 'no or invalid token' })
@ApiForbiddenResponse({ description: 'not a bureau user' })
export class VocabularyController {
  constructor(private readonly vocabulary: VocabularyService) {}

  @ApiErrors(400, 401, 403)
  @Get()
  @ApiOperation({ summary: 'List vocabulary entries (bridges and synonym groups)' })
  @ApiOkResponse({ type: VocabularyPageResponse })
  @ApiBadRequestResponse({ description: 'invalid filter or paging' })
  async list(@Query() query: VocabularyListQuery): Promise<Page<VocabularyEntryResponse>> {
    const [rows, total] = await this.vocabulary.list({ kind: query.kind, field: query.field, q: query.q }, query.page, query.limit);
    return { items: rows.map(toVocabularyEntryResponse), total, page: query.page, limit: query.limit };
  }

  @ApiErrors(400, 401, 403)
  @Get('history')
  @ApiOperation({ summary: 'Changes to the vocabulary, newest first' })
  @ApiOkResponse({ type: VocabularyHistoryResponse })
  @ApiBadRequestResponse({ description: 'invalid entry id or paging' })
  async history(@Query() query: VocabularyHistoryQuery): Promise<Page<VocabularyChangeResponse>> {
    const [rows, total] = await this.vocabulary.history(query.entryId, query.page, query.limit);
    return { items: rows.map(toVocabularyChangeResponse), total, page: query.page, limit: query.limit };
  }

  @ApiErrors(400, 401, 403, 409)
  @Post()
  @ApiOperation({ summary: 'Add a bridge or a synonym group; matching and Meilisearch follow within seconds' })
  @ApiCreatedResponse({ type: VocabularyEntryResponse })
  @ApiBadRequestResponse({ description: 'a field is invalid (named in errors)' })
  @ApiConflictResponse({ description: 'SYNONYM_CONFLICT: a word is in another synonym group' })
  async create(@Body() dto: CreateVocabularyEntryDto, @CurrentPrincipal() principal: Principal): Promise<VocabularyEntryResponse> {
    return toVocabularyEntryResponse(await this.vocabulary.create(principal.userId, dto));
  }

  @ApiErrors(400, 401, 403, 404, 409)
  @Patch(':id')
  @ApiOperation({ summary: 'Change a vocabulary entry' })
  @ApiOkResponse({ type: VocabularyEntryResponse })
  @ApiBadRequestResponse({ description: 'malformed id or an invalid field' })
  @ApiNotFoundResponse({ description: 'VOCABULARY_ENTRY_NOT_FOUND' })
  @ApiConflictResponse({ description: 'SYNONYM_CONFLICT' })
  async update(
    @Param('id', uuid) id: string,
    @Body() dto: UpdateVocabularyEntryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<VocabularyEntryResponse> {
    return toVocabularyEntryResponse(await this.vocabulary.update(principal.userId, id, dto));
  }

  @ApiErrors(400, 401, 403, 404)
  @Delete(':id')
  @HttpCode(200)
  @ApiOperation({ summary: 'Delete a vocabulary entry (kept, inactive, in the history)' })
  @ApiOkResponse({ type: VocabularyEntryResponse })
  @ApiBadRequestResponse({ description: 'malformed id' })
  @ApiNotFoundResponse({ description: 'VOCABULARY_ENTRY_NOT_FOUND' })
  async remove(@Param('id', uuid) id: string, @CurrentPrincipal() principal: Principal): Promise<VocabularyEntryResponse> {
    return toVocabularyEntryResponse(await this.vocabulary.remove(principal.userId, id));
  }
}

/** Keyword suggestions for the listing form, for any signed-in member. */
@ApiTags('vocabulary')
@ApiBearerAuth()
@Controller('keywords')
@ApiUnauthorizedResponse({ description: 'no or invalid token' })
export class KeywordsController {
  constructor(private readonly suggestions: KeywordSuggestions) {}

  @ApiErrors(400, 401)
  @Post('suggest')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({ summary: 'Suggest keywords for a listing being written (distinctive words and the research terms they bridge to)' })
  @ApiOkResponse({ type: KeywordSuggestionsResponse })
  @ApiBadRequestResponse({ description: 'title missing or too long, text too long' })
  suggest(@Body() dto: SuggestKeywordsDto): KeywordSuggestionsResponse {
    return { items: this.suggestions.suggest(dto) };
  }
}
