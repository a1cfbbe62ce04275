/** Chart options of the competency pages (types only from ECharts: the library itself loads with the first chart). */
import type { RadarSeriesOption } from 'echarts/charts';
import type { AriaComponentOption, LegendComponentOption, RadarComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { RadarData } from './profile';

export type CompetencyChartOption = ComposeOption<RadarSeriesOption | RadarComponentOption | TooltipComponentOption | LegendComponentOption | AriaComponentOption>;

/** Required (dashed, squares) and assessed (solid, filled, circles): told apart by line and symbol, not only colour. */
export const RADAR_COLORS = { required: '#4338ca', assessed: '#0f766e' } as const;

export function radarOption(data: RadarData, names: { required: string; assessed: string }): CompetencyChartOption {
  return {
    aria: { enabled: true },
    legend: { bottom: 0, data: [names.required, names.assessed] },
    tooltip: { trigger: 'item' },
    radar: { indicator: data.indicators, radius: '65%', splitNumber: 5, axisName: { color: '#1b2733', fontWeight: 600 } },
    series: [
      {
        type: 'radar',
        data: [
          {
            name: names.required,
            value: data.required,
            symbol: 'rect',
            symbolSize: 7,
            itemStyle: { color: RADAR_COLORS.required },
            lineStyle: { color: RADAR_COLORS.required, type: 'dashed', width: 2 },
          },
          {
            name: names.assessed,
            value: data.assessed,
            symbol: 'circle',
            symbolSize: 7,
            itemStyle: { color: RADAR_COLORS.assessed },
            lineStyle: { color: RADAR_COLORS.assessed, width: 2.5 },
            areaStyle: { color: RADAR_COLORS.assessed, opacity: 0.18 },
          },
        ],
      },
    ],
  };
}
