package org.rocbap.survey.web.round;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The empty round import workbook, for ROCB A/P staff (web.xml restricts /round/* to them). */
@WebServlet("/round/template.xlsx")
public class TemplateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"round-import-template.xlsx\"");
        RoundSpreadsheet.writeTemplate(response.getOutputStream());
    }
}
