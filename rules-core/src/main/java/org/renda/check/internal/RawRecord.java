package org.renda.check.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.renda.check.InputError;

/** One record as read from a file: its JSON, or the file-level errors that stopped reading it. */
public record RawRecord(String source, int index, JsonNode node, List<InputError> errors) {
    public RawRecord {
        errors = List.copyOf(errors);
    }
}
