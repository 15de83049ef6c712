/*
 * The "Copy" button beside a personal link: copies the text of the input its data-copy names
 * (a client id) to the clipboard and says "Copied" in the page's status line; where the
 * clipboard is not available (an insecure address, a refused permission) it selects the text
 * instead and says to copy it by hand. Loaded as a file so it runs under the Content-Security-Policy;
 * listens on the document, so it also serves buttons that an ajax update brought in.
 */
(function () {
    'use strict';

    function say(button, text) {
        var status = document.getElementById('copy-status');
        if (status) {
            status.textContent = text;
        }
    }

    function select(input, button) {
        input.focus();
        input.select();
        input.setSelectionRange(0, input.value.length);
        say(button, button.getAttribute('data-selected'));
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('[data-copy]') : null;
        if (!button) {
            return;
        }
        var input = document.getElementById(button.getAttribute('data-copy'));
        if (!input) {
            return;
        }
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(input.value).then(function () {
                say(button, button.getAttribute('data-copied'));
            }, function () {
                select(input, button);
            });
        } else {
            select(input, button);
        }
    });
}());
