import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AccountsService, AuthService } from '@app/accounts';
import { AuthRateLimitGuard } from '../http/auth-rate-limit.guard.js';
import { AuthResponse, LoginResponse, toOrganizationResponse, toUserResponse } from './dto/account.response.js';
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
  ) {}

  @Post('register')
  @ApiCreatedResponse({ type: AuthResponse })
  @ApiConflictResponse({ description: 'email or credit code already registered' })
  async register(@Body() dto: RegisterDto): Promise<AuthResponse> {
    const { user, org } = await this.accounts.register(dto);
    return { accessToken: await this.auth.issueToken(user.id), user: toUserResponse(user), org: toOrganizationResponse(org) };
  }

  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponse })
  @ApiUnauthorizedResponse({ description: 'email or password is incorrect (the same answer for both)' })
  async login(@Body() dto: LoginDto): Promise<LoginResponse> {
    const { accessToken } = await this.auth.login(dto.email, dto.password);
    return { accessToken };
  }
}
