// Shows the roster's total beside the amount claimed while the worker types or pastes it.
// The form works without this script: the server shows the same total after sending.
(function () {
  'use strict';
  var roster = document.getElementById('wages.roster');
  var output = document.getElementById('roster-total');
  var claimed = document.getElementById('wages.amountOwed');
  if (!roster || !output) {
    return;
  }
  function amountOf(line) {
    var fields = line.indexOf('\t') >= 0 ? line.split('\t')
      : /[,，;；]/.test(line) ? line.split(/[,，;；]/) : line.trim().split(/\s+/);
    if (fields.length < 2 || fields.length > 3) {
      return null;
    }
    var text = fields[fields.length - 1].replace(/[元¥￥,，\s]/g, '');
    return /^[0-9]{1,10}(\.[0-9]{1,2})?$/.test(text) ? parseFloat(text) : null;
  }
  function update() {
    var count = 0;
    var total = 0;
    roster.value.split(/\r?\n/).forEach(function (line) {
      var amount = amountOf(line);
      if (amount !== null && amount > 0) {
        count += 1;
        total += amount;
      }
    });
    if (count === 0) {
      output.textContent = '';
      return;
    }
    var text = output.getAttribute('data-label')
      .replace('{0}', String(count))
      .replace('{1}', total.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
    var amount = claimed ? parseFloat(claimed.value) : NaN;
    if (!isNaN(amount) && Math.abs(amount - total) >= 0.005) {
      text += ' ' + output.getAttribute('data-differs');
    }
    output.textContent = text;
  }
  roster.addEventListener('input', update);
  if (claimed) {
    claimed.addEventListener('input', update);
  }
  update();
}());
