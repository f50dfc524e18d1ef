package org.renda.check.packs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A new rule as an author writes it: its three files, {@code ID.drl}, {@code ID.md} and
 * {@code ID.cases.json}, and nothing else. It warns about an ordinary session shorter than three
 * half-days (the base township record's second session sits for two).
 */
final class NewRule {

    static final String ID = "SF-SESSION-HALFDAYS-001";
    static final String TITLE = "例会会期少于三个半天";
    static final String REMEDY = "例会至少安排三个半天，保证代表充分审议各项议程。";
    static final String PROSE = "县里要求例会会期至少三个半天，比湖南条例的参数默认值更严。";

    private NewRule() {
    }

    static String drl(String packId) {
        return """
                package renda.packs.%s;

                import org.renda.check.model.*;

                global Findings findings;

                rule "%s"
                    @id("%s")
                    @severity("WARNING")
                    @appliesTo("TOWNSHIP")
                    @needs("sessions")
                    @yearComplete("false")
                    @since("1.2.0")
                    @title("%s")
                    @titleEn("Ordinary session shorter than three half-days")
                    @basis("组织法 第十六条")
                    @message("会议 {session} 会期 {halfDays} 个半天，少于三个半天。")
                    @messageEn("Session {session} sat for {halfDays} half-day(s), fewer than three.")
                    @remedy("%s")
                    @remedyEn("Give an ordinary session at least three half-days.")
                when
                    $s : Session( ordinary, halfDays < 3 )
                then
                    findings.report($s.path(), $s.startDate(), "session", $s.label(), "halfDays", $s.halfDays());
                end
                """.formatted(packId, ID, ID, TITLE, REMEDY);
    }

    static String md() {
        return "# " + ID + "\n\n## 检查内容\n每一次例会（或每届第一次会议）：会期 `halfDays` 少于 3 个半天的，报告一条问题。\n\n"
                + PROSE + "\n\n*English: one warning per ordinary session shorter than three half-days.*\n";
    }

    /** The fixtures: fires at the second session (two half-days) with its value, silent at three, not checked without sessions. */
    static String cases(String firingPath, int halfDays) {
        return """
                {
                  "rule": "%s",
                  "cases": [
                    {"name": "基础记录第二次会议两个半天：报告", "base": "township",
                     "expect": [{"path": "%s", "values": {"halfDays": %d}, "eventDate": "2024-07-18"}]},
                    {"name": "三个半天：不报", "base": "township",
                     "patch": [{"op": "replace", "path": "/sessions/1/halfDays", "value": 3}], "expect": []},
                    {"name": "未报送会议：未检查", "base": "township",
                     "patch": [{"op": "remove", "path": "/sessions"}], "notChecked": true}
                  ]
                }
                """.formatted(ID, firingPath, halfDays);
    }

    /** Writes the three files into {@code dir}. */
    static void writeInto(Path dir, String packId, String cases) throws IOException {
        Files.writeString(dir.resolve(ID + ".drl"), drl(packId), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(ID + ".md"), md(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(ID + ".cases.json"), cases, StandardCharsets.UTF_8);
    }
}
