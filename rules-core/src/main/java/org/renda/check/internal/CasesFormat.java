package org.renda.check.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.renda.check.InputError;
import org.renda.check.Language;

/**
 * The format of a rule's fixtures ({@code ID.cases.json}), defined once by its JSON Schema
 * {@code /org/renda/check/cases-1.0.schema.json} (draft 2020-12): this class checks a cases file
 * against it and says, for each problem, the JSON Pointer and what was expected, in Chinese or
 * English. A misspelt key ({@code "expectd"}) is an error naming the key the author meant, never
 * silently ignored. Internal; the fixture runner ({@code PackTester}) and the {@code validate} and
 * {@code test} commands use it.
 */
public final class CasesFormat {

    public static final String SCHEMA_RESOURCE = "/org/renda/check/cases-1.0.schema.json";

    private static final CasesFormat INSTANCE = new CasesFormat();

    private final JsonNode schemaJson;
    private final JsonSchema schema;

    private CasesFormat() {
        java.net.URL url = CasesFormat.class.getResource(SCHEMA_RESOURCE);
        try {
            schemaJson = new ObjectMapper().readTree(java.util.Objects.requireNonNull(url, SCHEMA_RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
        }
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(schemaJson, SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).locale(Locale.ROOT).build());
        schema.initializeValidators();
    }

    /** The base records a case may start from, as the schema declares them (the enum of a case's {@code base}). */
    public static List<String> bases() {
        List<String> out = new ArrayList<>();
        INSTANCE.schemaJson.at("/$defs/case/properties/base/enum").forEach(b -> out.add(b.asText()));
        return List.copyOf(out);
    }

    /**
     * The problems of a cases file, one per place (the first, most useful one when several
     * keywords fail there), in document order; empty when the file follows the format.
     */
    public static List<InputError> validate(JsonNode cases, Language l) {
        return INSTANCE.check(cases, l);
    }

    private List<InputError> check(JsonNode doc, Language l) {
        Map<String, String> byPath = new LinkedHashMap<>();
        for (ValidationMessage m : schema.validate(doc)) {
            String path = RecordValidator.pointer(m.getInstanceLocation());
            String type = m.getType();
            if (("required".equals(type) || "additionalProperties".equals(type)) && m.getProperty() != null) {
                path = path + "/" + Msg.escape(m.getProperty());
            }
            JsonNode found = doc.at(path);
            JsonNode keyword = schemaJson.at(RecordValidator.pointer(m.getSchemaLocation().getFragment()));
            String field = path.isEmpty() ? "" : path.substring(path.lastIndexOf('/') + 1);
            String msg = switch (type) {
                case "required" -> Msg.get(l, "casesFormat.missing", field);
                case "additionalProperties" -> unknown(field, m, l);
                case "type" -> Msg.get(l, "casesFormat.expected") + types(keyword, l) + Msg.get(l, "casesFormat.found")
                        + Msg.found(found, l);
                case "enum" -> Msg.get(l, "casesFormat.expectedOneOf", values(keyword, Msg.get(l, "list.separator")), Msg.shortText(found));
                case "pattern" -> pattern(keyword.asText(), found, l);
                case "minItems" -> Msg.get(l, "casesFormat.needsAtLeastOneEntry");
                case "minLength" -> Msg.get(l, "casesFormat.mustNotEmpty");
                default -> Msg.get(l, "casesFormat.doesNotFollowCasesFormat") + m.getMessage();
            };
            byPath.putIfAbsent(path, msg);
        }
        List<InputError> out = new ArrayList<>();
        byPath.forEach((p, msg) -> out.add(new InputError(p, msg)));
        return out;
    }

    /** An unknown key, with the key meant when it is close to one allowed there, and the allowed keys. */
    private String unknown(String field, ValidationMessage m, Language l) {
        JsonNodePath at = m.getSchemaLocation().getFragment();
        JsonNode object = schemaJson.at(RecordValidator.pointer(at.getParent()));
        List<String> allowed = new ArrayList<>();
        object.path("properties").fieldNames().forEachRemaining(allowed::add);
        String meant = Suggest.closest(field, allowed);
        return Msg.get(l, "casesFormat.unknownKey", field,
                Msg.when(meant != null, new Msg.Text("casesFormat.unknownKey.meant", meant)), new Msg.Joined(allowed));
    }

    private static String pattern(String regex, JsonNode found, Language l) {
        String f = Msg.shortText(found);
        if (regex.startsWith("^[A-Z]")) {
            return Msg.get(l, "casesFormat.expectedRuleIdLikeSd", f);
        }
        if (regex.startsWith("^(/")) {
            return Msg.get(l, "casesFormat.expectedJsonPointerStartingWith", f);
        }
        if (regex.contains("(0[1-9]|1[0-2])$")) {
            return Msg.get(l, "casesFormat.expectedMonthYyyyMmFound", f);
        }
        return Msg.get(l, "casesFormat.expectedDateYyyyMmDd", f);
    }

    private static String types(JsonNode keyword, Language l) {
        List<String> names = new ArrayList<>();
        if (keyword.isArray()) {
            keyword.forEach(t -> names.add(Msg.schemaType(t.asText(), l)));
        } else {
            names.add(Msg.schemaType(keyword.asText(), l));
        }
        return String.join(Msg.get(l, "casesFormat.or"), names);
    }

    private static String values(JsonNode keyword, String separator) {
        List<String> out = new ArrayList<>();
        keyword.forEach(v -> out.add(v.asText()));
        return String.join(separator, out);
    }
}
