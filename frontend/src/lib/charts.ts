/**
 * ECharts for the annual report's year-over-year charts. Only the chart types and components used
 * are registered (tree-shaken), and only the report page imports this module, so ECharts is in
 * that page's lazy chunk, never in the start bundle. The tooltip is drawn on the canvas
 * (`renderMode: 'richText'`): no DOM of its own, nothing for the CSP to refuse.
 */
import { BarChart, LineChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { init, use, type ComposeOption } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts'
import type {
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components'

use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer])

type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>

export interface ChartSeries {
  name: string
  kind: 'bar' | 'line'
  /** One value per category; null where the year could not be loaded. */
  values: (number | null)[]
}

export interface ChartSpec {
  categories: string[]
  series: ChartSeries[]
}

/** Colours that keep 3:1 against white and against each other's neighbours. */
const PALETTE = ['#1d4f91', '#c2410c', '#4d7c0f', '#6b21a8']

export function chartOption(spec: ChartSpec): ChartOption {
  return {
    color: PALETTE,
    animation: false,
    grid: { left: 48, right: 16, top: 40, bottom: 32 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    xAxis: { type: 'category', data: spec.categories },
    yAxis: { type: 'value', minInterval: 1 },
    series: spec.series.map((s) =>
      s.kind === 'bar'
        ? { type: 'bar', name: s.name, data: s.values }
        : { type: 'line', name: s.name, data: s.values, connectNulls: false },
    ),
  }
}

export interface RenderedChart {
  update: (spec: ChartSpec) => void
  resize: () => void
  dispose: () => void
}

/** Draws a chart into `element` (which must have a size). */
export function renderChart(element: HTMLElement, spec: ChartSpec): RenderedChart {
  const chart = init(element, undefined, { renderer: 'canvas' })
  chart.setOption(chartOption(spec))
  return {
    update: (next) => chart.setOption(chartOption(next), { notMerge: true }),
    resize: () => chart.resize(),
    dispose: () => chart.dispose(),
  }
}
