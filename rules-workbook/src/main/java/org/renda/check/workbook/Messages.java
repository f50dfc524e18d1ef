package org.renda.check.workbook;

import java.util.List;
import org.renda.check.Language;
import org.renda.check.internal.MessageBundle;

/** What the workbook reader says, in Chinese or English. */
final class Messages {

    /** The workbook reader's texts: {@code messages.properties} (Chinese) and {@code messages_en.properties} in this package. */
    static final MessageBundle TEXTS = new MessageBundle(Messages.class, "messages");

    private final Language lang;

    Messages(Language lang) {
        this.lang = lang;
    }

    private String msg(String key, Object... args) {
        return TEXTS.get(lang, key, args);
    }

    private static String q(String s) {
        String v = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return "“" + v.replace("\n", "⏎") + "”";
    }

    // ---- the file ----

    String notAZip() {
        return msg("messages.notXlsxWorkbookContentNot");
    }

    String oldXls() {
        return msg("messages.oldExcelWorkbookXlsOnly");
    }

    String encrypted() {
        return msg("messages.workbookPasswordProtectedEncryptedCannot");
    }

    String otherOle() {
        return msg("messages.notXlsxWorkbookAnotherOld");
    }

    String broken() {
        return msg("messages.workbookDamagedOrIncompleteCannot");
    }

    String bomb() {
        return msg("messages.workbookExpandsAbnormalSizeCompression");
    }

    String tooManyRows(int max) {
        return msg("messages.sheetHasMoreThanLimit", max);
    }

    String tooLong(int max) {
        return msg("messages.cellHoldsMoreThanLimit", max);
    }

    String noSheets() {
        return msg("messages.workbookHasNoSheetWas");
    }

    // ---- structure ----

    String unknownSheet(String name) {
        return msg("messages.workbookHasSheetTemplateDoes", q(name));
    }

    String merged(String range) {
        return msg("messages.mergedCellsNotAllowedUnmerge", range);
    }

    String unknownColumn(String header) {
        return msg("messages.templateHasNoColumnDelete", q(header));
    }

    String duplicateColumn(String header) {
        return msg("messages.columnAppearsMoreThanOnce", q(header));
    }

    String noHeader() {
        return msg("messages.columnHasNoHeaderBut");
    }

    String unknownItem(String name) {
        return msg("messages.templateHasNoItem", q(name));
    }

    String noItemName() {
        return msg("messages.rowHasNoItemName");
    }

    String outsideTemplate() {
        return msg("messages.templateHasNothingHereDelete");
    }

    String duplicateItem(String name) {
        return msg("messages.itemAppearsMoreThanOnce", q(name));
    }

    // ---- status ----

    String badStatus(String found) {
        return msg("messages.statusMustReportedNoneYear", Layout.PRESENT, Layout.EMPTY, Layout.ABSENT, q(found));
    }

    String presentButEmpty() {
        return msg("messages.statusSaysReportedButSheet", Layout.PRESENT, Layout.EMPTY);
    }

    String notPresentButFilled(String status) {
        return msg("messages.statusButSheetHoldsData", q(status), Layout.PRESENT);
    }

    String parentAbsent(String parent) {
        return msg("messages.sheetNotReportedButSheet", q(parent));
    }

    // ---- links ----

    /** "会议的编号": a field of the parent item, both named by their (Chinese) titles. */
    String parentsField(String parent, String field) {
        return msg("messages.parentsField", parent, field);
    }

    String noLink(String what) {
        return msg("messages.expected", what);
    }

    String unknownLink(String sheet, String what, String id) {
        return msg("messages.sheetHasNoRowWhose", q(sheet), what, q(id));
    }

    // ---- values ----

    String formulaError(String code) {
        return msg("messages.formulaGivesErrorCorrectOr", code);
    }

    String formulaNoResult() {
        return msg("messages.formulaHasNoComputedResult");
    }

    String badDate(String found) {
        return msg("messages.expectedDateOrFound", q(found));
    }

    String numberNotDate(String found) {
        return msg("messages.expectedDateFoundNumberFormat", found);
    }

    String dateWithTime(String found) {
        return msg("messages.expectedDateFoundDateWith", found);
    }

    String badInteger(String found) {
        return msg("messages.expectedWholeNumberFound", q(found));
    }

    String badNumber(String found) {
        return msg("messages.expectedNumberFound", q(found));
    }

    String badBoolean(List<String> labels, String found) {
        return msg("messages.expectedBooleanFound", String.join(msg("messages.or"), quoted(labels)), q(found));
    }

    String badChoice(List<String> labels, String found) {
        return msg("messages.expectedOneOfFound", String.join(msg("messages.separator"), labels), q(found));
    }

    String notText(String found) {
        return msg("messages.expectedTextFound", q(found));
    }

    private static List<String> quoted(List<String> labels) {
        return labels.stream().map(s -> "“" + s + "”").toList();
    }
}
