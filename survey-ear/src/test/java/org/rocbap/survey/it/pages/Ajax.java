package org.rocbap.survey.it.pages;

import org.openqa.selenium.JavascriptExecutor;
import org.rocbap.survey.it.Browser;

/** Waits for PrimeFaces' ajax queue to empty instead of sleeping. */
final class Ajax {

    private Ajax() {}

    static void waitForQueue(Browser browser) {
        browser.waiting().until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                        + " || PrimeFaces.ajax.Queue.isEmpty());"));
    }
}
