// The draft's code editor: CodeMirror over the form's textarea. While its author types, the file is saved to the
// draft and the draft checked (after a pause), and each problem of this file is marked at its line; the form's
// Save and Check buttons do the same without a script.
(function () {
  const main = document.getElementById('main');
  const source = document.getElementById('source');
  if (!window.CodeMirror || !source) {
    return;
  }
  const api = '/api/workbench/drafts/' + main.dataset.draft;
  const file = main.dataset.file;
  const editable = main.dataset.editable === 'true';
  const live = document.getElementById('live');

  function token() {
    const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
    return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
  }

  function send(method, path, body) {
    const headers = { 'X-XSRF-TOKEN': token(), 'Accept': 'application/json' };
    if (body !== undefined) {
      headers['Content-Type'] = 'text/plain;charset=UTF-8';
    }
    return fetch(api + path, { method: method, headers: headers, body: body, credentials: 'same-origin' })
      .then(r => r.ok ? r : r.json().then(p => { throw new Error(p.detail || r.statusText); }));
  }

  function list(validation) {
    const problems = document.getElementById('problems');
    problems.textContent = '';
    const summary = document.createElement('p');
    const failed = validation.cases.filter(c => !c.passed);
    summary.textContent = (validation.ok ? 'Every check passed and every case passed. ' : 'The draft has problems. ')
      + validation.cases.length + ' cases, ' + failed.length + ' failed.';
    problems.appendChild(summary);
    const items = document.createElement('ul');
    items.className = 'error';
    validation.problems.forEach(p => {
      const item = document.createElement('li');
      item.textContent = p.file + (p.line ? ':' + p.line + (p.column ? ':' + p.column : '') : '') + ': '
        + (p.at ? p.at + ': ' : '') + p.message;
      items.appendChild(item);
    });
    failed.forEach(c => {
      const item = document.createElement('li');
      item.textContent = 'case ' + c.name + ' failed: ' + c.failures.join('; ');
      items.appendChild(item);
    });
    problems.appendChild(items);
  }

  let changed = false;

  // Saves the text, checks the draft, and gives the lint addon this file's problems at their lines. Nothing is
  // saved before the author changes something: opening a draft must not withdraw its approval.
  function check(text, done, options, editor) {
    if (!changed) {
      done([]);
      return;
    }
    live.textContent = 'Saving and checking…';
    send('PUT', '/file?path=' + encodeURIComponent(file), text)
      .then(() => send('POST', '/check'))
      .then(r => r.json())
      .then(validation => {
        list(validation);
        live.textContent = validation.ok ? 'Saved; every check passes.' : 'Saved; ' + validation.problems.length
          + ' problems, ' + validation.cases.filter(c => !c.passed).length + ' failed cases.';
        done(validation.problems.filter(p => p.file === file).map(p => {
          const line = Math.max((p.line || 1) - 1, 0);
          return {
            from: CodeMirror.Pos(line, Math.max((p.column || 1) - 1, 0)),
            to: CodeMirror.Pos(line, editor.getLine(line) ? editor.getLine(line).length : 0),
            message: (p.at ? p.at + ': ' : '') + p.message,
            severity: p.warning ? 'warning' : 'error'
          };
        }));
      })
      .catch(e => { live.textContent = 'Not saved: ' + e.message; done([]); });
  }

  const editor = CodeMirror.fromTextArea(source, {
    mode: main.dataset.mode,
    lineNumbers: true,
    readOnly: !editable,
    gutters: ['CodeMirror-lint-markers'],
    lint: editable ? { getAnnotations: check, async: true, delay: 800, lintOnChange: true } : false
  });
  editor.on('change', () => { changed = true; });
  editor.getWrapperElement().setAttribute('aria-label', file);
  editor.getInputField().setAttribute('aria-label', 'Text of ' + file);
})();
