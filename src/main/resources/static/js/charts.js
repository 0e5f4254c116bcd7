// One bar chart per sector (and quarter): how many trusts got each rating. The counts are also in a table on the
// page, and each chart's canvas says them in a sentence (its aria-label) for screen readers.
// They come as JSON in the charts' data-counts attribute, by canvas id: the Content-Security-Policy runs no inline script.
(function () {
  const holder = document.getElementById('charts');
  if (typeof Chart === 'undefined' || !holder) {
    return;
  }
  const charts = JSON.parse(holder.dataset.counts || '{}');
  Object.entries(charts).forEach(([id, counts]) => {
    const canvas = document.getElementById(id);
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
