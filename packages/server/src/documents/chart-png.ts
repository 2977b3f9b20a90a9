/**
 * Bar charts for the documents (the 年度考评 report): ECharts rendered on the server to SVG (`ssr: true`), then to PNG
 * with resvg (a .docx image LibreOffice, Word and WPS all show; SVG in a .docx needs a PNG fallback anyway).
 */
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';

export interface BarChartSpec {
  title: string;
  bars: { name: string; value: number | null }[];
  /** A line across the bars (the target), with its label. */
  line?: { value: number; label: string } | null;
  /** Suffix of the axis labels and the bar labels ('%', '分'). */
  unit?: string;
  max?: number;
  /** 1 for a count (no 0.2 of a decision on the axis). */
  minInterval?: number;
}

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 320;
const FONT = 'Noto Sans CJK SC';

/** The chart as SVG markup (ECharts server-side rendering). */
export function barChartSvg(spec: BarChartSpec): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: CHART_WIDTH, height: CHART_HEIGHT });
  const unit = spec.unit ?? '';
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: FONT },
    title: { text: spec.title, left: 'center', textStyle: { fontSize: 15, fontFamily: FONT } },
    grid: { left: 16, right: 40, top: 48, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: spec.bars.map((b) => b.name),
      axisLabel: { interval: 0, rotate: spec.bars.length > 4 ? 30 : 0, fontFamily: FONT },
    },
    yAxis: { type: 'value', max: spec.max, minInterval: spec.minInterval, axisLabel: { formatter: `{value}${unit}`, fontFamily: FONT } },
    series: [
      {
        type: 'bar',
        data: spec.bars.map((b) => b.value),
        barMaxWidth: 48,
        itemStyle: { color: '#1d4ed8' },
        label: { show: true, position: 'top', formatter: `{c}${unit}`, fontFamily: FONT },
        markLine: spec.line
          ? {
              symbol: 'none',
              data: [{ yAxis: spec.line.value }],
              label: { formatter: spec.line.label, fontFamily: FONT },
              lineStyle: { color: '#cf1322', type: 'dashed' },
            }
          : undefined,
      },
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

/** The chart as PNG at twice its size (sharp in print). */
export function barChartPng(spec: BarChartSpec): Buffer {
  const png = new Resvg(barChartSvg(spec), {
    font: { loadSystemFonts: true, defaultFontFamily: FONT },
    fitTo: { mode: 'width', value: CHART_WIDTH * 2 },
    background: '#ffffff',
  })
    .render()
    .asPng();
  return Buffer.from(png);
}
