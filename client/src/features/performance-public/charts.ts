/** The chart options of the IKM pages (pure: built from the data, tested without a browser). */
import type { ChartOption } from '@/components/charts/echarts';
import { gradeColour } from './feedback';
import type { IkmTrendPoint, PublicIkmUnit } from './types';

/** The units with the most responses (at most `max`), best index first, for the bar chart (the table has them all). */
export function unitsForChart(units: readonly PublicIkmUnit[], max = 25): PublicIkmUnit[] {
  return [...units]
    .filter((u) => u.convertedIndex !== null)
    .sort((a, b) => b.responses - a.responses || a.unitName.localeCompare(b.unitName))
    .slice(0, max)
    .sort((a, b) => (b.convertedIndex ?? 0) - (a.convertedIndex ?? 0));
}

/** Horizontal bars of the converted index (25–100) per unit, each bar in its grade's colour. */
export function unitIndexOption(units: readonly PublicIkmUnit[], fmt: (n: number) => string): ChartOption {
  const rows = [...units].reverse(); // ECharts draws the first category at the bottom
  return {
    aria: { enabled: true },
    grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
    tooltip: { trigger: 'item', valueFormatter: (v) => fmt(Number(v)) },
    xAxis: { type: 'value', min: 25, max: 100 },
    yAxis: { type: 'category', data: rows.map((u) => u.unitName), axisLabel: { width: 150, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        data: rows.map((u) => ({ value: u.convertedIndex ?? 0, itemStyle: { color: gradeColour(u.grade).bg } })),
        label: { show: true, position: 'right', formatter: (p) => `${fmt(Number(p.value))} ${rows[p.dataIndex]?.grade ?? ''}` },
        barMaxWidth: 18,
      },
    ],
  };
}

/** Bars of the nine element means (1–4); an element nobody answered has no bar. */
export function elementMeansOption(labels: readonly string[], means: readonly (number | null)[], fmt: (n: number) => string): ChartOption {
  return {
    aria: { enabled: true },
    grid: { left: 8, right: 40, top: 8, bottom: 24, containLabel: true },
    tooltip: { trigger: 'item', valueFormatter: (v) => fmt(Number(v)) },
    xAxis: { type: 'value', min: 0, max: 4 },
    yAxis: { type: 'category', data: [...labels].reverse(), axisLabel: { width: 150, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        data: [...means]
          .reverse()
          .map((m) => (m === null ? null : { value: m, itemStyle: { color: gradeColour(m >= 3.5324 ? 'A' : m >= 3.0644 ? 'B' : m >= 2.6 ? 'C' : 'D').bg } })),
        label: { show: true, position: 'right', formatter: (p) => fmt(Number(p.value)) },
        barMaxWidth: 18,
      },
    ],
  };
}

/** The converted index per quarter (a line; quarters without responses are gaps). */
export function trendOption(points: readonly IkmTrendPoint[], fmt: (n: number) => string) {
  return {
    aria: { enabled: true },
    grid: { left: 8, right: 24, top: 24, bottom: 24, containLabel: true },
    tooltip: { trigger: 'axis' as const, valueFormatter: (v: unknown) => (v === null || v === undefined ? '–' : fmt(Number(v))) },
    xAxis: { type: 'category' as const, data: points.map((p) => p.period) },
    yAxis: { type: 'value' as const, min: 25, max: 100 },
    series: [
      {
        type: 'line' as const,
        connectNulls: false,
        data: points.map((p) => p.convertedIndex),
        label: { show: true, formatter: (p: { value: unknown }) => (p.value === null || p.value === undefined ? '' : fmt(Number(p.value))) },
        itemStyle: { color: '#1d4ed8' },
      },
    ],
  };
}
