// The CSV import page: sends the file, follows the import job's progress, and lists its problems by row and column.
(function () {
  var api = '/rest/golden-thread/1.0/';
  var form = document.getElementById('wb-import');
  var bar = document.getElementById('wb-bar');
  var count = document.getElementById('wb-count');
  var result = document.getElementById('wb-result');
  var problems = document.getElementById('wb-problems');
  var button = form.querySelector('button[type=submit]');

  function stop(text) {
    button.disabled = false;
    result.textContent = text;
  }

  function cell(row, text, header) {
    var element = document.createElement(header ? 'th' : 'td');
    if (header) {
      element.scope = 'row';
    }
    element.textContent = text === null || text === undefined ? '' : String(text);
    row.appendChild(element);
  }

  function show(job) {
    bar.max = Math.max(job.total, 1);
    bar.value = job.processed;
    count.textContent = job.processed + ' of ' + job.total;
    if (job.state === 'RUNNING') {
      setTimeout(function () { follow(job.job); }, 300);
      return;
    }
    button.disabled = false;
    if (job.state === 'SUCCEEDED') {
      result.textContent = 'Imported ' + job.imported + (job.imported === 1 ? ' row: ' : ' rows: ') + job.created +
        ' new, ' + job.changed +
        ' changed, ' + job.unchanged + ' unchanged.';
      return;
    }
    result.textContent = 'Nothing was imported: the file has ' + job.errors.length +
      (job.errors.length === 1 ? ' problem.' : ' problems.');
    var body = problems.querySelector('tbody');
    job.errors.forEach(function (error) {
      var row = document.createElement('tr');
      cell(row, error.row === null || error.row === 0 ? 'file' : error.row, true);
      cell(row, error.column);
      cell(row, error.value);
      cell(row, error.message);
      body.appendChild(row);
    });
    problems.hidden = false;
  }

  function follow(id) {
    fetch(api + 'import/jobs/' + id, {headers: {Accept: 'application/json'}})
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(show)
      .catch(function (e) { stop('The import\'s progress could not be read: ' + e.message); });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var file = document.getElementById('file').files[0];
    button.disabled = true;
    problems.hidden = true;
    problems.querySelector('tbody').textContent = '';
    result.textContent = '';
    document.getElementById('wb-progress').hidden = false;
    file.arrayBuffer().then(function (content) {
      return fetch(api + 'import/' + document.getElementById('kind').value, {
        method: 'POST', headers: {'Content-Type': 'text/csv', Accept: 'application/json'}, body: content});
    }).then(function (response) {
      return response.json().then(function (answer) {
        if (response.status === 202) {
          follow(answer.job);
        } else {
          stop((answer.field ? answer.field + ': ' : '') + answer.message);
        }
      }, function () {
        stop('The file could not be imported (HTTP ' + response.status + ').');
      });
    }).catch(function (e) {
      stop('The file could not be sent: ' + e.message);
    });
  });
}());
