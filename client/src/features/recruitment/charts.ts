/** Chart options of the recruitment pages (types only from ECharts: the library itself loads with the first chart). */
import type { BarSeriesOption, FunnelSeriesOption } from 'echarts/charts';
import type { AriaComponentOption, GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

export type RecruitmentChartOption = ComposeOption<
  BarSeriesOption | FunnelSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption | AriaComponentOption
>;

/** Colours that keep 3:1 against white. */
export const COLORS = ['#0f766e', '#4338ca', '#b45309', '#b42318', '#4f5d6b', '#7c3aed'] as const;

/** The selection funnel: applicants left at each stage, widest at the top. */
export function funnelOption(stages: { label: string; value: number }[], format: (v: number) => string): RecruitmentChartOption {
  return {
    aria: { enabled: true },
    tooltip: { trigger: 'item', valueFormatter: (v) => format(Number(v)) },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        left: '4%',
        width: '56%',
        minSize: '6%',
        gap: 2,
        data: stages.map((s, i) => ({ name: s.label, value: s.value, itemStyle: { color: COLORS[i % COLORS.length] } })),
        // beside the shape, so a narrow stage stays readable
        label: { show: true, position: 'right', color: '#1b2733', fontWeight: 600, formatter: (p) => `${p.name}: ${format(Number(p.value))}` },
        labelLine: { show: true, length: 12 },
      },
    ],
  };
}

/** A horizontal bar per label (pass rates in %, days in a stage), largest figures readable at the bar's end. */
export function hbarOption(labels: string[], values: number[], name: string, format: (v: number) => string, color: string = COLORS[0]): RecruitmentChartOption {
  return {
    aria: { enabled: true },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => format(Number(v)) },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => format(v) } },
    yAxis: { type: 'category', data: [...labels].reverse(), axisLabel: { width: 160, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        name,
        data: [...values].reverse(),
        itemStyle: { color, borderRadius: [0, 6, 6, 0] },
        barMaxWidth: 22,
        label: { show: true, position: 'right', color: '#1b2733', formatter: (p) => format(Number(p.value)) },
      },
    ],
  };
}

/** Grouped vertical bars: one group per label, one bar per series (applicants and passed, by gender or education). */
export function groupedBarOption(labels: string[], series: { name: string; values: number[] }[], format: (v: number) => string): RecruitmentChartOption {
  return {
    aria: { enabled: true, decal: { show: true } },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => format(Number(v)) },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0 } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => format(v) } },
    series: series.map((s, i) => ({
      type: 'bar' as const,
      name: s.name,
      data: s.values,
      itemStyle: { color: COLORS[i % COLORS.length], borderRadius: [4, 4, 0, 0] },
      barMaxWidth: 36,
    })),
  };
}
