import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ROLES } from '../../../common/principal.js';

export class LoginDto {
  @ApiProperty({ example: 'operator.dinkes' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  username: string;

  @ApiProperty({ example: 'Semarang#2026', format: 'password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token from login or the previous refresh (single use)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken: string;
}

export class TokenPairDto {
  @ApiProperty({ description: 'Short-lived JWT; send as `Authorization: Bearer …`' }) accessToken: string;
  @ApiProperty({ description: 'Single-use refresh token; reusing a spent one revokes the whole session family' }) refreshToken: string;
  @ApiProperty({ description: 'Lifetime of the access token in seconds', example: 900 }) expiresIn: number;
  @ApiProperty({ example: 'Bearer' }) tokenType: string;
}

export class MeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['user', 'api_key'], enumName: 'PrincipalKind' }) kind: 'user' | 'api_key';
  @ApiProperty({ type: String, nullable: true }) username: string | null;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The unit the caller is scoped to (with its subtree); null = city-wide' }) unitId: string | null;
  @ApiProperty({ type: String, nullable: true }) unitName: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) employeeId: string | null;
  @ApiProperty({ type: [String], description: 'API key scopes' }) scopes: string[];
}
