// The receipt's copy button: copies the tracking number and query code, so the worker can paste
// them into a chat or a note. Without this script (or without a clipboard) the button stays hidden
// and both are plain selectable text.
(function () {
  'use strict';
  var button = document.getElementById('copy-receipt');
  if (!button || !navigator.clipboard) {
    return;
  }
  button.hidden = false;
  function selectTheCode() {
    // Where the clipboard is refused (some in-app browsers), select the code to copy by hand.
    var code = document.getElementById('query-code');
    if (code && window.getSelection && document.createRange) {
      var range = document.createRange();
      range.selectNodeContents(code);
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
    }
  }
  button.addEventListener('click', function () {
    navigator.clipboard.writeText(button.getAttribute('data-text')).then(function () {
      button.textContent = button.getAttribute('data-copied');
    }, selectTheCode);
  });
}());
