// The create dialog of the "Quarterly performance report" blueprint: the period must be latest or one such as 2025/26 Q2.
Confluence.Blueprint.setWizard('org.goldenthread.golden-thread:quarterly-report-create-item', function (wizard) {
  wizard.on('submit.quarterlyReportPage', function (event, state) {
    var period = (state.pageData.period || '').trim();
    var valid = !period || period.toLowerCase() === 'latest' ||
      /^\d{4}\s*\/\s*\d{2}\s+Q[1-4]$/i.test(period) || /^\d{4}-\d{2}-Q[1-4]$/i.test(period);
    var field = state.$container.find('#gt-report-period');
    field.siblings('.error').remove();
    if (!valid) {
      field.after($('<div class="error" role="alert"></div>')
        .text(AJS.I18n.getText('org.goldenthread.golden-thread.quarterly-report.period.invalid')));
    }
    return valid;
  });
});
