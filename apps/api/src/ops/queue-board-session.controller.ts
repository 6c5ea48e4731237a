import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ApiErrors } from '../http/api-errors.js';
import { Roles } from '@app/accounts';
import type { Request, Response } from 'express';
import { boardSessionCookie, boardToken, QUEUE_BOARD_PATH } from './queue-board.auth.js';

export class QueueBoardSessionResponse {
  @ApiProperty({ example: QUEUE_BOARD_PATH, description: 'Where the queue dashboard opens' })
  url: string;

  @ApiProperty({ type: String, format: 'date-time', description: 'When the session ends (the token’s own expiry)' })
  expiresAt: string;
}

@ApiTags('operations')
@ApiBearerAuth()
@Controller('ops/queue-board')
export class QueueBoardSessionController {
  @ApiErrors(401, 403)
  @Post('session')
  @HttpCode(200)
  @Roles('bureau')
  @ApiOperation({
    summary:
      'Open the queue dashboard in this browser: sets an HttpOnly, SameSite=Strict cookie with the caller’s token, valid until it expires',
  })
  @ApiOkResponse({ type: QueueBoardSessionResponse })
  @ApiUnauthorizedResponse({ description: 'UNAUTHENTICATED' })
  @ApiForbiddenResponse({ description: 'FORBIDDEN: bureau members only' })
  open(@Req() req: Request, @Res({ passthrough: true }) res: Response): QueueBoardSessionResponse {
    // The guard has verified the bearer token; its payload says when it expires.
    const token = boardToken(req)!;
    const { exp } = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { exp: number };
    const expiresAt = new Date(exp * 1000);
    res.setHeader('Set-Cookie', boardSessionCookie(token, expiresAt, req.secure));
    res.setHeader('Cache-Control', 'no-store');
    return { url: QUEUE_BOARD_PATH, expiresAt: expiresAt.toISOString() };
  }
}
