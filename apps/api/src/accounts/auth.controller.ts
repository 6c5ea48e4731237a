import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { ApiErrors } from '../http/api-errors.js';
import { AccountLifecycleService, AccountsService, Authenticated, AuthService, CurrentPrincipal, type Principal } from '@app/accounts';
import { AuthRateLimitGuard } from '../http/auth-rate-limit.guard.js';
import { AuthResponse, LoginResponse, toOrganizationResponse, toUserResponse } from './dto/account.response.js';
import { MessageResponse, PasswordResetDto, PasswordResetRequestDto } from './dto/lifecycle.dto.js';
import { LoginDto } from './dto/login.dto.js';
import { RegisterDto } from './dto/register.dto.js';

@ApiTags('auth')
@Controller('auth')
@UseGuards(AuthRateLimitGuard)
@ApiTooManyRequestsResponse({ description: 'too many attempts from this address' })
export class AuthController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly auth: AuthService,
    private readonly lifecycle: AccountLifecycleService,
  ) {}

  @ApiOperation({ summary: 'Register an organization and its first administrator', security: [] })
  @ApiErrors(400, 409)
  @Post('register')
  @ApiCreatedResponse({ type: AuthResponse })
  @ApiConflictResponse({ description: 'email or credit code already registered' })
  async register(@Body() dto: RegisterDto): Promise<AuthResponse> {
    const { user, org } = await this.accounts.register(dto);
    return { accessToken: await this.auth.issueToken(user), user: toUserResponse(user), org: toOrganizationResponse(org) };
  }

  @ApiOperation({ summary: 'Sign in with email and password', security: [] })
  @ApiErrors(400, 401)
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponse })
  @ApiUnauthorizedResponse({ description: 'email or password is incorrect (the same answer for both)' })
  async login(@Body() dto: LoginDto): Promise<LoginResponse> {
    const { accessToken } = await this.auth.login(dto.email, dto.password);
    return { accessToken };
  }

  @ApiOperation({ summary: 'Sign out everywhere: every token issued so far stops working' })
  @ApiErrors(401)
  @Post('logout')
  @HttpCode(204)
  @Authenticated()
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'every token issued to the caller so far stops working' })
  async logout(@CurrentPrincipal() principal: Principal): Promise<void> {
    await this.auth.logout(principal.userId);
  }

  @ApiOperation({ summary: 'Mail a password-reset link', security: [] })
  @ApiErrors(400)
  @Post('password-reset')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: MessageResponse, description: 'the same answer, in about the same time, whether or not the address exists' })
  async requestPasswordReset(@Body() dto: PasswordResetRequestDto): Promise<MessageResponse> {
    await this.lifecycle.requestPasswordReset(dto.email);
    return { message: '如果该邮箱已注册，重置密码的邮件已经发出，请在 1 小时内打开其中的链接。' };
  }

  @ApiOperation({ summary: 'Set a new password with a mailed reset link', security: [] })
  @ApiErrors(400, 404)
  @Post('password-reset/:token')
  @HttpCode(200)
  @ApiOkResponse({ type: MessageResponse })
  @ApiNotFoundResponse({ description: 'LINK_INVALID: unknown, already used or older than an hour' })
  async resetPassword(@Param('token') token: string, @Body() dto: PasswordResetDto): Promise<MessageResponse> {
    await this.lifecycle.resetPassword(token, dto.password);
    return { message: '密码已重设，请用新密码登录。其他设备上的登录已全部失效。' };
  }

  @ApiOperation({ summary: 'Verify the caller’s email address with a mailed link', security: [] })
  @ApiErrors(404)
  @Post('verify-email/:token')
  @HttpCode(200)
  @ApiOkResponse({ type: MessageResponse })
  @ApiNotFoundResponse({ description: 'LINK_INVALID: unknown, already used or expired' })
  async verifyEmail(@Param('token') token: string): Promise<MessageResponse> {
    await this.lifecycle.verifyEmail(token);
    return { message: '邮箱已验证。' };
  }

  @ApiOperation({ summary: 'Mail a fresh email-verification link' })
  @ApiErrors(401, 409)
  @Post('verify-email')
  @HttpCode(202)
  @Authenticated()
  @ApiBearerAuth()
  @ApiAcceptedResponse({ type: MessageResponse, description: 'a fresh verification link is mailed to the caller' })
  @ApiConflictResponse({ description: 'EMAIL_ALREADY_VERIFIED' })
  async resendVerification(@CurrentPrincipal() principal: Principal): Promise<MessageResponse> {
    await this.lifecycle.resendVerification(principal.userId);
    return { message: '验证邮件已重新发送，请查收。' };
  }
}
