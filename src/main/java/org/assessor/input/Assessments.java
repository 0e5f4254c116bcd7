package org.assessor.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

import org.assessor.assessment.AssessmentInputs;

/**
 * The assessments of one input file, read as they are asked for. After the last assessment, asking for
 * more throws every problem found in the file, if there were any: a caller that rated and wrote as
 * it went discards what it wrote.
 */
public final class Assessments implements Iterator<AssessmentInputs>, AutoCloseable {
    private final Iterator<AssessmentInputs> assessments;
    private final InputText text;
    private final long size;

    Assessments(Iterator<AssessmentInputs> assessments, InputText text, long size) {
        this.assessments = assessments;
        this.text = text;
        this.size = size;
    }

    @Override
    public boolean hasNext() {
        return assessments.hasNext();
    }

    @Override
    public AssessmentInputs next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return assessments.next();
    }

    /** Bytes of the file read so far, for progress. */
    public long bytesRead() {
        return text.bytesRead();
    }

    /** The file's size in bytes. */
    public long size() {
        return size;
    }

    @Override
    public void close() {
        try {
            text.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
