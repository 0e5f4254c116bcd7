package org.assessor.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.assessor.output.ExplanationHeader;
import org.assessor.output.ExplanationRenderer;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a run's explanations were stored: a run archived since December 2026 keeps the header of
 * {@code explanations.jsonl} once and each rating's line, rendered here to the object every reader shows; a run
 * archived before keeps that object itself, read as it is.
 */
final class StoredExplanations {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ExplanationRenderer renderer;

    private StoredExplanations(ExplanationRenderer renderer) {
        this.renderer = renderer;
    }

    static StoredExplanations of(Connection connection, long runId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT format, header FROM run_explanation_header WHERE run_id = ?")) {
            select.setLong(1, runId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return new StoredExplanations(null);
                }
                if (row.getInt(1) != ExplanationHeader.VERSION) {
                    throw new IllegalStateException("run " + runId + " keeps its explanations in format " + row.getInt(1)
                            + ", which this version of Assessor cannot read (it reads " + ExplanationHeader.VERSION + ")");
                }
                return new StoredExplanations(new ExplanationRenderer(ExplanationHeader.read(JSON.readTree(Gzip.string(row.getBytes(2))))));
            }
        }
    }

    /** One rating's stored explanation (gzip) as the object of {@code explanations.json}. */
    String read(byte[] gzip) {
        String stored = Gzip.string(gzip);
        return renderer == null ? stored : renderer.render(JSON.readTree(stored));
    }
}
