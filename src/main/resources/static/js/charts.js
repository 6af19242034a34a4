/*
 * Draws the dashboard's charts with ECharts from the tables beside them: each
 * <figure data-chart="line|bar|pie"> holds a .chart box and a table whose body rows have the
 * label in a <th> and the number in a <td data-value>. The table stays the accessible version.
 */
(function () {
  'use strict';
  function draw(figure) {
    var table = figure.querySelector('table');
    var box = figure.querySelector('.chart');
    if (!window.echarts || !table || !box) {
      return;
    }
    var labels = [];
    var values = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      labels.push(row.querySelector('th').textContent.trim());
      values.push(parseFloat(row.querySelector('td[data-value]').getAttribute('data-value')) || 0);
    });
    var type = figure.getAttribute('data-chart');
    var chart = window.echarts.init(box);
    chart.setOption(type === 'pie' ? {
      animation: false,
      tooltip: { trigger: 'item' },
      series: [{ type: 'pie', radius: '65%', data: labels.map(function (label, i) { return { name: label, value: values[i] }; }) }]
    } : {
      animation: false,
      tooltip: { trigger: 'axis' },
      grid: { left: 64, right: 16, top: 16, bottom: 40 },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value' },
      series: [{ type: type, name: figure.getAttribute('data-series'), data: values }]
    });
    figure.setAttribute('data-drawn', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  }
  document.querySelectorAll('figure[data-chart]').forEach(draw);
}());
