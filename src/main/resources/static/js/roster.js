// Shows the roster's total beside the amount claimed while the worker types or pastes it.
// The form works without this script: the server shows the same total after sending.
// Lines are read by the server's rules (org.unionrights.intake.Roster), so that the page counts
// the workers the server will accept; RosterScriptTest runs both on the same text.
(function (root) {
  'use strict';
  var MAX_LINES = 200;
  var MAX_NAME = 50;
  var ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  var ID_CHECK = '10X98765432';

  function isMobile(value) {
    return /^1[3-9][0-9]{9}$/.test(value);
  }

  function isResidentId(value) {
    if (!/^[0-9]{17}[0-9X]$/.test(value)) {
      return false;
    }
    var sum = 0;
    for (var i = 0; i < 17; i++) {
      sum += (value.charCodeAt(i) - 48) * ID_WEIGHTS[i];
    }
    return ID_CHECK.charAt(sum % 11) === value.charAt(17);
  }

  function isHeader(row) {
    var lower = row.toLowerCase();
    return lower.indexOf('姓名') >= 0 || lower.indexOf('name') === 0;
  }

  // The amount of a line the server would accept, or null.
  function amountOf(row) {
    var fields = row.indexOf('\t') >= 0 ? row.split('\t')
      : /[\t,，;；]/.test(row) ? row.split(/[\t,，;；]/) : row.split(/\s+/);
    var values = fields.map(function (field) { return field.trim(); });
    if (values.length === 2) {
      values.splice(1, 0, '');
    }
    if (values.length !== 3) {
      return null;
    }
    var name = values[0];
    var contact = values[1].replace(/ /g, '').toUpperCase();
    var amount = values[2].replace(/[元¥￥,，\s]/g, '');
    if (name === '' || name.length > MAX_NAME) {
      return null;
    }
    if (contact !== '' && !isMobile(contact) && !isResidentId(contact)) {
      return null;
    }
    if (!/^[0-9]{1,10}(\.[0-9]{1,2})?$/.test(amount) || !(parseFloat(amount) > 0)) {
      return null;
    }
    return parseFloat(amount);
  }

  // The workers the server would accept and the lines it would refuse.
  function read(text) {
    var result = { count: 0, total: 0, problems: 0 };
    if (!text || text.trim() === '') {
      return result;
    }
    var rows = text.replace(/[\u00A0\u2007\u202F\uFEFF]/g, ' ').trim()
      .split(/\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]/);
    var counted = 0;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i].trim();
      if (row === '' || (i === 0 && isHeader(row))) {
        continue;
      }
      counted += 1;
      if (counted > MAX_LINES) {
        result.problems += 1;
        break;
      }
      var amount = amountOf(row);
      if (amount === null) {
        result.problems += 1;
      }
      else {
        result.count += 1;
        result.total += amount;
      }
    }
    return result;
  }

  root.UnionRoster = { read: read };

  if (typeof document === 'undefined') {
    return;
  }
  var roster = document.getElementById('wages.roster');
  var output = document.getElementById('roster-total');
  var claimed = document.getElementById('wages.amountOwed');
  if (!roster || !output) {
    return;
  }
  // From here on the script says whether the total differs; the server's word on it would repeat it.
  var serverDiffers = document.getElementById('roster-differs');
  if (serverDiffers) {
    serverDiffers.hidden = true;
  }
  function update() {
    var read_ = read(roster.value);
    if (read_.count === 0 && read_.problems === 0) {
      output.textContent = '';
      return;
    }
    // The page fills the messages with "[count]" and "[total]" (no "{0}" is left in them).
    var text = output.getAttribute('data-label')
      .replace('[count]', String(read_.count))
      .replace('[total]', read_.total.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
    if (read_.problems > 0) {
      // Lines the server will refuse: no word on the total until they are put right.
      text += ' ' + output.getAttribute('data-problems').replace('[count]', String(read_.problems));
    }
    else {
      var amount = claimed ? parseFloat(claimed.value) : NaN;
      if (!isNaN(amount) && Math.abs(amount - read_.total) >= 0.005) {
        text += ' ' + output.getAttribute('data-differs');
      }
    }
    output.textContent = text;
  }
  roster.addEventListener('input', update);
  if (claimed) {
    claimed.addEventListener('input', update);
  }
  update();
}(this));
