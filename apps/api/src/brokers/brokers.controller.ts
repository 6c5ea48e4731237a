import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../http/api-errors.js';
import { Authenticated, CurrentPrincipal, Roles, type Principal } from '@app/accounts';
import { BrokersService } from '@app/brokers';
import type { Response } from 'express';
import { YearQuery } from '../deals/dto/list-deals.query.js';
import { currentYear } from '../deals/year.pipe.js';
import {
  BrokerCertificateDto,
  BrokerCertificateResponse,
  BrokerRankingResponse,
  CreateIntroductionDto,
  FollowResponse,
  IntroductionMessageDto,
  IntroductionMessageResponse,
  IntroductionResponse,
  toCertificateResponse,
  toFollowResponse,
  toIntroductionResponse,
  toRankingResponse,
  UpdateFollowDto,
} from './brokers.dto.js';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('brokers')
@ApiBearerAuth()
@Controller()
export class BrokersController {
  constructor(private readonly brokers: BrokersService) {}

  @ApiErrors(400, 401, 403)
  @Put('me/broker-certificate')
  @Roles('broker')
  @ApiOperation({ summary: 'State the caller’s broker certificate number (技术经纪人证书); the bureau verifies it' })
  @ApiOkResponse({ type: BrokerCertificateResponse })
  async certificate(@CurrentPrincipal() p: Principal, @Body() dto: BrokerCertificateDto): Promise<BrokerCertificateResponse> {
    return toCertificateResponse(await this.brokers.registerCertificate(p, dto.certificateNo));
  }

  @ApiErrors(401, 403)
  @Get('brokers')
  @Roles('bureau')
  @ApiOperation({ summary: 'Broker certificates, pending first' })
  @ApiOkResponse({ type: [BrokerCertificateResponse] })
  async list(): Promise<BrokerCertificateResponse[]> {
    return (await this.brokers.listCertificates()).map(toCertificateResponse);
  }

  @ApiErrors(400, 401, 403, 404)
  @Post('brokers/:userId/verify')
  @HttpCode(200)
  @Roles('bureau')
  @ApiOperation({ summary: 'Verify a broker’s certificate' })
  @ApiOkResponse({ type: BrokerCertificateResponse })
  async verify(@CurrentPrincipal() p: Principal, @Param('userId', uuid) userId: string): Promise<BrokerCertificateResponse> {
    return toCertificateResponse(await this.brokers.verifyCertificate(userId, p.userId));
  }

  @ApiErrors(400, 401, 403, 404)
  @Post('demands/:id/brokers')
  @Roles('broker')
  @ApiOperation({ summary: 'A verified broker follows a published demand (again: the same follow, 200)' })
  @ApiCreatedResponse({ type: FollowResponse })
  async follow(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuid) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<FollowResponse> {
    const { follow, created } = await this.brokers.follow(p, id);
    if (!created) res.status(200);
    const [view] = (await this.brokers.myFollows(p)).filter((v) => v.follow.id === follow.id);
    return toFollowResponse(view);
  }

  @ApiErrors(400, 401, 404)
  @Get('demands/:id/brokers')
  @Authenticated()
  @ApiOperation({ summary: 'The brokers following a demand: its owner and the bureau' })
  @ApiOkResponse({ type: [FollowResponse] })
  @ApiNotFoundResponse({ description: 'not the owner’s demand' })
  async ofDemand(@CurrentPrincipal() p: Principal, @Param('id', uuid) id: string): Promise<FollowResponse[]> {
    return (await this.brokers.followsOfDemand(p, id)).map(toFollowResponse);
  }

  @ApiErrors(401, 403)
  @Get('broker-follows')
  @Roles('broker')
  @ApiOperation({ summary: 'The broker’s workspace: followed demands with stage and, where allowed, contacts' })
  @ApiOkResponse({ type: [FollowResponse] })
  async mine(@CurrentPrincipal() p: Principal): Promise<FollowResponse[]> {
    return (await this.brokers.myFollows(p)).map(toFollowResponse);
  }

  @ApiErrors(400, 401, 404)
  @Patch('broker-follows/:id')
  @Authenticated()
  @ApiOperation({ summary: 'The owner refuses or ends a follow and decides on contacts; the broker moves the stage or ends it' })
  @ApiOkResponse({ type: FollowResponse })
  async update(@CurrentPrincipal() p: Principal, @Param('id', uuid) id: string, @Body() dto: UpdateFollowDto): Promise<FollowResponse> {
    return toFollowResponse(await this.brokers.updateFollow(p, id, dto));
  }

  @ApiErrors(400, 401, 403)
  @Post('introductions')
  @Roles('broker')
  @ApiOperation({ summary: 'Introduce a published outcome to a followed demand: a conversation of the two owners and the broker' })
  @ApiCreatedResponse({ type: IntroductionResponse })
  async introduce(
    @CurrentPrincipal() p: Principal,
    @Body() dto: CreateIntroductionDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<IntroductionResponse> {
    const { view, created } = await this.brokers.introduce(p, dto);
    if (!created) res.status(200);
    return toIntroductionResponse(view);
  }

  @ApiErrors(401)
  @Get('introductions')
  @Authenticated()
  @ApiOperation({ summary: 'Introductions the caller’s organization is part of (the bureau: all)' })
  @ApiOkResponse({ type: [IntroductionResponse] })
  async introductions(@CurrentPrincipal() p: Principal): Promise<IntroductionResponse[]> {
    return (await this.brokers.introductions(p)).map(toIntroductionResponse);
  }

  @ApiOperation({ summary: 'An introduction with its conversation and the deals it brought' })
  @ApiErrors(400, 401, 404)
  @Get('introductions/:id')
  @Authenticated()
  @ApiOkResponse({ type: IntroductionResponse })
  @ApiNotFoundResponse({ description: 'INTRODUCTION_NOT_FOUND' })
  async introduction(@CurrentPrincipal() p: Principal, @Param('id', uuid) id: string): Promise<IntroductionResponse> {
    return toIntroductionResponse(await this.brokers.introduction(p, id));
  }

  @ApiErrors(400, 401, 404)
  @Post('introductions/:id/messages')
  @Authenticated()
  @ApiOperation({ summary: 'A message in the introduction’s conversation (the three parties)' })
  @ApiCreatedResponse({ type: IntroductionMessageResponse })
  async message(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuid) id: string,
    @Body() dto: IntroductionMessageDto,
  ): Promise<IntroductionMessageResponse> {
    const m = await this.brokers.postMessage(p, id, dto.body);
    return { id: m.id, authorOrgId: m.authorOrgId, body: m.body, createdAt: m.createdAt.toISOString() };
  }

  @ApiErrors(400, 401, 403)
  @Get('stats/brokers')
  @Roles('bureau')
  @ApiOperation({ summary: 'Brokers ranked by recorded turnover of the deals they brought, then deals and introductions' })
  @ApiOkResponse({ type: [BrokerRankingResponse] })
  async ranking(@Query() query: YearQuery): Promise<BrokerRankingResponse[]> {
    return (await this.brokers.ranking(query.year ?? currentYear())).map(toRankingResponse);
  }
}
