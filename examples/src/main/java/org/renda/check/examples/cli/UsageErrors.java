package org.renda.check.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.renda.check.Language;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Command-line usage errors in the user's language (Chinese unless {@code --lang en} is among the
 * arguments): what is wrong, which argument (counted from 1), and where to see the options.
 * Exit status 2. Replaces picocli's English "Missing required parameter", "Unknown option", ….
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    private static final Pattern INVALID = Pattern.compile("Invalid value for (?:option|positional parameter) '([^']+)': (.*)");
    private static final Pattern ONE_OF = Pattern.compile("expected one of \\[(.*?)\\] \\(case-sensitive\\) but was '(.*)'");

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        Language lang = languageOf(args);
        String command = cl.getCommandSpec().qualifiedName(" ");
        err.println(command + ": " + message(ex, args, lang));
        err.println(Texts.get(lang, "usageErrors.seeHelpOptions", command));
        err.flush();
        return 2;
    }

    /** The language asked for on the command line (even when parsing failed), else Chinese. */
    static Language languageOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String v = args[i].startsWith("--lang=") ? args[i].substring(7)
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (v != null && v.toLowerCase(java.util.Locale.ROOT).startsWith("en")) {
                return Language.EN;
            }
        }
        return Language.ZH;
    }

    static String message(ParameterException ex, String[] args, Language lang) {
        if (ex instanceof CommandLine.MissingParameterException m) {
            List<ArgSpec> missing = m.getMissing();
            String names = join(lang, missing.stream().map(UsageErrors::label).toList());
            String text = String.valueOf(ex.getMessage());
            boolean option = !missing.isEmpty() && missing.get(0).isOption()
                    && (text.startsWith("Expected parameter") || text.contains("for option"));
            return Texts.get(lang, option ? "usageErrors.optionNeedsValue" : "usageErrors.missingRequired", names);
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            int position = positionOf(args, first);
            String at = position > 0 ? Texts.get(lang, "usageErrors.atArgument", position) : "";
            List<String> suggestions = u.getSuggestions();
            String hint = suggestions.isEmpty() ? ""
                    : Texts.get(lang, "usageErrors.didYouMean", String.join(Texts.get(lang, "usageErrors.or"), suggestions));
            if (!first.startsWith("-") && ex.getCommandLine().getSubcommands().size() > 0 && position == 1) {
                String names = join(lang, List.copyOf(ex.getCommandLine().getSubcommands().keySet()));
                return Texts.get(lang, "usageErrors.unknownCommand", first, names, hint);
            }
            return Texts.get(lang, first.startsWith("-") ? "usageErrors.unknownOption" : "usageErrors.unexpectedArgument",
                    first, at, hint);
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            return Texts.get(lang, "usageErrors.optionTwice", label(o.getOverwritten()));
        }
        Matcher m = INVALID.matcher(String.valueOf(ex.getMessage()));
        if (m.find()) {
            String name = m.group(1);
            String why = m.group(2);
            Matcher one = ONE_OF.matcher(why);
            if (one.find()) {
                return Texts.get(lang, "usageErrors.mustBeOneOf", name, join(lang, List.of(one.group(1).split(", "))), one.group(2));
            }
            if (hasChinese(why)) {
                return why; // our own converters already say what is wrong
            }
            return Texts.get(lang, "usageErrors.invalidValue", name, why);
        }
        if (ex.getClass() == ParameterException.class || hasChinese(String.valueOf(ex.getMessage()))) {
            return ex.getMessage(); // raised by a command in the user's words
        }
        if (ex.getCause() instanceof CommandLine.TypeConversionException t) {
            return t.getMessage();
        }
        return Texts.get(lang, "usageErrors.invalidCommandLine", ex.getMessage());
    }

    /** Names in a list: 甲、乙 in Chinese, "a, b" in English. */
    static String join(Language lang, List<String> names) {
        return String.join(Texts.get(lang, "usageErrors.listSeparator"), names);
    }

    private static boolean hasChinese(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String label(ArgSpec a) {
        if (a instanceof OptionSpec o) {
            return o.longestName();
        }
        return a.paramLabel();
    }

    /** The 1-based position of an argument on the command line, or 0. */
    private static int positionOf(String[] args, String arg) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(arg)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** {@code --lang}: zh or en; anything else is a usage error (exit 2), in Chinese with an English gloss. */
    static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.parse(value);
            } catch (IllegalArgumentException e) {
                // the language cannot be told from a value that names none: the Chinese text says it in both
                throw new CommandLine.TypeConversionException(Texts.get(Language.ZH, "usageErrors.langMustBeZhOrEn", value));
            }
        }
    }
}
