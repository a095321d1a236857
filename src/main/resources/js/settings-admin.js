// The settings form, in Jira's administration and the workbench: sends the settings whole to the REST API, made to
// the version the page showed.
(function () {
  var form = document.getElementById('wb-settings');
  var error = form.querySelector('.wb-error');
  var button = form.querySelector('button[type=submit]');
  var fieldIds = {submissionLag: 'lagAmount', openingLag: 'openingDays', commentaryRequiredFor: 'commentary-RED',
    councillorReadMode: 'readMode-JIRA_ACCOUNTS'};

  function fail(field, text) {
    button.disabled = false;
    error.textContent = (field ? field + ': ' : '') + text;
    error.hidden = false;
    var input = field && document.getElementById(fieldIds[field] || field);
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    button.disabled = true;
    error.hidden = true;
    var data = new FormData(form);
    var amber = String(data.get('actionPlanAfterAmberPeriods') || '').trim();
    var code = String(data.get('authorityCode') || '').trim();
    var settings = {
      version: Number(form.dataset.version),
      tolerancePercent: String(data.get('tolerancePercent') || ''),
      submissionLag: 'P' + String(data.get('lagAmount') || '0').trim() + data.get('lagUnit'),
      openingLag: 'P' + String(data.get('openingDays') || '0').trim() + 'D',
      commentaryRequiredFor: data.getAll('commentaryRequiredFor'),
      commentaryOnExceptions: data.get('commentaryOnExceptions') === 'true',
      actionPlanAfterAmberPeriods: amber ? Number(amber) : null,
      separationOfDuties: data.get('separationOfDuties') === 'true',
      publicReporting: data.get('publicReporting') === 'true',
      councillorReadMode: data.get('councillorReadMode'),
      authorityCode: code ? code : null
    };
    fetch(form.dataset.rest + 'settings', {
      method: 'PUT', headers: {'Content-Type': 'application/json', Accept: 'application/json'},
      body: JSON.stringify(settings)
    }).then(function (response) {
      if (response.ok) {
        window.location.reload();
        return;
      }
      return response.json().then(function (e) {
        fail(e.field, e.message);
      }, function () {
        fail(null, 'The settings could not be saved (HTTP ' + response.status + ').');
      });
    }).catch(function (e) {
      fail(null, 'The settings could not be sent: ' + e.message);
    });
  });
}());
