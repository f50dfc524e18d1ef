package org.renda.check.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renda.check.Language;

/**
 * The workbook is Chinese by design (sheet names, column titles, status words), but what only guides
 * the person filling it in follows the language asked for: the 填表说明 sheet's text, hints and prompts.
 */
class GuideLanguageTest {

    private static final DataFormatter TEXT = new DataFormatter();

    private static List<String> column(byte[] xlsx, String sheet, int col) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> out = new ArrayList<>();
            Sheet s = wb.getSheet(sheet);
            for (Row r : s) {
                out.add(TEXT.formatCellValue(r.getCell(col)));
            }
            return out;
        }
    }

    private static byte[] write(Language lang) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbooks.write(WorkbookTestSupport.JSON.writeValueAsString(WorkbookTestSupport.fixture("township")), List.of(), lang, out);
        return out.toByteArray();
    }

    @Test
    void chineseGuide() throws IOException {
        List<String> guide = column(write(Language.ZH), "填表说明", 0);
        assertThat(guide.get(0)).isEqualTo("乡镇人大2024年度履职记录 填表说明");
        assertThat(guide).contains("一、怎样填写", "1. 先填“基本信息”表。红色标题为必填项；把鼠标移到标题上可以看到填写说明。",
                "“本年无此事项”：本年度确实没有此类事项（例如没有召开临时会议），表中不填内容；相关要求按“没有”检查。",
                "状态不选时：表中有内容视为“已填报”，没有内容视为“未报送”。", "四、记录格式");
        assertThat(column(write(Language.ZH), "人民代表大会会议", 2).get(0)).startsWith("选择“已填报”“本年无此事项”或“未报送”（见填表说明）。");
    }

    @Test
    void englishGuideKeepsTheChineseLayout(@TempDir Path dir) throws IOException {
        byte[] xlsx = write(Language.EN);
        List<String> guide = column(xlsx, "填表说明", 0);
        assertThat(guide.get(0)).isEqualTo("How to fill in the yearly record 2024 (township congress)");
        assertThat(guide).contains("A. How to fill it in",
                "1. Fill in the sheet “基本信息” (basic information) first. Titles in red are required; hold the mouse over a title to see how to fill it in.",
                "With no status chosen, a sheet with content counts as “已填报”, an empty one as “未报送”.", "D. The record format");
        // the fixed guidance has no Chinese of its own: what is left is sheet names, status words and the schema's titles
        for (String line : guide.subList(0, 16)) {
            assertThat(line.replaceAll("“[^”]*”", "")).as(line).doesNotContainPattern("\\p{IsHan}");
        }
        assertThat(column(xlsx, "人民代表大会会议", 2).get(0)).startsWith("Choose “已填报”, “本年无此事项” or “未报送” (see the sheet 填表说明).");
        // and the workbook reads back to the same record as the Chinese one
        assertThat(Workbooks.differences(WorkbookTestSupport.JSON.writeValueAsString(WorkbookTestSupport.fixture("township")),
                WorkbookTestSupport.read(WorkbookTestSupport.save(dir, "en.xlsx", xlsx)).json())).isEmpty();
    }
}
