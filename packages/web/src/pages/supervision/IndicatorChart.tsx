import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';

echarts.use([BarChart, GridComponent, TooltipComponent, MarkLineComponent, CanvasRenderer]);

/** A department's figure as a bar (a rate in %), with the target as a line. */
export function IndicatorChart({
  bars,
  target,
  rate,
  targetLabel,
}: {
  bars: { name: string; value: number | null }[];
  target: number | null;
  rate: boolean;
  targetLabel: string;
}) {
  const scale = (v: number | null) => (v === null ? null : rate ? Math.round(v * 1000) / 10 : v);
  const option = {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: bars.map((b) => b.name), axisLabel: { interval: 0, rotate: bars.length > 3 ? 30 : 0 } },
    yAxis: { type: 'value', axisLabel: { formatter: rate ? '{value}%' : '{value}' }, max: rate ? 100 : undefined },
    series: [
      {
        type: 'bar',
        data: bars.map((b) => scale(b.value)),
        barMaxWidth: 40,
        markLine:
          target === null
            ? undefined
            : {
                symbol: 'none',
                data: [{ yAxis: scale(target), name: targetLabel }],
                label: { formatter: targetLabel },
                lineStyle: { color: '#cf1322' },
              },
      },
    ],
  };
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 280, width: '100%' }} />;
}
