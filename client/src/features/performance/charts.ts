/** Chart options of the Kinerja pages (the shared ECharts wrapper: bars only; the library loads with the first chart). */
import type { ChartOption } from '@/components/charts/echarts';

/** Colours that keep 3:1 against white. */
export const COLORS = ['#0f766e', '#4338ca', '#b45309', '#b42318', '#4f5d6b', '#7c3aed'] as const;

/** Horizontal grouped bars: one group per label (a unit), one bar per series (realisation and expected pace, in %). */
export function unitBarsOption(labels: string[], series: { name: string; values: (number | null)[] }[], format: (v: number) => string): ChartOption {
  return {
    aria: { enabled: true, decal: { show: true } },
    grid: { left: 8, right: 56, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => (v == null ? '—' : format(Number(v))) },
    xAxis: { type: 'value', max: (v: { max: number }) => Math.max(100, Math.ceil(v.max / 10) * 10), axisLabel: { formatter: (v: number) => format(v) } },
    yAxis: { type: 'category', data: [...labels].reverse(), axisLabel: { width: 180, overflow: 'truncate' } },
    series: series.map((s, i) => ({
      type: 'bar' as const,
      name: s.name,
      data: [...s.values].reverse(),
      itemStyle: { color: COLORS[i % COLORS.length], borderRadius: [0, 4, 4, 0] },
      barMaxWidth: 16,
      label: { show: i === 0, position: 'right' as const, color: '#1b2733', formatter: (p: { value: unknown }) => (p.value == null ? '' : format(Number(p.value))) },
    })),
  };
}

/** Vertical bars: people per predicate, each bar its own colour (the limits are in the table beside it). */
export function countBarsOption(labels: string[], values: number[], name: string, colors: readonly string[] = COLORS): ChartOption {
  return {
    aria: { enabled: true },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, width: 90, overflow: 'break' } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        name,
        data: values.map((v, i) => ({ value: v, itemStyle: { color: colors[i % colors.length], borderRadius: [4, 4, 0, 0] } })),
        barMaxWidth: 48,
        label: { show: true, position: 'top', color: '#1b2733' },
      },
    ],
  };
}
