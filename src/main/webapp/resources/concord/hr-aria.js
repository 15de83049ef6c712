/*
 * The campaign form's team field (a PrimeFaces autocomplete of several teams) lists the teams
 * chosen as tokens in a list the theme marks as a listbox, although its items are not options
 * (WCAG 2.1 AA: axe-core's aria-required-children, listitem, aria-input-field-name). It is a
 * plain list of the teams chosen, followed by the text field that offers more: say so, on load
 * and after every ajax update. A file field is never hidden from assistive technologies while
 * it can take the focus (axe-core's aria-hidden-focus).
 */
(function () {
    function plainList() {
        document.querySelectorAll('ul.ui-autocomplete-multiple-container').forEach(function (list) {
            if (list.getAttribute('role') === 'listbox') {
                list.setAttribute('role', 'list');
                list.removeAttribute('aria-orientation');
            }
            list.querySelectorAll('li[role=option]').forEach(function (token) {
                token.setAttribute('role', 'listitem');
                token.removeAttribute('aria-selected');
            });
            if (!list.dataset.ccWatched) {
                list.dataset.ccWatched = 'true';
                new MutationObserver(plainList).observe(list, {childList: true});
            }
        });
        document.querySelectorAll('input[type=file][aria-hidden=true]').forEach(function (field) {
            field.removeAttribute('aria-hidden');
        });
    }
    document.addEventListener('DOMContentLoaded', plainList);
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', plainList);
    }
    plainList();
})();
