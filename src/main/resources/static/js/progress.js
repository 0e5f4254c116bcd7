// Polls the web rating's progress until it is done (then links to the run) or failed (then lists why).
(function () {
  const main = document.getElementById('main');
  const id = main.dataset.job;
  const bar = document.getElementById('progress');
  const status = document.getElementById('status');
  function show(job) {
    bar.value = job.percent;
    bar.textContent = job.percent + '%';
    status.textContent = job.state === 'DONE' ? 'Done: ' + job.total + ' rated and archived as run ' + job.run
      : job.state === 'FAILED' ? 'Failed' : job.phase + ': ' + job.done + ' rated, ' + job.percent + '% of the file read';
    if (job.state === 'DONE') {
      const link = document.getElementById('run-link');
      link.href = '/runs/' + job.run;
      link.textContent = 'Open run ' + job.run;
      document.getElementById('done').hidden = false;
    } else if (job.state === 'FAILED') {
      const failure = document.getElementById('failure');
      failure.textContent = job.error;
      const list = document.createElement('ul');
      (job.problems || []).forEach(p => {
        const item = document.createElement('li');
        item.textContent = 'line ' + p.line + ', column ' + p.column + (p.at ? ' (' + p.at + ')' : '') + ': ' + p.message;
        list.appendChild(item);
      });
      failure.appendChild(list);
      failure.hidden = false;
    } else {
      setTimeout(poll, 500);
    }
  }
  function poll() {
    fetch('/api/jobs/' + id, { headers: { 'Accept': 'application/json' } })
      .then(r => r.json()).then(show)
      .catch(() => setTimeout(poll, 2000));
  }
  poll();
})();
