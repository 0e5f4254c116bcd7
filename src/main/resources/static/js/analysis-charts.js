// The charts of the audit, history, what-if, trend and comparison pages. Each canvas.analysis-chart carries its
// chart as JSON in data-chart (the Content-Security-Policy runs no inline script): a type, labels, datasets, and
// for a line of ratings the rating scale, lowest first, as the vertical axis. Each page says the same in text.
(function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  const colours = ['#005eb8', '#8a1538', '#007f3b', '#330072', '#7c2855', '#425563'];
  document.querySelectorAll('canvas.analysis-chart').forEach((canvas) => {
    const chart = JSON.parse(canvas.dataset.chart || '{}');
    const datasets = (chart.datasets || []).map((d, i) => ({
      label: d.label, data: d.data, backgroundColor: colours[i % colours.length], borderColor: colours[i % colours.length],
      spanGaps: true, pointRadius: 5
    }));
    const scales = chart.scale
      ? { y: { type: 'category', labels: chart.scale.slice().reverse(), offset: true } }
      : { y: { beginAtZero: true, ticks: { precision: 0 }, stacked: !!chart.stacked }, x: { stacked: !!chart.stacked } };
    new Chart(canvas, {
      type: chart.type || 'bar',
      data: { labels: chart.labels || [], datasets: datasets },
      options: { responsive: true, maintainAspectRatio: false, animation: false, scales: scales,
        plugins: { legend: { display: datasets.length > 1 } } }
    });
  });
})();
