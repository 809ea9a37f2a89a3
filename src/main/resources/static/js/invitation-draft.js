// Draft email page. Progressive enhancement only: without this script the buttons post the
// form and the server opens the mail application or shows the text to copy.
// Texts come from data attributes that the server translates; nothing here is in English.
(function () {
  'use strict';

  var form = document.getElementById('draft-form');
  if (!form) {
    return;
  }
  var subject = form.elements.namedItem('subject');
  var body = form.elements.namedItem('body');
  var openButton = document.getElementById('open-in-email');
  var copyButton = document.getElementById('copy-email');
  var status = document.getElementById('draft-status');
  var warning = document.getElementById('link-warning');
  var copyPanel = document.getElementById('copy-panel');
  var copyText = document.getElementById('copy-text');
  var linkField = document.getElementById('invitation-link');
  var copyLinkButton = document.getElementById('copy-link');
  var link = form.dataset.link;
  var maxLength = parseInt(form.dataset.mailtoMaxLength, 10);
  var serverMailto = openButton.dataset.mailto;

  // The same encoding as the server's MailtoLink (RFC 6068): UTF-8 percent-encoding of
  // everything but unreserved characters, spaces as %20, line breaks as %0D%0A.
  function encode(text) {
    return encodeURIComponent(text).replace(/[!'()*]/g, function (c) {
      return '%' + c.charCodeAt(0).toString(16).toUpperCase();
    });
  }

  function mailto() {
    if (subject.value === subject.defaultValue && body.value === body.defaultValue && serverMailto) {
      return serverMailto;
    }
    var oneLineSubject = subject.value.replace(/\r\n|\r|\n/g, ' ');
    var crlfBody = body.value.replace(/\r\n|\r|\n/g, '\r\n');
    return 'mailto:?subject=' + encode(oneLineSubject) + '&body=' + encode(crlfBody);
  }

  function say(message) {
    // Emptying first makes screen readers announce the same message twice in a row.
    status.textContent = '';
    window.setTimeout(function () {
      status.textContent = message;
    }, 50);
  }

  function linkPresent() {
    return body.value.indexOf(link) !== -1;
  }

  function showLinkWarning() {
    warning.hidden = linkPresent();
  }

  // Asks before sending an email a customer cannot answer.
  function goAheadWithoutLink() {
    if (linkPresent()) {
      return true;
    }
    showLinkWarning();
    return window.confirm(form.dataset.confirmMissingLink);
  }

  function selectForCopy(field, message) {
    field.focus();
    field.select();
    say(message);
  }

  function copy(text, onCopied, onFailed) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(onCopied, onFailed);
    }
    else {
      onFailed();
    }
  }

  // The button's data-mailto stays the URL it opens while the partner edits, instead of
  // describing the text as the server first wrote it.
  function refreshMailto() {
    openButton.dataset.mailto = mailto();
  }

  subject.addEventListener('input', refreshMailto);
  body.addEventListener('input', function () {
    showLinkWarning();
    refreshMailto();
  });
  // A browser may have restored edited text when the page was reached through Back.
  refreshMailto();

  openButton.addEventListener('click', function (event) {
    event.preventDefault();
    // Older browsers lack reportValidity; the server validates anyway.
    if ((form.reportValidity && !form.reportValidity()) || !goAheadWithoutLink()) {
      return;
    }
    var url = mailto();
    if (url.length > maxLength) {
      say(form.dataset.tooLong);
      return;
    }
    window.location.href = url;
  });

  copyButton.addEventListener('click', function (event) {
    event.preventDefault();
    if (!goAheadWithoutLink()) {
      return;
    }
    var text = subject.value + '\n\n' + body.value;
    copy(text, function () {
      say(form.dataset.copied);
    }, function () {
      // No clipboard access: show the whole text selected, for the keyboard to copy.
      copyText.value = text;
      copyPanel.hidden = false;
      selectForCopy(copyText, form.dataset.copyFallback);
    });
  });

  if (copyLinkButton && linkField) {
    copyLinkButton.hidden = false;
    copyLinkButton.addEventListener('click', function () {
      copy(linkField.value, function () {
        say(form.dataset.linkCopied);
      }, function () {
        selectForCopy(linkField, form.dataset.linkCopyFallback);
      });
    });
  }

  // The server's copy page focuses the text; selecting it too leaves only Ctrl+C to press.
  if (copyPanel && !copyPanel.hidden && copyText) {
    copyText.focus();
    copyText.select();
  }
}());
