import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.js';
import type { AppConfig } from '../../config/config.js';
import { sqlRows } from '../../common/sql.js';
import { Principal, Role } from '../../common/principal.js';
import { AuditService } from '../audit/audit.service.js';
import { accountLocked, invalidCredentials, invalidRefreshToken, refreshTokenReused } from './auth.errors.js';
import { AccessTokenPayload } from './jwt.strategy.js';
import { hashPassword, verifyPassword } from './password.js';
import { newSecret, sha256 } from './tokens.js';
import { MeDto, TokenPairDto } from './dto/auth.dto.js';

interface UserRow {
  id: string;
  username: string;
  password_hash: string;
  display_name: string;
  role: Role;
  unit_id: string | null;
  employee_id: string | null;
  active: boolean;
  failed_attempts: number;
  locked_until: Date | null;
}

@Injectable()
export class AuthService {
  /** Compared against when the username is unknown, so timing does not reveal which usernames exist. */
  private dummyHash: Promise<string> | undefined;

  constructor(
    private readonly ds: DataSource,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(username: string, password: string): Promise<TokenPairDto> {
    const rows: UserRow[] = await this.ds.query('SELECT * FROM users WHERE lower(username) = lower($1)', [username]);
    const user = rows[0];
    if (!user || !user.active) {
      this.dummyHash ??= hashPassword('not-a-real-password');
      await verifyPassword(await this.dummyHash, password);
      throw invalidCredentials();
    }
    const now = Date.now();
    if (user.locked_until && new Date(user.locked_until).getTime() > now) {
      throw accountLocked(Math.ceil((new Date(user.locked_until).getTime() - now) / 1000));
    }
    if (!(await verifyPassword(user.password_hash, password))) {
      // Count the failure atomically; lock when the threshold is reached.
      const [upd] = await sqlRows<{ failed_attempts: number; locked_until: Date | null }>(
        this.ds,
        `UPDATE users SET failed_attempts = failed_attempts + 1,
           locked_until = CASE WHEN failed_attempts + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE locked_until END
         WHERE id = $1 RETURNING failed_attempts, locked_until`,
        [user.id, this.config.lockoutThreshold, this.config.lockoutMinutes],
      );
      if (upd && upd.failed_attempts >= this.config.lockoutThreshold) {
        await this.ds.transaction((m) =>
          this.audit.record(m, { action: 'lock', entity: 'user', entityId: user.id, after: { failedAttempts: upd.failed_attempts, lockedUntil: upd.locked_until } }, null),
        );
        throw accountLocked(this.config.lockoutMinutes * 60);
      }
      throw invalidCredentials();
    }
    await this.ds.query('UPDATE users SET failed_attempts = 0, locked_until = NULL, last_login_at = now() WHERE id = $1', [user.id]);
    return this.issue(user, randomUUID());
  }

  async refresh(refreshToken: string): Promise<TokenPairDto> {
    return this.ds
      .transaction(async (m) => {
        const rows: { id: string; user_id: string; family_id: string; expires_at: Date; used_at: Date | null; revoked_at: Date | null }[] = await m.query(
          'SELECT * FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE',
          [sha256(refreshToken)],
        );
        const t = rows[0];
        if (!t) throw invalidRefreshToken();
        if (t.used_at || t.revoked_at) {
          // Reuse of a spent token: somebody else may hold it. Revoke the whole family.
          await m.query('UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL', [t.family_id]);
          await this.audit.record(m, { action: 'revoke', entity: 'refresh_token_family', entityId: t.family_id, after: { reason: 'refresh token reused' } }, null);
          return { reused: true } as const;
        }
        if (new Date(t.expires_at).getTime() <= Date.now()) throw invalidRefreshToken();
        const users: UserRow[] = await m.query('SELECT * FROM users WHERE id = $1', [t.user_id]);
        const user = users[0];
        if (!user || !user.active) throw invalidRefreshToken();
        await m.query('UPDATE refresh_tokens SET used_at = now() WHERE id = $1', [t.id]);
        return this.issue(user, t.family_id, m);
      })
      .then((r) => {
        // The revocation above must commit before we answer, so the error is thrown outside the transaction.
        if ('reused' in r) throw refreshTokenReused();
        return r;
      });
  }

  async logout(refreshToken: string): Promise<void> {
    await this.ds.query(
      `UPDATE refresh_tokens SET revoked_at = now()
       WHERE family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1) AND revoked_at IS NULL`,
      [sha256(refreshToken)],
    );
  }

  async me(p: Principal): Promise<MeDto> {
    if (p.kind === 'api_key') {
      const rows: { name: string | null }[] = p.unitId ? await this.ds.query('SELECT name FROM org_units WHERE id = $1', [p.unitId]) : [];
      return {
        id: p.id,
        kind: 'api_key',
        username: null,
        displayName: p.name,
        role: p.role,
        unitId: p.unitId,
        unitName: rows[0]?.name ?? null,
        employeeId: null,
        scopes: p.scopes,
      };
    }
    const rows: { username: string; display_name: string; role: Role; unit_id: string | null; unit_name: string | null; employee_id: string | null }[] = await this.ds.query(
      `SELECT u.username, u.display_name, u.role, u.unit_id, o.name AS unit_name, u.employee_id
       FROM users u LEFT JOIN org_units o ON o.id = u.unit_id WHERE u.id = $1`,
      [p.id],
    );
    const u = rows[0];
    if (!u) throw invalidCredentials();
    return {
      id: p.id,
      kind: 'user',
      username: u.username,
      displayName: u.display_name,
      role: u.role,
      unitId: u.unit_id,
      unitName: u.unit_name,
      employeeId: u.employee_id,
      scopes: [],
    };
  }

  private async issue(user: UserRow, familyId: string, m: { query: DataSource['query'] } = this.ds): Promise<TokenPairDto> {
    const payload: AccessTokenPayload = {
      sub: user.id,
      name: user.display_name,
      role: user.role,
      unitId: user.unit_id,
      employeeId: user.employee_id,
      typ: 'access',
    };
    const accessToken = await this.jwt.signAsync(payload, { expiresIn: this.config.accessTokenTtlSeconds, algorithm: 'HS256' });
    const refreshToken = newSecret('asnr_');
    await m.query('INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at) VALUES ($1, $2, $3, now() + make_interval(secs => $4))', [
      user.id,
      familyId,
      sha256(refreshToken),
      this.config.refreshTokenTtlSeconds,
    ]);
    return { accessToken, refreshToken, expiresIn: this.config.accessTokenTtlSeconds, tokenType: 'Bearer' };
  }
}
