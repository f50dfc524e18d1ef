package org.renda.check.workbook;

import java.util.List;
import org.renda.check.Language;

/** What the workbook reader says, in Chinese or English. */
final class Messages {

    private final boolean en;

    Messages(Language lang) {
        this.en = lang == Language.EN;
    }

    private String t(String zh, String english) {
        return en ? english : zh;
    }

    private static String q(String s) {
        String v = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return "“" + v.replace("\n", "⏎") + "”";
    }

    // ---- the file ----

    String notAZip() {
        return t("不是 .xlsx 工作簿：文件内容不是 Excel/WPS 的 .xlsx 格式（请在表格软件中另存为“Excel 工作簿 (*.xlsx)”）",
                "not an .xlsx workbook: the content is not in the .xlsx format (save it as \"Excel Workbook (*.xlsx)\")");
    }

    String oldXls() {
        return t("这是旧版 Excel 97-2003 工作簿（.xls），本工具只读 .xlsx：请在 Excel 或 WPS 中打开，另存为“Excel 工作簿 (*.xlsx)”后再检查",
                "this is an old Excel 97-2003 workbook (.xls); only .xlsx is read: open it in Excel or WPS and save it as \"Excel Workbook (*.xlsx)\"");
    }

    String encrypted() {
        return t("工作簿设有打开密码（已加密），无法读取：请在表格软件中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后另存为 .xlsx",
                "the workbook is password-protected (encrypted) and cannot be read: remove the password in the spreadsheet program and save it as .xlsx again");
    }

    String otherOle() {
        return t("不是 .xlsx 工作簿：这是另一种旧的 Office/WPS 格式（如 .et、.doc），请另存为“Excel 工作簿 (*.xlsx)”",
                "not an .xlsx workbook: this is another old Office/WPS format (such as .et or .doc); save it as \"Excel Workbook (*.xlsx)\"");
    }

    String broken() {
        return t("工作簿已损坏或不完整，无法读取：请在表格软件中打开并重新保存为 .xlsx",
                "the workbook is damaged or incomplete and cannot be read: open it in the spreadsheet program and save it as .xlsx again");
    }

    String bomb() {
        return t("工作簿解压后异常庞大（压缩比超出安全限度，疑为“压缩炸弹”），拒绝读取",
                "the workbook expands to an abnormal size (compression ratio beyond the safety limit, a suspected zip bomb); not read");
    }

    String tooManyRows(int max) {
        return t("工作表的行数超过上限 " + max + " 行", "the sheet has more than the limit of " + max + " rows");
    }

    String tooLong(int max) {
        return t("单元格内容超过上限 " + max + " 个字符", "the cell holds more than the limit of " + max + " characters");
    }

    String noSheets() {
        return t("工作簿中没有“基本信息”表：这不是由模板填写的工作簿（用 renda-check template 生成模板）",
                "the workbook has no 基本信息 sheet: it was not filled from the template (make one with renda-check template)");
    }

    // ---- structure ----

    String unknownSheet(String name) {
        return t("工作簿中有模板以外的工作表" + q(name) + "：请删除它，或把内容移到模板的工作表中",
                "the workbook has a sheet the template does not have, " + q(name) + ": delete it or move its content into the template's sheets");
    }

    String merged(String range) {
        return t("不能合并单元格（" + range + "）：请取消合并，每个单元格单独填写",
                "merged cells (" + range + ") are not allowed: unmerge them and fill each cell");
    }

    String unknownColumn(String header) {
        return t("模板中没有" + q(header) + "这一列：请删除此列，或把内容移到已有的列中",
                "the template has no column " + q(header) + ": delete it or move its content into the template's columns");
    }

    String duplicateColumn(String header) {
        return t(q(header) + "列出现了不止一次", "the column " + q(header) + " appears more than once");
    }

    String noHeader() {
        return t("这一列没有标题，但下面填写了内容：请填写模板中的列标题，或删除这些内容",
                "this column has no header but holds data: give it the template's header or delete the data");
    }

    String unknownItem(String name) {
        return t("模板中没有" + q(name) + "这一项", "the template has no item " + q(name));
    }

    String noItemName() {
        return t("这一行没有项目名称，但填写了内容", "this row has no item name but holds a value");
    }

    String outsideTemplate() {
        return t("模板中此处没有内容项，请删除这里的内容", "the template has nothing here; delete this content");
    }

    String duplicateItem(String name) {
        return t(q(name) + "这一项出现了不止一次", "the item " + q(name) + " appears more than once");
    }

    // ---- status ----

    String badStatus(String found) {
        return t("填报状态应为“" + Layout.PRESENT + "”“" + Layout.EMPTY + "”或“" + Layout.ABSENT + "”，实际为" + q(found),
                "the status must be " + Layout.PRESENT + " (reported), " + Layout.EMPTY + " (none this year) or "
                        + Layout.ABSENT + " (not reported); found " + q(found));
    }

    String presentButEmpty() {
        return t("填报状态为“" + Layout.PRESENT + "”，但表中没有填写内容（本年没有此类事项请选“" + Layout.EMPTY + "”）",
                "the status says reported (" + Layout.PRESENT + ") but the sheet is empty (choose " + Layout.EMPTY + " when there were none this year)");
    }

    String notPresentButFilled(String status) {
        return t("填报状态为" + q(status) + "，但表中填写了内容：请把状态改为“" + Layout.PRESENT + "”，或删除表中的内容",
                "the status is " + q(status) + " but the sheet holds data: set it to " + Layout.PRESENT + " or delete the data");
    }

    String parentAbsent(String parent) {
        return t(q(parent) + "表没有填报，但本附表填写了内容", "the sheet " + q(parent) + " is not reported but this sheet holds data");
    }

    // ---- links ----

    String noLink(String what) {
        return t("应填写" + what, "expected " + what);
    }

    String unknownLink(String sheet, String what, String id) {
        return t(q(sheet) + "表中没有" + what + "为" + q(id) + "的一行",
                "the sheet " + q(sheet) + " has no row whose " + what + " is " + q(id));
    }

    // ---- values ----

    String formulaError(String code) {
        return t("公式出错（" + code + "）：请改正公式，或直接填写数值", "the formula gives an error (" + code + "): correct it or type the value");
    }

    String formulaNoResult() {
        return t("公式没有计算结果：请在表格软件中重新计算并保存后再检查",
                "the formula has no computed result: recalculate and save in the spreadsheet program, then check again");
    }

    String badDate(String found) {
        return t("应为日期（如 2025-03-01、2025/3/1、2025.3.1 或 2025年3月1日），实际为" + q(found),
                "expected a date (2025-03-01, 2025/3/1, 2025.3.1 or 2025年3月1日), found " + q(found));
    }

    String numberNotDate(String found) {
        return t("应为日期，实际为数字 " + found + "：请把单元格设为日期格式，或写成 2025-03-01",
                "expected a date, found the number " + found + ": format the cell as a date or write 2025-03-01");
    }

    String dateWithTime(String found) {
        return t("应为日期，实际含有时间（" + found + "）：只填写日期", "expected a date, found a date with a time (" + found + "): give the date only");
    }

    String badInteger(String found) {
        return t("应为整数，实际为" + q(found), "expected a whole number, found " + q(found));
    }

    String badNumber(String found) {
        return t("应为数字，实际为" + q(found), "expected a number, found " + q(found));
    }

    String badBoolean(List<String> labels, String found) {
        return t("应为" + String.join("或", quoted(labels)) + "，实际为" + q(found),
                "expected " + String.join(" or ", quoted(labels)) + ", found " + q(found));
    }

    String badChoice(List<String> labels, String found) {
        return t("应为以下之一：" + String.join("、", labels) + "；实际为" + q(found),
                "expected one of: " + String.join(", ", labels) + "; found " + q(found));
    }

    String notText(String found) {
        return t("应为文字，实际为" + q(found), "expected text, found " + q(found));
    }

    private static List<String> quoted(List<String> labels) {
        return labels.stream().map(s -> "“" + s + "”").toList();
    }
}
