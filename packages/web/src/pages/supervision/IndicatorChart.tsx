import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, GridComponent, TooltipComponent, MarkLineComponent, CanvasRenderer]);

/**
 * A department's figure as a bar (a rate in %), with the target as a line. ECharts itself, tree-shaken (`echarts/core`
 * with the bar chart and the components used); echarts-for-react 3.0.6 imports `tslib` without declaring it.
 */
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
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!box.current) {
      return;
    }
    const c = echarts.init(box.current);
    chart.current = c;
    const resize = () => c.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      c.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  });
  return <div ref={box} style={{ height: 280, width: '100%' }} data-testid="indicator-chart" />;
}
