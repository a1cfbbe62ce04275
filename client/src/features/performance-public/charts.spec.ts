import { describe, expect, it } from 'vitest';
import { elementMeansOption, trendOption, unitIndexOption, unitsForChart } from './charts';
import { GRADE_COLOURS } from './feedback';
import { ikmStaffRoles, performancePublicRoutes, performancePublicStaffNav, performancePublicStaffRoutes } from './routes';
import type { PublicIkmUnit } from './types';

const unit = (name: string, responses: number, convertedIndex: number | null, grade: PublicIkmUnit['grade']): PublicIkmUnit => ({
  unitId: name,
  unitName: name,
  kind: 'puskesmas',
  responses,
  convertedIndex,
  grade,
  label: null,
});
const fmt = (n: number) => n.toFixed(2);

describe('IKM charts', () => {
  it('should chart the units with the most responses, best value on top, in their grade colours', () => {
    const units = [unit('A', 10, 90, 'A'), unit('B', 500, 70, 'C'), unit('C', 300, 80, 'B'), unit('D', 5, null, null), unit('E', 1, 60, 'D')];
    const shown = unitsForChart(units, 3);
    expect(shown.map((u) => u.unitName)).toEqual(['A', 'C', 'B']);
    const o = unitIndexOption(shown, fmt) as { yAxis: { data: string[] }; series: { data: { value: number; itemStyle: { color: string } }[] }[] };
    // ECharts draws the first category at the bottom: the list is reversed so the best is on top
    expect(o.yAxis.data).toEqual(['B', 'C', 'A']);
    expect(o.series[0].data.map((d) => d.itemStyle.color)).toEqual([GRADE_COLOURS.C.bg, GRADE_COLOURS.B.bg, GRADE_COLOURS.A.bg]);
  });

  it('should leave an unanswered element without a bar and colour the others by the grade their mean would give', () => {
    const o = elementMeansOption(['e1', 'e2', 'e3'], [3.6, null, 2.5], fmt) as { series: { data: ({ itemStyle: { color: string } } | null)[] }[] };
    const [e3, e2, e1] = o.series[0].data;
    expect(e2).toBeNull();
    expect(e1?.itemStyle.color).toBe(GRADE_COLOURS.A.bg);
    expect(e3?.itemStyle.color).toBe(GRADE_COLOURS.D.bg);
  });

  it('should draw the quarters as a line with gaps where nobody answered', () => {
    const o = trendOption(
      [
        { period: '2026-Q1', responses: 10, convertedIndex: 80.5, grade: 'B' },
        { period: '2026-Q2', responses: 0, convertedIndex: null, grade: null },
      ],
      fmt,
    );
    expect(o.xAxis.data).toEqual(['2026-Q1', '2026-Q2']);
    expect(o.series[0].data).toEqual([80.5, null]);
  });
});

describe('IKM routes', () => {
  it('should keep the citizens’ pages public and the staff pages to the unit’s staff', () => {
    expect(performancePublicRoutes.map((r) => r.path)).toEqual(['/umpan-balik', '/umpan-balik/:code', '/ikm']);
    expect(performancePublicRoutes.every((r) => r.meta?.public)).toBe(true);
    expect(performancePublicStaffRoutes.map((r) => r.path)).toEqual(['ikm', 'ikm/layanan', 'ikm/layanan/:id/qr', 'ikm/komentar']);
    expect(performancePublicStaffRoutes.every((r) => r.meta?.roles === ikmStaffRoles && !r.meta?.public)).toBe(true);
    expect(ikmStaffRoles).not.toContain('employee');
    expect(performancePublicStaffNav.to.name).toBe('performance-ikm-report');
  });
});
