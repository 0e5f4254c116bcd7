package org.assessor.web.runs;

import java.util.regex.Pattern;

/**
 * Cells of a CSV served for download, made safe to open in a spreadsheet (OWASP "CSV injection"): a cell
 * that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is read as a
 * formula by Excel, LibreOffice and Google Sheets, so it gets a leading single quote, which they show as
 * text. An organisation name or an attribute comes from an uploaded file, so whoever uploads it could
 * otherwise plant a formula in the download of everyone who reads the run. A cell that is wholly a plain
 * number ({@code -3}, {@code -0.25}, {@code +1.5E-3}) is left alone: it cannot run anything, and quoting
 * it would turn data into text.
 */
final class FormulaCells {
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private FormulaCells() {
    }

    static String neutralised(String cell) {
        if (cell.isEmpty() || FORMULA_STARTS.indexOf(cell.charAt(0)) < 0 || PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }
}
