/** Tables written as spreadsheets (CSV, Excel), streamed, with formulas neutralised. */
package org.rocbap.survey.web.export;
