/*
 * After an action (a button pressed, by mouse or keyboard) the user is taken to its outcome: the first
 * field the service refused, or else the message at the top of the page, scrolled into view and
 * focused so that a screen reader reads it. Typing in a filter field keeps the focus where it is.
 */
(function () {
    function firstInvalid() {
        return document.querySelector('main [aria-invalid="true"], main .ui-state-error input, main input.ui-state-error, '
            + 'main textarea.ui-state-error');
    }

    function message() {
        var box = document.getElementById('messages');
        return box && box.querySelector('.ui-messages-info, .ui-messages-warn, .ui-messages-error, .ui-messages-fatal')
            ? box : null;
    }

    document.addEventListener('DOMContentLoaded', function () {
        if (!window.jQuery) {
            return;
        }
        jQuery(document).on('pfAjaxComplete', function () {
            var active = document.activeElement;
            var fromButton = active && (active.tagName === 'BUTTON' || active.getAttribute('role') === 'button'
                || active === document.body);
            if (!fromButton) {
                return;
            }
            var target = firstInvalid();
            if (!target) {
                target = message();
                if (target) {
                    target.setAttribute('tabindex', '-1');
                }
            }
            if (target && !target.closest('.ui-dialog')) {
                target.scrollIntoView({block: 'center'});
                target.focus({preventScroll: true});
            }
        });
    });
})();
