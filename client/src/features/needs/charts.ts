/** Chart options of the needs pages (types only from ECharts: the library itself loads with the first chart). */
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { AriaComponentOption, GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

export type NeedsChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption | AriaComponentOption>;

/** Colours that keep 3:1 against white; series also differ by line style and symbol, never by colour alone. */
export const CHART_COLORS = { shortage: '#b42318', retirements: '#0f766e', demand: '#4338ca', supply: '#0f766e', base: '#4f5d6b', whatIf: '#b45309' } as const;

/** A vertical bar chart of labelled values. */
export function barOption(labels: string[], values: number[], name: string, color: string, format: (v: number) => string): NeedsChartOption {
  return {
    aria: { enabled: true },
    grid: { left: 8, right: 16, top: 28, bottom: 8 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => format(Number(v)) },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.some((l) => l.length > 9) ? 30 : 0, width: 110, overflow: 'truncate' } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => format(v) } },
    series: [
      {
        type: 'bar',
        name,
        data: values,
        itemStyle: { color, borderRadius: [6, 6, 0, 0] },
        barMaxWidth: 48,
        label: { show: true, position: 'top', color: '#1b2733', fontWeight: 600, formatter: (p) => format(Number(p.value)) },
      },
    ],
  };
}

/** A horizontal bar chart (long labels such as unit names), largest at the top. */
export function hbarOption(labels: string[], values: number[], name: string, color: string, format: (v: number) => string): NeedsChartOption {
  return {
    aria: { enabled: true },
    grid: { left: 8, right: 40, top: 8, bottom: 8 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => format(Number(v)) },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => format(v) } },
    yAxis: { type: 'category', data: [...labels].reverse(), axisLabel: { width: 170, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        name,
        data: [...values].reverse(),
        itemStyle: { color, borderRadius: [0, 6, 6, 0] },
        barMaxWidth: 20,
        label: { show: true, position: 'right', color: '#1b2733', formatter: (p) => format(Number(p.value)) },
      },
    ],
  };
}

/** Lines per year; each series its own colour, dash and symbol. */
export function linesOption(
  years: number[],
  series: { name: string; values: number[]; color: string; dashed?: boolean; symbol?: string }[],
  format: (v: number) => string,
  axisFormat: (v: number) => string = format,
): NeedsChartOption {
  return {
    aria: { enabled: true },
    grid: { left: 8, right: 24, top: 40, bottom: 8 },
    legend: { top: 0, left: 0 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => format(Number(v)) },
    xAxis: { type: 'category', data: years.map(String), boundaryGap: false },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: (v: number) => axisFormat(v) } },
    series: series.map((s) => ({
      type: 'line' as const,
      name: s.name,
      data: s.values,
      smooth: false,
      symbol: s.symbol ?? 'circle',
      symbolSize: 8,
      itemStyle: { color: s.color },
      lineStyle: { color: s.color, width: 2.5, type: s.dashed ? ('dashed' as const) : ('solid' as const) },
    })),
  };
}
