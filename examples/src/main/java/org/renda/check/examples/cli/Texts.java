package org.renda.check.examples.cli;

import org.renda.check.Language;
import org.renda.check.internal.MessageBundle;

/** What the command-line tool says: {@code messages.properties} (Chinese) and {@code messages_en.properties} in this package. */
final class Texts {

    /** The CLI's texts. */
    static final MessageBundle TEXTS = new MessageBundle(Texts.class, "messages");

    private Texts() {
    }

    /** The text of {@code key} in this language, arguments put in by position. */
    static String get(Language lang, String key, Object... args) {
        return TEXTS.get(lang, key, args);
    }
}
