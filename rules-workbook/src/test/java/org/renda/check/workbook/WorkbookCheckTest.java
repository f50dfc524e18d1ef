package org.renda.check.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renda.check.workbook.WorkbookTestSupport.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.renda.check.CheckResult;
import org.renda.check.Checker;
import org.renda.check.InputError;
import org.renda.check.JsonReportWriter;
import org.renda.check.Language;
import org.renda.check.RecordFileReader.Read;
import org.renda.check.Status;

/** A workbook checks as its JSON does; what a person types is read or reported at its cell. */
class WorkbookCheckTest {

    private static Checker checker;

    @TempDir
    Path dir;

    @BeforeAll
    static void build() throws Exception {
        checker = Checker.builder().build();
    }

    @AfterAll
    static void close() {
        checker.close();
    }

    /** The township fixture as a workbook, changed as a person would in a spreadsheet program. */
    private Path edited(String name, Consumer<XSSFWorkbook> edit) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook(fixture("township"))))) {
            edit.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return save(dir, name, out.toByteArray());
        }
    }

    private static Cell cell(XSSFWorkbook wb, String sheet, String ref) {
        org.apache.poi.ss.util.CellReference r = new org.apache.poi.ss.util.CellReference(ref);
        XSSFSheet sh = wb.getSheet(sheet);
        Row row = sh.getRow(r.getRow()) != null ? sh.getRow(r.getRow()) : sh.createRow(r.getRow());
        return row.getCell(r.getCol()) != null ? row.getCell(r.getCol()) : row.createCell(r.getCol());
    }

    private static CheckResult only(List<CheckResult> results) {
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"township", "street", "township-midyear"})
    void aWorkbookGivesTheFindingsOfItsJson(String name) throws IOException {
        ObjectNode record = fixture(name);
        CheckResult json = only(checker.check(JSON.writeValueAsString(record), name + ".json"));
        CheckResult xlsx = only(checker.check(save(dir, name + ".xlsx", workbook(record))));
        assertThat(xlsx.status()).isEqualTo(json.status()).isEqualTo(Status.CHECKED);
        assertThat(xlsx.findings()).isEqualTo(json.findings());
        assertThat(xlsx.notChecked()).isEqualTo(json.notChecked());
        assertThat(xlsx.recordId()).isEqualTo(json.recordId());
    }

    @Test
    void aFindingOfTheRulesIsTheSameFromAWorkbook() throws IOException {
        ObjectNode record = fixture("township");
        ((ObjectNode) record.path("sessions").get(0)).put("halfDays", 1); // too short a session
        CheckResult json = only(checker.check(JSON.writeValueAsString(record), "t.json"));
        CheckResult xlsx = only(checker.check(save(dir, "short.xlsx", workbook(record))));
        assertThat(json.findings()).isNotEmpty();
        assertThat(xlsx.findings()).isEqualTo(json.findings());
    }

    @Test
    void datesTypedAsTextInTheCommonFormsAreRead() throws IOException {
        // 人民代表大会会议: A 会议编号, B 会议类型, C–F the four preparation dates, G 开幕日期, H 闭幕日期
        JsonNode sessions = fixture("township").path("sessions");
        java.util.function.BiFunction<Integer, String, String> typed = (i, f) -> {
            java.time.LocalDate d = java.time.LocalDate.parse(sessions.get(i).path(f).asText());
            return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        };
        Path p = edited("text-dates.xlsx", wb -> {
            java.time.LocalDate s0 = java.time.LocalDate.parse(sessions.get(0).path("startDate").asText());
            java.time.LocalDate e0 = java.time.LocalDate.parse(sessions.get(0).path("endDate").asText());
            cell(wb, "人民代表大会会议", "G3").setCellValue(s0.getYear() + "/" + s0.getMonthValue() + "/" + s0.getDayOfMonth());
            cell(wb, "人民代表大会会议", "H3").setCellValue(e0.getYear() + "." + e0.getMonthValue() + "." + e0.getDayOfMonth());
            cell(wb, "人民代表大会会议", "G4").setCellValue(typed.apply(1, "startDate"));
            cell(wb, "人民代表大会会议", "H4").setCellValue(sessions.get(1).path("endDate").asText());
        });
        Read read = read(p);
        assertThat(read.errors()).isEmpty();
        assertThat(differences(fixture("township"), tree(read))).isEmpty();
    }

    @Test
    void aMistypedDateIsReportedAtItsCellWithWhatWasExpected() throws IOException {
        Path p = edited("bad-date.xlsx", wb -> cell(wb, "人民代表大会会议", "G3").setCellValue("2024-1-32"));
        CheckResult r = only(checker.check(p));
        assertThat(r.status()).isEqualTo(Status.REJECTED);
        assertThat(r.errors()).containsExactly(new InputError("/sessions/0/startDate",
                "应为日期（如 2025-03-01、2025/3/1、2025.3.1 或 2025年3月1日），实际为“2024-1-32”", "人民代表大会会议!G3"));
        assertThat(r.errors().get(0).cellLabel(Language.ZH)).isEqualTo("人民代表大会会议 第3行 G列");
        assertThat(r.errors().get(0).cellLabel(Language.EN)).isEqualTo("人民代表大会会议 row 3, column G");
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try (JsonReportWriter w = JsonReportWriter.open(json, checker)) {
            w.write(r);
        }
        assertThat(json.toString(StandardCharsets.UTF_8)).containsPattern(
                "\"path\" : \"/sessions/0/startDate\",\\s*\"cell\" : \"人民代表大会会议!G3\",\\s*\"message\" : \"应为日期");
    }

    @Test
    void aValidationErrorFoundAfterReadingIsPlacedAtItsCell() throws IOException {
        // 出席代表数 (K) above 代表总数 (J): a semantic error of the checker, not of the reader
        Path p = edited("present.xlsx", wb -> cell(wb, "人民代表大会会议", "K3").setCellValue(99));
        CheckResult r = only(checker.check(p));
        assertThat(r.status()).isEqualTo(Status.REJECTED);
        assertThat(r.errors()).extracting(InputError::path).containsExactly("/sessions/0/deputiesPresent");
        assertThat(r.errors()).extracting(InputError::cell).containsExactly("人民代表大会会议!K3");
    }

    @Test
    void formulasGiveTheirCachedValueAndAFormulaErrorNamesItsCell() throws IOException {
        Path ok = edited("formula.xlsx", wb -> {
            cell(wb, "人民代表大会会议", "J3").setCellFormula("10+2");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        assertThat(tree(read(ok)).path("sessions").get(0).path("deputiesTotal").intValue()).isEqualTo(12);
        Path bad = edited("formula-error.xlsx", wb -> {
            cell(wb, "人民代表大会会议", "J3").setCellFormula("1/0");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        CheckResult r = only(checker.check(bad));
        assertThat(r.status()).isEqualTo(Status.REJECTED);
        assertThat(r.errors()).containsExactly(new InputError("/sessions/0/deputiesTotal",
                "公式出错（#DIV/0!）：请改正公式，或直接填写数值", "人民代表大会会议!J3"));
    }

    @Test
    void aSheetOrColumnOutsideTheTemplateIsReportedNotIgnored() throws IOException {
        Path p = edited("extra.xlsx", wb -> {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("备忘");
            cell(wb, "闭会活动", "Z2").setCellValue("备注");
            cell(wb, "闭会活动", "Z3").setCellValue("已整改");
        });
        CheckResult r = only(checker.check(p));
        assertThat(r.status()).isEqualTo(Status.REJECTED);
        assertThat(r.errors()).extracting(InputError::cell).containsExactlyInAnyOrder("Sheet1", "闭会活动!Z2");
        assertThat(r.errors()).extracting(InputError::message).containsExactlyInAnyOrder(
                "工作簿中有模板以外的工作表“Sheet1”：请删除它，或把内容移到模板的工作表中",
                "模板中没有“备注”这一列：请删除此列，或把内容移到已有的列中");
    }

    @Test
    void mergedCellsAreRejectedNamingTheRange() throws IOException {
        Path p = edited("merged.xlsx", wb -> wb.getSheet("人民代表大会会议").addMergedRegion(CellRangeAddress.valueOf("A3:A4")));
        CheckResult r = only(checker.check(p));
        assertThat(r.errors()).extracting(InputError::cell).contains("人民代表大会会议!A3:A4");
        assertThat(r.errors()).extracting(InputError::message).contains("不能合并单元格（A3:A4）：请取消合并，每个单元格单独填写");
    }

    @Test
    void theStatusCellSaysPresentEmptyOrAbsent() throws IOException {
        Path none = edited("none.xlsx", wb -> {
            cell(wb, "代表联络站", "B1").setCellValue(Layout.EMPTY);
            wb.getSheet("代表联络站").removeRow(wb.getSheet("代表联络站").getRow(2));
            cell(wb, "规范性文件", "B1").setCellValue(Layout.ABSENT);
            XSSFSheet docs = wb.getSheet("规范性文件");
            for (int i = docs.getLastRowNum(); i >= 2; i--) {
                if (docs.getRow(i) != null) {
                    docs.removeRow(docs.getRow(i));
                }
            }
        });
        JsonNode read = tree(read(none));
        assertThat(read.get("stations")).isEmpty();
        assertThat(read.has("stations")).isTrue();
        assertThat(read.has("normativeDocuments")).isFalse();
        Path contradictory = edited("contradictory.xlsx", wb -> cell(wb, "闭会活动", "B1").setCellValue(Layout.EMPTY));
        CheckResult r = only(checker.check(contradictory));
        assertThat(r.errors()).containsExactly(new InputError("/activities",
                "填报状态为“本年无此事项”，但表中填写了内容：请把状态改为“已填报”，或删除表中的内容", "闭会活动!B1"));
    }

    @Test
    void aChildRowLinkedToNoParentIsReported() throws IOException {
        Path p = edited("link.xlsx", wb -> cell(wb, "会议议程", "A3").setCellValue("S9"));
        CheckResult r = only(checker.check(p));
        assertThat(r.errors()).contains(new InputError("", "“人民代表大会会议”表中没有会议编号为“S9”的一行", "会议议程!A3"));
    }

    @Test
    void aTemplateHasTheSheetsOfItsKindAndReadsAsAnEmptyRecord() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbooks.template("STREET", 2025, checker.rules(), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> names = new java.util.ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("填表说明", "基本信息", "领导人员", "兼任职务", "人大代表", "工委会议",
                    "向县级人大常委会报告工作", "闭会活动", "代表联络站", "代表建议", "规范性文件", "居民议事会");
            assertThat(wb.getSheet("闭会活动").getRow(1).getCell(0).getStringCellValue()).isEqualTo("活动编号");
            assertThat(wb.getSheet("闭会活动").getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(wb.getSheet("闭会活动").getDataValidations()).isNotEmpty();
        }
        JsonNode empty = tree(read(save(dir, "street-template.xlsx", out.toByteArray())));
        assertThat(empty.toString()).isEqualTo("{\"schemaVersion\":\"1.0\",\"body\":{\"kind\":\"STREET\"},\"year\":2025}");
    }
}
