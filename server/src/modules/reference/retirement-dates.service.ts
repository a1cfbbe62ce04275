import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isoToday } from './calc/dates.js';
import { retirement, RetirementAgeRule } from './calc/retirement.js';
import { ReferenceService } from './reference.service.js';

type Db = Pick<EntityManager, 'query'>;

export interface PositionRetirementFacts {
  kind: string;
  functionalLevel: string | null;
  isTeacher: boolean;
  retirementAgeOverride: number | null;
}

/** Applies the retirement rule to stored employees, whose retirement date is kept for fast projections. */
@Injectable()
export class RetirementDatesService {
  constructor(private readonly reference: ReferenceService) {}

  async rule(): Promise<RetirementAgeRule> {
    return (await this.reference.rule<RetirementAgeRule>('retirement.ages', isoToday())).value;
  }

  dateFor(rule: RetirementAgeRule, birthDate: string, position: PositionRetirementFacts | null): string {
    return retirement(rule, {
      birthDate,
      positionKind: position?.kind ?? 'pelaksana',
      functionalLevel: position?.functionalLevel,
      isTeacher: position?.isTeacher,
      override: position?.retirementAgeOverride,
    }).retirementDate;
  }

  /** Recomputes the retirement dates of every holder of one position (after the position changed). */
  async recomputeForPosition(m: Db, positionId: string): Promise<number> {
    const rule = await this.rule();
    const rows: { id: string; birth_date: string; kind: string; functional_level: string | null; is_teacher: boolean; retirement_age_override: number | null }[] = await m.query(
      `SELECT e.id, to_char(e.birth_date, 'YYYY-MM-DD') AS birth_date, p.kind, p.functional_level, p.is_teacher, p.retirement_age_override
       FROM employees e JOIN positions p ON p.id = e.position_id WHERE e.position_id = $1`,
      [positionId],
    );
    if (!rows.length) return 0;
    const ids = rows.map((r) => r.id);
    const dates = rows.map((r) =>
      this.dateFor(rule, r.birth_date, { kind: r.kind, functionalLevel: r.functional_level, isTeacher: r.is_teacher, retirementAgeOverride: r.retirement_age_override }),
    );
    await m.query(
      `UPDATE employees e SET retirement_date = v.d::date FROM unnest($1::uuid[], $2::text[]) AS v(id, d) WHERE e.id = v.id AND e.retirement_date IS DISTINCT FROM v.d::date`,
      [ids, dates],
    );
    return rows.length;
  }
}
