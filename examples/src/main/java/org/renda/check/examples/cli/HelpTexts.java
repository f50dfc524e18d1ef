package org.renda.check.examples.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.renda.check.Language;
import picocli.CommandLine;

/**
 * picocli's help texts (descriptions of the commands and their options) from the CLI's message
 * bundle, in the language asked for on the command line: picocli reads them through a
 * {@link ResourceBundle}, which this adapts from {@link Texts#TEXTS}. An option names its text with
 * {@code descriptionKey}; a command's description is picocli's {@code <qualified name>.usage.description},
 * looked up here by the command's name.
 */
final class HelpTexts extends ResourceBundle {

    /** Each command's description, by the command's name. */
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "renda-check", "main.help.description",
            "check", "checkCommand.help.description",
            "due", "dueCommand.help.description",
            "template", "templateCommand.help.description",
            "convert", "convertCommand.help.description",
            "rules", "rulesCommand.help.description",
            "params", "paramsCommand.help.description",
            "validate", "validateCommand.help.description",
            "test", "testCommand.help.description");

    private final Map<String, String> texts = new HashMap<>();

    private HelpTexts(CommandLine root, Language lang) {
        Texts.TEXTS.texts(lang).forEach((k, v) -> {
            if (k.contains(".help.")) {
                texts.put(k, v);
            }
        });
        describe(root, lang);
    }

    private void describe(CommandLine cl, Language lang) {
        String key = DESCRIPTIONS.get(cl.getCommandName());
        if (key != null) {
            texts.put(cl.getCommandSpec().qualifiedName(".") + ".usage.description", Texts.get(lang, key));
        }
        cl.getSubcommands().values().forEach(sub -> describe(sub, lang));
    }

    /** Gives the command and its subcommands their help texts in this language. */
    static void apply(CommandLine root, Language lang) {
        root.setResourceBundle(new HelpTexts(root, lang));
    }

    @Override
    protected Object handleGetObject(String key) {
        return texts.get(key);
    }

    @Override
    protected Set<String> handleKeySet() {
        return texts.keySet();
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(texts.keySet());
    }
}
