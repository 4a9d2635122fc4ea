/*
 * After an action (a button pressed, by mouse or keyboard) the user is taken to its outcome: the first
 * field the service refused, or else the message at the top of the page, scrolled into view and
 * focused so that a screen reader reads it; or, for a button that opens a form, that form's first
 * field. Typing in a filter field keeps the focus where it is.
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

    /*
     * A form marked data-autosave="name" calls the remote command of that name once the user has
     * stopped typing for a moment, so that a draft is saved as it is written.
     */
    var AUTOSAVE_DELAY_MS = 1500;
    var pendingAutosave = null;

    function scheduleAutosave(event) {
        var form = event.target.closest && event.target.closest('form[data-autosave]');
        var command = form && window[form.getAttribute('data-autosave')];
        if (typeof command !== 'function') {
            return;
        }
        clearTimeout(pendingAutosave);
        pendingAutosave = setTimeout(function () {
            command();
        }, AUTOSAVE_DELAY_MS);
    }

    // A save the user asked for (a button, or Enter) makes the pending automatic one needless.
    function cancelAutosave(event) {
        if (event.type === 'click' ? event.target.closest('button') : event.key === 'Enter') {
            clearTimeout(pendingAutosave);
        }
    }

    var pressed = null;

    document.addEventListener('click', function (event) {
        pressed = event.target.closest ? event.target.closest('button') : null;
    }, true);
    document.addEventListener('input', scheduleAutosave);
    document.addEventListener('change', scheduleAutosave);
    document.addEventListener('click', cancelAutosave, true);

    // The menu button of narrow screens (no inline handler: the content policy allows no inline script).
    document.addEventListener('click', function (event) {
        var toggle = event.target.closest ? event.target.closest('#menu-toggle') : null;
        if (!toggle) {
            return;
        }
        var open = document.getElementById('main-nav').classList.toggle('menu-collapsed') === false;
        toggle.setAttribute('aria-expanded', open);
    });
    document.addEventListener('keydown', cancelAutosave, true);

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
            // A button that opens a form elsewhere on the page (data-reveal="its first field") takes the
            // user there. PrimeFaces disables a button during its request, which drops its focus to the
            // body: the button pressed is remembered from the click.
            var reveal = pressed && pressed.getAttribute('data-reveal');
            pressed = null;
            var target = reveal ? document.getElementById(reveal) : firstInvalid();
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

/*
 * PrimeFaces writes the hidden text "ui-button" into a date picker's calendar button and names the
 * button "Choose date": the name then lacks the button's own text, which speech input users say to
 * press it (WCAG 2.5.3, Label in Name). The hidden text becomes the name, whenever such a button
 * appears or is renamed (pages and Ajax updates alike).
 */
(function () {
    function nameCalendarButtons() {
        document.querySelectorAll('.ui-datepicker-trigger[aria-label] > .ui-button-text').forEach(function (text) {
            var name = text.parentNode.getAttribute('aria-label');
            if (text.textContent !== name) {
                text.textContent = name;
            }
        });
    }

    new MutationObserver(nameCalendarButtons).observe(document.documentElement,
        {childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label']});
})();

/*
 * A view's choices live in the address (ViewAddress): each choice made on the page adds a history
 * entry with its parameters, and going back or forward to one reloads the page it names, which reads
 * them again. Moving to an anchor of the same page (the skip link) changes no parameter and reloads
 * nothing.
 */
window.SurveyView = (function () {
    var shown = window.location.search;

    window.addEventListener('popstate', function () {
        if (window.location.search !== shown) {
            window.location.reload();
        }
    });

    return {
        remember: function (choices) {
            var url = new URL(window.location.href);
            Object.keys(choices).forEach(function (name) {
                var value = choices[name];
                if (value === null || value === '') {
                    url.searchParams.delete(name);
                } else {
                    url.searchParams.set(name, value);
                }
            });
            url.hash = '';
            if (url.search !== window.location.search) {
                window.history.pushState({view: true}, '', url.href);
                shown = url.search;
            }
        }
    };
})();
