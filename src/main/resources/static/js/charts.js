// One bar chart per sector: how many trusts got each rating. The counts are also in a table on the page.
// They come as JSON in the charts' data-counts attribute: the Content-Security-Policy runs no inline script.
(function () {
  const holder = document.getElementById('charts');
  if (typeof Chart === 'undefined' || !holder) {
    return;
  }
  const charts = JSON.parse(holder.dataset.counts || '{}');
  Object.entries(charts).forEach(([sector, counts]) => {
    const canvas = document.getElementById('chart-' + sector);
    if (!canvas) {
      return;
    }
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: Object.keys(counts),
        datasets: [{ label: 'trusts', data: Object.values(counts), backgroundColor: '#005eb8' }]
      },
      options: { responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
  });
})();
